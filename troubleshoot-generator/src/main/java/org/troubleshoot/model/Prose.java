package org.troubleshoot.model;

/**
 * Free Markdown rendered as HTML, with the heading that opens it if there is one.
 *
 * @param id    anchor of the heading, or null when the prose has no heading
 * @param title the heading text, or null
 * @param level the heading level (1-6), or 0 without heading
 * @param html  the body under the heading, links as placeholders
 */
public record Prose(String id, String title, int level, String html, SourcePosition source) implements Section {
    public boolean hasHeading() {
        return title != null;
    }
}
