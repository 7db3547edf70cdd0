package org.troubleshoot.model;

import java.util.List;

/**
 * A titled table of entries; each category gets a page of its own.
 *
 * @param id        unique within its page; also the file name of its page
 * @param introHtml Markdown between the title and the table, rendered; empty if none
 * @param aliases   old ids whose pages still lead here (written {@code ## Title {#id #old-id}})
 * @param audience  who the category is for (written {@code ## Title {audience=admin}}); its page's otherwise
 */
public record Category(
        String id,
        String title,
        String introHtml,
        Columns columns,
        List<Entry> entries,
        List<String> aliases,
        String audience,
        SourcePosition source)
        implements Section {
    public Category {
        entries = List.copyOf(entries);
        aliases = List.copyOf(aliases);
    }

    /** The same category with other entries (the link stage adds automatic links to their cells). */
    public Category withEntries(List<Entry> newEntries) {
        return new Category(id, title, introHtml, columns, newEntries, aliases, audience, source);
    }
}
