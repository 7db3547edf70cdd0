package org.troubleshoot.parse;

import java.util.List;
import java.util.Locale;

/** What a column of a troubleshooting table holds, recognised from its header by name or alias. */
enum ColumnRole {
    SYMPTOM(List.of("symptom", "symptoms", "problem", "issue", "error", "error message")),
    CAUSE(List.of("likely cause", "cause", "probable cause", "possible cause", "reason")),
    RESOLUTION(List.of("what to do", "resolution", "solution", "fix", "action", "what to try")),
    EXTRA(List.of());

    private final List<String> names;

    ColumnRole(List<String> names) {
        this.names = names;
    }

    /** The role named by a header text, ignoring case, punctuation and extra spaces; EXTRA if none. */
    static ColumnRole of(String header) {
        String normalized = header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        for (ColumnRole role : values()) {
            if (role.names.contains(normalized)) {
                return role;
            }
        }
        return EXTRA;
    }

    /** The accepted header names, for the hint of a table the parser could not read. */
    String acceptedNames() {
        return String.join(", ", names.stream().map(n -> '"' + capitalize(n) + '"').toList());
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
