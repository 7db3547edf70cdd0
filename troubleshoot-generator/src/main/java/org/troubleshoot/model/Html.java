package org.troubleshoot.model;

/**
 * HTML escaping, the one home of it. Two rules, for two places:
 * <ul>
 *   <li>{@link #escape}: text inside the HTML a page's Markdown becomes (cells, prose, link URLs, the sitemap),
 *       exactly as Flexmark's renderer escapes it, so that the two Markdown readers write the same bytes;</li>
 *   <li>{@link #valueEscape}: values put into templates, exactly as Mustache.java's {@code HtmlEscaper} escapes
 *       them (also {@code ' ` =} and control characters), safe in any attribute.</li>
 * </ul>
 */
public final class Html {
    /** What a template value's characters are replaced with, by character; null where a character stays. */
    private static final char[][] VALUE_ESCAPES = new char[97][];

    static {
        for (int c = 0; c <= 13; c++) {
            VALUE_ESCAPES[c] = ("&#" + c + ";").toCharArray();
        }
        VALUE_ESCAPES['&'] = "&amp;".toCharArray();
        VALUE_ESCAPES['<'] = "&lt;".toCharArray();
        VALUE_ESCAPES['>'] = "&gt;".toCharArray();
        VALUE_ESCAPES['"'] = "&quot;".toCharArray();
        VALUE_ESCAPES['\''] = "&#39;".toCharArray();
        VALUE_ESCAPES['`'] = "&#96;".toCharArray();
        VALUE_ESCAPES['='] = "&#61;".toCharArray();
    }

    private Html() {
    }

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
     * What character {@code c} of a template value is written as, or null if it is written as it is. The
     * returned array must not be changed.
     */
    public static char[] valueEscape(char c) {
        return c < VALUE_ESCAPES.length ? VALUE_ESCAPES[c] : null;
    }

    /**
     * {@code value} escaped as Mustache escapes a template value ({@link #valueEscape}): for HTML the generator
     * puts together from labels and values, so that it reads exactly as the same text written by a template.
     */
    public static String escapeValue(String value) {
        if (!valueNeedsEscaping(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char[] escaped = valueEscape(value.charAt(i));
            if (escaped == null) {
                out.append(value.charAt(i));
            } else {
                out.append(escaped);
            }
        }
        return out.toString();
    }

    /** Whether a template value has any character that {@link #valueEscape} replaces (most have none). */
    public static boolean valueNeedsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < VALUE_ESCAPES.length && VALUE_ESCAPES[c] != null) {
                return true;
            }
        }
        return false;
    }
}
