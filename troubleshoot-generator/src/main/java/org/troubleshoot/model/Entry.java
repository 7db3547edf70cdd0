package org.troubleshoot.model;

import java.util.List;

/**
 * One row of a troubleshooting table.
 *
 * @param id     anchor, unique within its page
 * @param cause  {@link Cell#EMPTY} when the table has no cause column
 * @param extras  cells of the extra columns, aligned with {@link Columns#extras()}
 * @param aliases old ids that still lead to this entry (written {@code {#id #old-id}})
 */
public record Entry(String id, Cell symptom, Cell cause, Cell resolution, List<Cell> extras, List<String> aliases,
                    SourcePosition source) {
    public Entry {
        extras = List.copyOf(extras);
        aliases = List.copyOf(aliases);
    }
}
