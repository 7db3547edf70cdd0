package org.troubleshoot.model;

/**
 * HTML escaping, the one home of it. Two rules, for two places:
 * <ul>
 *   <li>{@link #escape}: text inside the HTML a page's Markdown becomes (cells, prose, link URLs, the sitemap),
 *       exactly as Flexmark's renderer escapes it, so that the two Markdown readers write the same bytes;</li>
 *   <li>{@link #valueNeedsEscaping}: values put into templates, exactly as Mustache.java's {@code HtmlEscaper} escapes
 *       them (also {@code ' ` =} and control characters), safe in any attribute.</li>
 * </ul>
 */
public final class Html {
    /** The characters Mustache.java's HtmlEscaper replaces in a template value: controls up to CR, {@code & < > " ' ` =}. */
    private static final String VALUE_ESCAPED = "&<>\"'`=";

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
     * Whether a template value has any character that Mustache.java's HtmlEscaper replaces (most values have
     * none, and are then written as they are).
     */
    /**
     * {@code value} escaped as Mustache escapes a template value: for HTML the generator puts together from
     * labels and values, so that it reads exactly as the same text written by a template.
     */
    public static String escapeValue(String value) {
        if (!valueNeedsEscaping(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '`' -> out.append("&#96;");
                case '=' -> out.append("&#61;");
                default -> {
                    if (c <= 13) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    public static boolean valueNeedsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 13 || c < 0x80 && VALUE_ESCAPED.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
