package org.troubleshoot.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folding: the one rule by which ids, search words and the A–Z order see two spellings as the same text.
 * search-core.js (in the site template) folds exactly the same way in the browser; {@code TokensParityTest}
 * holds the two together.
 *
 * <ol>
 *   <li>Compatibility forms are unfolded (NFKD): full-width {@code Ａ} is {@code A}, {@code ﬁ} is {@code fi},
 *       half-width {@code ｶ} is {@code カ}, {@code ²} is {@code 2}.</li>
 *   <li>Optional marks are dropped: the accents of Latin, Greek and Cyrillic letters ({@code é} is {@code e},
 *       {@code й} is {@code и}), Hebrew points and Arabic vowel marks. Marks that spell a word (Devanagari
 *       and Thai vowel signs, the Japanese voiced mark of {@code ガ}) stay.</li>
 *   <li>Lower case, letter by letter ({@code ς} counts as {@code σ}).</li>
 *   <li>Latin letters that Unicode does not split into a letter and an accent are written as a reader
 *       without them would type them: {@code ß} is {@code ss}, {@code æ} {@code ae}, {@code ø} {@code o},
 *       {@code ł} {@code l}.</li>
 *   <li>What is left is composed again (NFC), so that {@code ガ} and Hangul syllables are one character each.</li>
 * </ol>
 *
 * <p>Text that is all ASCII only needs its upper-case letters lowered: that fast path skips the normalizer,
 * most of the cost on a big site.
 */
public final class Fold {
    private Fold() {}

    /** True when every character is ASCII, which folding only lower-cases. */
    public static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} folded (see the class comment); punctuation, spaces and apostrophes are kept as they are. */
    public static String fold(String text) {
        return isAscii(text) ? text.toLowerCase(Locale.ROOT) : foldAnyText(text);
    }

    /** The general path, without the ASCII shortcut; package-private so a test can hold the two together. */
    static String foldAnyText(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isOptionalMark(c)) {
                continue;
            }
            c = Character.toLowerCase(c);
            String spelled = spelledOut(c);
            if (spelled != null) {
                out.append(spelled);
            } else {
                out.appendCodePoint(c);
            }
        }
        String folded = out.toString();
        // Composing again is only needed where a mark or a Hangul letter is left; the check is cheap.
        return Normalizer.isNormalized(folded, Normalizer.Form.NFC)
                ? folded
                : Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /**
     * The A–Z sort key of a title: folded, without the quotes and other marks before its first letter or digit
     * ({@code "Your account…"} sorts under Y).
     */
    public static String sortKey(String text) {
        String folded = fold(text);
        int start = 0;
        while (start < folded.length()) {
            int c = folded.codePointAt(start);
            if (Words.isWordCharacter(c)) {
                break;
            }
            start += Character.charCount(c);
        }
        return folded.substring(start);
    }

    /**
     * Accents and points a reader may leave out: the combining diacritical marks (U+0300–036F and its
     * extensions), Cyrillic titlo and the like (U+0483–0489), Hebrew points and cantillation, Arabic vowel
     * marks (harakat, U+064B–065F, U+0670) and Arabic honorific marks (U+0610–061A); and the variation
     * selectors (U+FE00–FE0F) that only choose how an emoji or a character is drawn ({@code ⚙️ Settings} is
     * {@code settings}, not a word of its own).
     */
    static boolean isOptionalMark(int c) {
        if (c < 0x0300) {
            return false;
        }
        return c <= 0x036F
                || c >= 0x0483 && c <= 0x0489
                || c >= 0x0591 && c <= 0x05BD
                || c == 0x05BF
                || c == 0x05C1
                || c == 0x05C2
                || c == 0x05C4
                || c == 0x05C5
                || c == 0x05C7
                || c >= 0x0610 && c <= 0x061A
                || c >= 0x064B && c <= 0x065F
                || c == 0x0670
                || c >= 0x1AB0 && c <= 0x1AFF
                || c >= 0x1DC0 && c <= 0x1DFF
                || c >= 0x20D0 && c <= 0x20FF
                || c >= 0xFE00 && c <= 0xFE0F
                || c >= 0xFE20 && c <= 0xFE2F;
    }

    /** The spelling of a lower-case letter that NFKD leaves whole but a reader types otherwise; else null. */
    private static String spelledOut(int c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'ς' -> "σ";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            case 'ŧ' -> "t";
            default -> null;
        };
    }
}
