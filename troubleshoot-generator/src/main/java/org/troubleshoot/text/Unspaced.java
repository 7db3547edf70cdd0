package org.troubleshoot.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Scripts written without spaces between words: Chinese and Japanese (Han, Hiragana, Katakana), Korean
 * Hangul (spaced, but with particles glued to each word) and Thai. Search cannot find their words, so it
 * cuts each run of them into overlapping pairs of characters ("bigrams"): {@code パスワード} becomes
 * {@code パス スワ ワー ード}, and a query finds a text that holds all of the query's pairs. A run of one
 * character stays one search word. A "character" here is a letter with the marks that follow it (Thai vowel
 * and tone marks), so no pair splits a letter from its marks.
 *
 * <p>search-core.js cuts the same way in the browser; {@code TokensParityTest} holds the two together.
 */
public final class Unspaced {
    private Unspaced() {}

    /** True for a letter of a script written without spaces (code point ranges, the same in search-core.js). */
    public static boolean isUnspaced(int c) {
        if (c < 0x0E00) {
            return false;
        }
        return c <= 0x0E7F // Thai
                || c >= 0x1100 && c <= 0x11FF // Hangul Jamo
                || c >= 0x3005 && c <= 0x3007 // 々 〆 〇
                || c >= 0x3040 && c <= 0x30FF // Hiragana, Katakana
                || c >= 0x3130 && c <= 0x318F // Hangul compatibility Jamo
                || c >= 0x31F0 && c <= 0x31FF // Katakana phonetic extensions
                || c >= 0x3400 && c <= 0x4DBF // CJK extension A
                || c >= 0x4E00 && c <= 0x9FFF // CJK unified ideographs
                || c >= 0xA960 && c <= 0xA97F // Hangul Jamo extended A
                || c >= 0xAC00 && c <= 0xD7FF // Hangul syllables, Jamo extended B
                || c >= 0xF900 && c <= 0xFAFF // CJK compatibility ideographs
                || c >= 0xFF66 && c <= 0xFF9F // half-width Katakana
                || c >= 0x20000 && c <= 0x3FFFF; // CJK extensions B and later
    }

    /**
     * The search words of folded {@code words}: each word as it is, except that its runs of unspaced letters
     * are cut into pairs and its other runs ("2FA" in "2FAコード") stand alone. Returns {@code words} itself
     * when no word has an unspaced letter.
     */
    public static List<String> cut(List<String> words) {
        List<String> out = null;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (out == null && !hasUnspaced(word)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(words.subList(0, w));
            }
            cut(word, out);
        }
        return out == null ? words : out;
    }

    private static boolean hasUnspaced(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (isUnspaced(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static void cut(String word, List<String> out) {
        // starts[k]: where the k-th character (a letter and its marks) of the current run begins.
        int[] starts = new int[word.length() + 1];
        int count = 0;
        boolean unspaced = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            boolean mark = count > 0 && isMark(c);
            if (!mark && (count == 0 || isUnspaced(c) != unspaced)) {
                emit(word, starts, count, i, unspaced, out);
                count = 0;
                unspaced = isUnspaced(c);
            }
            if (!mark) {
                starts[count++] = i;
            }
            i += Character.charCount(c);
        }
        emit(word, starts, count, word.length(), unspaced, out);
    }

    /** Emits the run of {@code count} characters starting at {@code starts[0]} and ending at {@code end}. */
    private static void emit(String word, int[] starts, int count, int end, boolean unspaced, List<String> out) {
        if (count == 0) {
            return;
        }
        if (!unspaced || count == 1) {
            out.add(word.substring(starts[0], end));
            return;
        }
        starts[count] = end;
        for (int k = 0; k + 1 < count; k++) {
            out.add(word.substring(starts[k], starts[k + 2]));
        }
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
