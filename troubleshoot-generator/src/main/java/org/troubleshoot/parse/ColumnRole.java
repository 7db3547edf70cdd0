package org.troubleshoot.parse;

import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a table holds, as its header says (see {@link ColumnVocabulary} for the names of each). A
 * table with a symptom and a fix column is a troubleshooting table; any other table is ordinary content.
 */
public enum ColumnRole {
    /** What the reader sees: the entry's title and anchor. */
    SYMPTOM,
    /** Why it happens. */
    CAUSE,
    /** What to do about it. */
    FIX,
    /**
     * Error codes ({@code E401, AUTH-7}): shown as an extra column, which {@code Columns#code()} names; its cells
     * give each entry its codes (see {@code EntryCodes}).
     */
    CODE,
    /** A description: the symptom of a table whose rows are codes ({@code Error code | Description | …}). */
    DESCRIPTION;

    /** The role's name in the vocabulary file and in the {@code columns.<role>} settings. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ColumnRole> named(String id) {
        for (ColumnRole role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
