package org.troubleshoot.search;

import java.util.List;
import org.troubleshoot.text.Words;

/**
 * The search words of a text and the index file each lives in. search-core.js does exactly the same in the
 * browser; {@code TokensParityTest} holds the two together.
 *
 * <p>Search words are the text's {@link Words words} (folded: lower case, accents dropped, "ß" as "ss",
 * apostrophes removed inside words; anything that is not a letter, mark or digit separates words), with runs
 * of Chinese, Japanese, Korean and Thai cut into overlapping pairs of characters
 * ({@link org.troubleshoot.text.Unspaced}).
 */
public final class Tokens {
    private Tokens() {}

    public static List<String> of(String text) {
        return Words.forSearch(text);
    }

    /**
     * The index file a word's postings live in. A word that starts with a-z or 0-9 goes by its first
     * {@code length} characters, each a-z or 0-9 or else "_" ({@code t-a.js}, {@code t-ab.js}, {@code t-a_.js}).
     * Any other word (Cyrillic, Greek, Chinese, Japanese, …) goes by the code point of its first character
     * modulo 256 (4,096 when {@code length} is 2), in hexadecimal after "_": {@code _00} … {@code _ff}
     * ({@code _000} … {@code _fff}). So the pairs of a Japanese page spread over up to 256 files, a query
     * needs one small file per distinct first character of its pairs, and a query of one character needs only
     * one: the pairs that start with it are all in it.
     */
    public static String shard(String token, int length) {
        int first = token.isEmpty() ? '_' : token.codePointAt(0);
        if (!isAsciiLetterOrDigit(first)) {
            int buckets = 1 << (4 * (length + 1));
            return "_" + Integer.toHexString(buckets + first % buckets).substring(1);
        }
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < Math.min(length, token.length()); i++) {
            char c = token.charAt(i);
            key.append(isAsciiLetterOrDigit(c) ? c : '_');
        }
        return key.toString();
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
