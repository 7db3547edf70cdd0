package org.troubleshoot.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Folded text cut into words, the one rule behind ids ({@code Slugs}) and search words ({@code Tokens}).
 *
 * <p>A word is a run of letters, marks and digits of any script, after {@link Fold folding}. Apostrophes
 * vanish inside words ("won't" is {@code wont}), and so do the invisible characters that only shape a word
 * (soft hyphen, zero-width joiner and non-joiner, word joiner, Arabic tatweel). Anything else separates
 * words, so error codes and product names stay whole: "401", "5xx", "2FA", "S3".
 */
public final class Words {
    private Words() {}

    /** The words of {@code text}, folded, in order. */
    public static List<String> of(String text) {
        return Fold.isAscii(text) ? ofAscii(text) : split(Fold.foldAnyText(text));
    }

    /**
     * Search words: the {@link #of words}, with runs of scripts written without spaces cut into pairs
     * ({@link Unspaced#cut}). ASCII text, most text of most sites, has none to cut.
     */
    public static List<String> forSearch(String text) {
        return Fold.isAscii(text) ? ofAscii(text) : Unspaced.cut(split(Fold.foldAnyText(text)));
    }

    /**
     * The words of {@code text}, folded and joined by {@code separator}; empty when there are none. The same
     * split as {@link #of}, written straight into one buffer: every symptom and heading of a site becomes an id.
     */
    public static String joined(String text, char separator) {
        if (Fold.isAscii(text)) {
            return joinedAscii(text, separator);
        }
        String folded = Fold.foldAnyText(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                continue;
            }
            if (isWordCharacter(c)) {
                if (pendingSeparator && out.length() > 0) {
                    out.append(separator);
                }
                pendingSeparator = false;
                out.appendCodePoint(c);
            } else {
                pendingSeparator = true;
            }
        }
        return out.toString();
    }

    /** {@link #joined} of ASCII text, lower-casing as it goes, as {@link #ofAscii} splits it. */
    private static String joinedAscii(String text, char separator) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (pendingSeparator && out.length() > 0) {
                    out.append(separator);
                }
                pendingSeparator = false;
                out.append(c);
            } else if (c != '\'') {
                pendingSeparator = true;
            }
        }
        return out.toString();
    }

    /** The general path of {@link #of}, without the ASCII shortcut: a test holds the two together. */
    static List<String> ofAnyText(String text) {
        return split(Fold.foldAnyText(text));
    }

    private static List<String> split(String folded) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                continue;
            }
            if (isWordCharacter(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@link #split} of ASCII text, lower-casing as it goes: no folded copy, no code points. */
    private static List<String> ofAscii(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                word.append((char) (c + ('a' - 'A')));
            } else if (c != '\'' && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Letters, marks and digits of every script: what words are made of. */
    public static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Characters that vanish inside a word rather than separate words (see the class comment). */
    static boolean isInvisible(int c) {
        return c == '\''
                || c == '\u2019'
                || c == '\u02BC'
                || c == '\u00AD'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060'
                || c == '\u0640';
    }
}
