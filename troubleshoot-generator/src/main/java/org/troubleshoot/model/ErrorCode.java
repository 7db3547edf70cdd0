package org.troubleshoot.model;

import java.util.Locale;

/**
 * What identifies an error code and where its page is: codes are matched without case ({@code E401} and
 * {@code e401} are one code, so a site has at most one of them), and code {@code E401} has the page
 * {@code e/E401.html}, the code as written. Which codes a writer may write is the parser's rule (ASCII letters,
 * digits, {@code - _ .}): see docs/writing.md, "Error codes".
 */
public final class ErrorCode {
    /** The folder of the code pages, at the site root (shared by every language of the site). */
    public static final String FOLDER = "e/";

    private ErrorCode() {}

    /** The code as it is matched: in lower case. Two codes with one key are one code. */
    public static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    /** The page of a code, relative to the site root: {@code e/E401.html}, the code as written. */
    public static String url(String code) {
        return FOLDER + code + ".html";
    }
}
