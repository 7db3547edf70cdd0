package org.troubleshoot.model;

import java.util.List;

/**
 * A table on a page that is not a troubleshooting page (Contact, playbook): each row gets an anchor.
 *
 * @param title the heading or line above the table, or null
 */
public record DataTable(String title, List<String> columns, List<DataRow> rows, SourcePosition source)
        implements Section {
    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
