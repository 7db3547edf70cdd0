package org.troubleshoot.model;

import java.util.List;

/**
 * The column labels of a troubleshooting table as the writer wrote them.
 *
 * @param cause  null when the table has no cause column
 * @param extras labels of the columns that are not symptom, cause or resolution, in written order
 * @param code   which of the extras is the table's code column ({@code Error code}), or {@link #NO_CODE}; the
 *               column is shown and exported like any extra column, and its cells are the entries' codes
 *               ({@link Entry#codes()})
 */
public record Columns(String symptom, String cause, String resolution, List<String> extras, int code) {
    public static final int NO_CODE = -1;

    public Columns {
        extras = List.copyOf(extras);
        if (code < NO_CODE || code >= extras.size()) {
            throw new IllegalArgumentException("code column " + code + " of " + extras.size() + " extras");
        }
    }

    /** Labels of a table without a code column. */
    public Columns(String symptom, String cause, String resolution, List<String> extras) {
        this(symptom, cause, resolution, extras, NO_CODE);
    }

    public boolean hasCause() {
        return cause != null;
    }

    public boolean hasCode() {
        return code != NO_CODE;
    }
}
