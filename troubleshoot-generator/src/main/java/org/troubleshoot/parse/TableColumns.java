package org.troubleshoot.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each column of a table holds, read from its header with a {@link ColumnVocabulary}. A table is a
 * troubleshooting table when it has a symptom and a fix column; the first column of each role counts, every
 * other column is an extra column, kept and shown. In a table of codes ({@code Error code | Description |
 * Probable cause | Suggested remediation}) the description is the symptom.
 *
 * @param headers   the header cells' text
 * @param symptom   index of the symptom column, or {@link #NONE}
 * @param cause     index of the cause column, or {@link #NONE}
 * @param fix       index of the fix column, or {@link #NONE}
 * @param code      index of the code column (one of the extras), or {@link #NONE}
 * @param extras    indexes of the other columns, in written order
 * @param languages the languages of the names the headers matched (for hints in the writer's language)
 */
record TableColumns(
        List<String> headers, int symptom, int cause, int fix, int code, List<Integer> extras, Set<String> languages) {
    static final int NONE = -1;

    TableColumns {
        headers = List.copyOf(headers);
        extras = List.copyOf(extras);
        languages = Set.copyOf(languages);
    }

    static TableColumns of(List<String> headers, ColumnVocabulary vocabulary) {
        Map<ColumnRole, Integer> first = new EnumMap<>(ColumnRole.class);
        Set<String> languages = new LinkedHashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            Optional<ColumnVocabulary.Name> name = vocabulary.match(headers.get(i));
            if (name.isPresent()) {
                first.putIfAbsent(name.get().role(), i);
                languages.add(name.get().language());
            }
        }
        int fix = first.getOrDefault(ColumnRole.FIX, NONE);
        int code = first.getOrDefault(ColumnRole.CODE, NONE);
        int symptom = first.getOrDefault(ColumnRole.SYMPTOM, NONE);
        if (symptom == NONE && code != NONE && fix != NONE) {
            // A code is not what a reader sees; its description is. Without a fix column it stays a reference table.
            symptom = first.getOrDefault(ColumnRole.DESCRIPTION, NONE);
        }
        int cause = first.getOrDefault(ColumnRole.CAUSE, NONE);
        List<Integer> extras = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (i != symptom && i != cause && i != fix) {
                extras.add(i);
            }
        }
        return new TableColumns(headers, symptom, cause, fix, code, extras, languages);
    }

    boolean isTroubleshooting() {
        return symptom != NONE && fix != NONE;
    }

    /** The role whose column would make this a troubleshooting table, when it has a symptom or a fix column. */
    Optional<ColumnRole> missing() {
        if (symptom != NONE && fix == NONE) {
            return Optional.of(ColumnRole.FIX);
        }
        if (fix != NONE && symptom == NONE) {
            return Optional.of(ColumnRole.SYMPTOM);
        }
        return Optional.empty();
    }

    /** The position of the code column among the extras, or {@link #NONE}. */
    int codeAmongExtras() {
        return extras.indexOf(code);
    }
}
