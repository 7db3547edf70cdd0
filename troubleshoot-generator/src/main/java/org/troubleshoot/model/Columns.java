package org.troubleshoot.model;

import java.util.List;

/**
 * The column labels of a troubleshooting table as the writer wrote them.
 *
 * @param cause  null when the table has no cause column
 * @param extras labels of the columns that are not symptom, cause or resolution, in written order
 */
public record Columns(String symptom, String cause, String resolution, List<String> extras) {
    public Columns {
        extras = List.copyOf(extras);
    }

    public boolean hasCause() {
        return cause != null;
    }
}
