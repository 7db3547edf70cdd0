package org.troubleshoot.model;

import java.util.List;

/** One row of a {@link DataTable}; its id is a slug of its first cell, unique within the page. */
public record DataRow(String id, List<Cell> cells, SourcePosition source) {
    public DataRow {
        cells = List.copyOf(cells);
    }
}
