package org.troubleshoot.model;

/**
 * The text of one table cell, kept in the three forms its users need.
 *
 * @param markdown the cell as the writer typed it (trimmed)
 * @param html     inline HTML; internal links are still placeholders (see {@link LinkRef})
 * @param text     plain text, for search, site.json and ids
 */
public record Cell(String markdown, String html, String text) {
    public static final Cell EMPTY = new Cell("", "", "");

    public boolean isBlank() {
        return text.isBlank() && markdown.isBlank();
    }
}
