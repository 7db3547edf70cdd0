package org.troubleshoot.model;

import java.util.Locale;

/**
 * What identifies an error code and where its page is: codes are matched without case ({@code E401} and
 * {@code e401} are one code), and code {@code E401} has the page {@code e/e401.html}, its key in lower case.
 * Which codes a writer may write is the parser's rule (ASCII letters, digits, {@code - _ .}): see
 * docs/writing.md, "Error codes".
 */
public final class ErrorCode {
    /** The folder of the code pages, at the site root. */
    public static final String FOLDER = "e/";

    private ErrorCode() {
    }

    /** The code as it is matched and looked up: in lower case ({@code codes.json}'s keys). */
    public static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    /** The page of a code, relative to the site root: {@code e/e401.html}. */
    public static String url(String code) {
        return FOLDER + key(code) + ".html";
    }
}
