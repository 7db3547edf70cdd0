package org.troubleshoot.parse;

import java.util.List;
import java.util.Locale;

/** What a column of a troubleshooting table holds, recognised from its header by name or alias. */
enum ColumnRole {
    SYMPTOM(List.of("symptom", "symptoms", "problem", "issue", "error", "error message")),
    CAUSE(List.of("likely cause", "cause", "probable cause", "possible cause", "reason")),
    RESOLUTION(List.of("what to do", "resolution", "solution", "fix", "action", "what to try")),
    /** Error codes (E401, AUTH-7): shown like any extra column, and each code gets a page (see EntryCodes). */
    CODE(List.of("code", "codes", "error code", "error codes")),
    EXTRA(List.of());

    private final List<String> names;

    ColumnRole(List<String> names) {
        this.names = names;
    }

    /** The role named by a header text, ignoring case, punctuation and extra spaces; EXTRA if none. */
    static ColumnRole of(String header) {
        String normalized = normalize(header);
        for (ColumnRole role : values()) {
            if (role.names.contains(normalized)) {
                return role;
            }
        }
        return EXTRA;
    }

    /** Lower case, every run of characters other than letters and digits one space, trimmed. */
    static String normalize(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** The accepted header names, for the hint of a table the parser could not read. */
    String acceptedNames() {
        return String.join(", ", names.stream().map(n -> '"' + capitalize(n) + '"').toList());
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
