package org.troubleshoot.model;

/**
 * A link a writer wrote to another content file or anchor, before it is resolved.
 *
 * <p>Rendered HTML refers to it by its index in {@link Page#links()} through the href
 * {@code troubleshoot:link/INDEX}: the URL a link finally gets depends on the whole site
 * (which page has which anchor) and on the output file it appears in (relative paths), so it
 * can only be written once the link stage and the renderer know both.
 *
 * @param target the destination as written, e.g. {@code faq.md#billing} or {@code #calls}
 */
public record LinkRef(String target, SourcePosition source) {
    public static final String HREF_PREFIX = "troubleshoot:link/";

    public static String placeholder(int index) {
        return HREF_PREFIX + index;
    }
}
