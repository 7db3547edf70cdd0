package org.troubleshoot.model;

import java.util.List;

/**
 * A titled table of entries; each category gets a page of its own.
 *
 * @param id        unique within its page; also the file name of its page
 * @param introHtml Markdown between the title and the table, rendered; empty if none
 */
public record Category(String id, String title, String introHtml, Columns columns, List<Entry> entries,
                       SourcePosition source) implements Section {
    public Category {
        entries = List.copyOf(entries);
    }
}
