package org.troubleshoot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.troubleshoot.model.SourcePosition;

/**
 * The error codes written in a code cell ({@code E401, AUTH-7}): separated by commas, spaces or line breaks
 * ({@code ACME0007<br>ACME0008}, as tables written for GitHub put two codes in a cell), or by a dash with a space
 * beside it, as a range is written ({@code AZCM0127 – AZCM0146}, {@code AZCM0147-<br>AZCM0152}: its two ends); a
 * cell of only dashes or {@code n/a} has none. Each code is ASCII letters, digits, {@code -}, {@code _} and
 * {@code .}, starting and ending with a letter or a digit, at most {@value #MAX_LENGTH} characters. The rule keeps
 * every code a safe file name and a whole search word, and an address a product can print ({@code e/E401.html},
 * see {@link org.troubleshoot.model.ErrorCode}).
 */
final class EntryCodes {
    static final int MAX_LENGTH = 64;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");
    /**
     * Commas, white space of any kind (a {@code <br>} is a space in a cell's text), en and em dashes, and a hyphen
     * with white space beside it: a hyphen inside a code is part of it ({@code AUTH-7}).
     */
    private static final Pattern SEPARATORS =
            Pattern.compile("(?:[,\\s\\u2013\\u2014]|(?<=\\s)-|-(?=\\s))+", Pattern.UNICODE_CHARACTER_CLASS);
    /** What a writer puts in a cell that has no code. */
    private static final Pattern NONE = Pattern.compile("-+|n/a", Pattern.CASE_INSENSITIVE);

    private EntryCodes() {}

    /** The codes of a cell's text, in written order; an invalid one is reported at {@code cell} and left out. */
    static List<String> read(FileContext context, SourcePosition cell, String text) {
        List<String> codes = new ArrayList<>();
        if (NONE.matcher(text.strip()).matches()) {
            return codes;
        }
        for (String part : SEPARATORS.split(text)) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue; // "E401, " or an empty cell: nothing written
            }
            if (isValid(code)) {
                codes.add(code);
            } else {
                context.error(
                        cell,
                        "error code '" + code + "' is not a valid code",
                        "A code is letters, digits, '-', '_' and '.', starts and ends with a letter or a digit"
                                + " and has at most " + MAX_LENGTH + " characters; separate codes with commas or"
                                + " spaces: E401, AUTH-7 (a range, E400 – E409, gives its two ends).");
            }
        }
        return codes;
    }

    static boolean isValid(String code) {
        return code.length() <= MAX_LENGTH && CODE.matcher(code).matches();
    }
}
