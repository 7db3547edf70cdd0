package org.troubleshoot.model;

/**
 * HTML escaping, the one home of it. Two rules, for two places:
 * <ul>
 *   <li>{@link #escape}: text inside the HTML a page's Markdown becomes (cells, prose, link URLs, the sitemap),
 *       exactly as Flexmark's renderer escapes it, so that the two Markdown readers write the same bytes;</li>
 *   <li>{@link #escapeValue}: values put into templates, exactly as Mustache.java's {@code HtmlEscaper} escapes
 *       them (also {@code ' ` =} and control characters), safe in any attribute.</li>
 * </ul>
 */
public final class Html {
    /**
     * What Mustache.java's HtmlEscaper writes for each character it replaces in a template value, by character:
     * controls up to CR, and {@code & < > " ' ` =}; null for the others.
     */
    private static final String[] VALUE_REPLACEMENTS = valueReplacementTable();

    private Html() {}

    /** {@code text} with {@code & < > "} escaped: safe in element content and in double-quoted attributes. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@code value} escaped as Mustache escapes a template value: for HTML the generator puts together from
     * labels and values, so that it reads exactly as the same text written by a template.
     */
    public static String escapeValue(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = c < VALUE_REPLACEMENTS.length ? VALUE_REPLACEMENTS[c] : null;
            if (replacement != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }

    /**
     * The table {@link #escapeValue} escapes by, for a writer that escapes as it encodes ({@code Utf8Writer}): the
     * replacement of each character {@code c < table.length} that has one, else null. A copy; take it once.
     */
    public static String[] valueReplacements() {
        return VALUE_REPLACEMENTS.clone();
    }

    private static String[] valueReplacementTable() {
        String[] table = new String['`' + 1];
        for (int c = 0; c <= 13; c++) {
            table[c] = "&#" + c + ";";
        }
        table['&'] = "&amp;";
        table['<'] = "&lt;";
        table['>'] = "&gt;";
        table['"'] = "&quot;";
        table['\''] = "&#39;";
        table['`'] = "&#96;";
        table['='] = "&#61;";
        return table;
    }
}
