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
    private Words() {
    }

    /** The words of {@code text}, folded, in order. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        split(Fold.fold(text), word -> words.add(word.toString()));
        return words;
    }

    /** The words of {@code text}, folded and joined by {@code separator}; empty when there are none. */
    public static String joined(String text, char separator) {
        StringBuilder out = new StringBuilder(text.length());
        split(Fold.fold(text), word -> {
            if (out.length() > 0) {
                out.append(separator);
            }
            out.append(word);
        });
        return out.toString();
    }

    /** Letters, marks and digits of every script: what words are made of. */
    public static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Characters that vanish inside a word rather than separate words (see the class comment). */
    static boolean isInvisible(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u00AD' || c == '\u200C' || c == '\u200D'
                || c == '\u2060' || c == '\u0640';
    }

    /** Receives each word of a split; the builder is reused, so a sink copies what it keeps. */
    private interface Sink {
        void word(CharSequence word);
    }

    private static void split(String folded, Sink sink) {
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
                sink.word(word);
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            sink.word(word);
        }
    }
}
