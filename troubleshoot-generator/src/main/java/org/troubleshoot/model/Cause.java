package org.troubleshoot.model;

/**
 * One likely cause of a symptom with what to do about it: a row of a troubleshooting table. Consecutive rows
 * with the same symptom are one {@link Entry} with several of these, in table order.
 *
 * @param cause      {@link Cell#EMPTY} when the table has no cause column
 * @param resolution what to do
 * @param source     the row it was written on
 */
public record Cause(Cell cause, Cell resolution, SourcePosition source) {
    /** The same pair with other cells (the link stage adds automatic links to them). */
    public Cause with(Cell newCause, Cell newResolution) {
        return newCause == cause && newResolution == resolution ? this : new Cause(newCause, newResolution, source);
    }
}
