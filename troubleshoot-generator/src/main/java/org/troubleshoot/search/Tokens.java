package org.troubleshoot.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How search splits text into words. search.js does exactly the same in the browser (keep them in step):
 * lower case, accents dropped, apostrophes removed inside words ("won't" → "wont"), and any other character
 * that is not a letter or a digit separates words. So error codes and product names stay whole: "401",
 * "5xx", "2FA", "S3", "CSV", "OAuth".
 */
public final class Tokens {
    private Tokens() {
    }

    public static List<String> of(String text) {
        // ASCII text has no accents to fold: skipping the normalizer is most of the cost saved on a big site.
        return split(isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD));
    }

    /** The split with Unicode folding always done. Package-private so a test can hold {@link #of} to it. */
    static List<String> ofAnyText(String text) {
        return split(Normalizer.normalize(text, Normalizer.Form.NFKD));
    }

    private static List<String> split(String normalized) {
        String folded = normalized.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\'' || c == '\u2019' || c >= 0x80 && Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** True when every character is ASCII, which Unicode folding leaves as it is. */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The shard a word's postings live in: its first {@code length} characters, each a-z or 0-9 or else "_".
     * search.js computes the same.
     */
    public static String shard(String token, int length) {
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < Math.min(length, token.length()); i++) {
            char c = token.charAt(i);
            key.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return key.toString();
    }
}
