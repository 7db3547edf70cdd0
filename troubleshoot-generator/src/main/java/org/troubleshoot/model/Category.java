package org.troubleshoot.model;

import java.util.List;

/**
 * A titled table of entries; each category gets a page of its own.
 *
 * @param id        unique within its page; also the file name of its page
 * @param introHtml Markdown between the title and the table, rendered; empty if none
 * @param aliases   old ids whose pages still lead here (written {@code ## Title {#id #old-id}})
 */
public record Category(String id, String title, String introHtml, Columns columns, List<Entry> entries,
                       List<String> aliases, SourcePosition source) implements Section {
    public Category {
        entries = List.copyOf(entries);
        aliases = List.copyOf(aliases);
    }
}
