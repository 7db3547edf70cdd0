package org.troubleshoot.model;

/**
 * A name a link may lead to besides the ids of a page's headings, categories, entries and questions: an
 * anchor a writer put in HTML ({@code <a name="footnote3">}), or the id GitHub gives a heading whose id here is
 * different ({@code #-installation--schnellstart}). Ids of the page win over these names.
 *
 * @param name     what a link is written to: {@code page.md#name}
 * @param category the id of the category whose page holds it, or null when it is on the page itself
 * @param fragment the id it has in the output, or null for the top of the page
 */
public record Anchor(String name, String category, String fragment) {}
