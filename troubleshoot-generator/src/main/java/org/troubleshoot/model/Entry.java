package org.troubleshoot.model;

import java.util.List;

/**
 * One symptom of a troubleshooting table: a row, or consecutive rows with the same symptom, each with one of
 * its causes and what to do about it.
 *
 * @param id      anchor, unique within its page
 * @param causes  cause → resolution pairs in table order; never empty. The first pair is {@link #cause()} and
 *                {@link #resolution()}, which is all most entries have
 * @param extras  cells of the extra columns (of the first row), aligned with {@link Columns#extras()}
 * @param aliases old ids that still lead to this entry (written {@code {#id #old-id}})
 * @param codes   the error codes of its code column, as written ({@code E401}); see {@link ErrorCode}
 * @param source  where its first row is
 */
public record Entry(
        String id,
        Cell symptom,
        List<Cause> causes,
        List<Cell> extras,
        List<String> aliases,
        List<String> codes,
        SourcePosition source) {
    public Entry {
        if (causes.isEmpty()) {
            throw new IllegalArgumentException("an entry has at least one cause and resolution");
        }
        causes = List.copyOf(causes);
        extras = List.copyOf(extras);
        aliases = List.copyOf(aliases);
        codes = List.copyOf(codes);
    }

    /** An entry of one row and no codes. */
    public Entry(
            String id,
            Cell symptom,
            Cell cause,
            Cell resolution,
            List<Cell> extras,
            List<String> aliases,
            SourcePosition source) {
        this(id, symptom, List.of(new Cause(cause, resolution, source)), extras, aliases, List.of(), source);
    }

    /** The first likely cause; {@link Cell#EMPTY} when the table has no cause column. */
    public Cell cause() {
        return causes.get(0).cause();
    }

    /** What to do about the first cause. */
    public Cell resolution() {
        return causes.get(0).resolution();
    }

    /** The same entry with other cause → resolution pairs (the link stage adds automatic links to them). */
    public Entry withCauses(List<Cause> newCauses) {
        return new Entry(id, symptom, newCauses, extras, aliases, codes, source);
    }
}
