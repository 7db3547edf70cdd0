package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void slugKeepsLettersAndDigitsAndJoinsWordsWithHyphens() {
        assertEquals("invalid-email-or-password", Slugs.slug("\"Invalid email or password\"", "x"));
        assertEquals("login-access", Slugs.slug("Login & access", "x"));
        assertEquals("5xx-errors", Slugs.slug("5xx errors", "x"));
        assertEquals("hard-refresh-cmd-shift-r", Slugs.slug("Hard refresh (Cmd-Shift-R)", "x"));
    }

    @Test
    void apostrophesDoNotSplitWords() {
        assertEquals("cant-get-past-the-2fa-screen", Slugs.slug("Can't get past the 2FA screen", "x"));
        assertEquals("recording-audio-wont-play", Slugs.slug("Recording audio won\u2019t play", "x"));
    }

    @Test
    void accentsAreDroppedAndEmptyTextFallsBack() {
        assertEquals("cafe-resume", Slugs.slug("Café résumé", "x"));
        assertEquals("entry", Slugs.slug("→ ★ !", "entry"));
    }

    @Test
    void repeatedTextGetsNumberedIdsInDocumentOrder() {
        Slugs ids = new Slugs();
        assertEquals("page-is-blank", ids.unique("Page is blank", "x"));
        assertEquals("page-is-blank-2", ids.unique("Page is blank", "x"));
        assertEquals("page-is-blank-3", ids.unique("page is BLANK", "x"));
        // A text whose own slug is a taken numbered id still gets a fresh one.
        assertEquals("page-is-blank-2-2", ids.unique("Page is blank 2", "x"));
    }

    @Test
    void lettersAndDigitsOfEveryScriptAreKept() {
        assertEquals("パスワードを忘れた", Slugs.slug("パスワードを忘れた？", "x"));
        assertEquals("二重认证-2fa", Slugs.slug("二重认证（2FA）", "x"));
        assertEquals("пароль-не-подходит", Slugs.slug("Пароль не подходит", "x"));
        // Folding as Unicode case folding does: final ς is σ, so "ΛΑΘΟΣ" and "λάθος" are the same word.
        assertEquals("λαθοσ-κωδικοσ", Slugs.slug("Λάθος κωδικός", "x"));
        assertEquals("पासवर्ड-भूल-गए", Slugs.slug("पासवर्ड भूल गए", "x"));
    }

    @Test
    void sharpSAndOtherLatinLettersWithoutAccentsBecomeWhatOneTypesWithoutThem() {
        assertEquals("strasse-gesperrt", Slugs.slug("Straße gesperrt", "x"));
        assertEquals("zazolc-gesla-jazn", Slugs.slug("Zażółć gęślą jaźń", "x"));
    }

    @Test
    void aPinnedIdIsValidWhenItIsItsOwnSlug() {
        assertTrue(Slugs.isSlug("page-is-blank-2"));
        assertTrue(Slugs.isSlug("パスワードを忘れた"));
        assertFalse(Slugs.isSlug("No_Calls"));
        assertFalse(Slugs.isSlug("café"));
        assertFalse(Slugs.isSlug("a--b"));
        assertFalse(Slugs.isSlug(""));
    }

    /**
     * Ids end up in support tickets and chat histories: for ASCII and for Latin letters with accents, a slug is
     * the one the generator made before letters of other scripts were kept (the rule below, as it was).
     */
    @Test
    void asciiAndAccentedLatinTextKeepTheIdsTheyHadBefore() {
        StringBuilder accented = new StringBuilder();
        for (int c = 0x80; c <= 0x24F; c++) {
            if (decomposesIntoAsciiAndAccents(c)) {
                accented.appendCodePoint(c);
            }
        }
        for (int c = 0x1E00; c <= 0x1EFF; c++) {
            if (decomposesIntoAsciiAndAccents(c)) {
                accented.appendCodePoint(c);
            }
        }
        assertTrue(accented.length() > 300, "most of Latin-1 Supplement and Latin Extended: " + accented.length());
        Random random = new Random(7);
        String ascii = "aZ09 '-_.,:;|`*()[]{}<>/\\\"!?#\t\n\u2019";
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(3);
                text.append(
                        pick == 0
                                ? (char) (32 + random.nextInt(95))
                                : pick == 1
                                        ? ascii.charAt(random.nextInt(ascii.length()))
                                        : accented.charAt(random.nextInt(accented.length())));
            }
            assertEquals(slugAsItWas(text.toString()), Slugs.slug(text.toString(), "x"), text.toString());
        }
    }

    private static boolean decomposesIntoAsciiAndAccents(int c) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (d >= 0x80 && !(d >= 0x300 && d <= 0x36F)) {
                return false;
            }
        }
        return Character.isLetter(c);
    }

    /** The slug rule before letters of every script were kept: a-z and 0-9 only. */
    private static String slugAsItWas(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        boolean pendingHyphen = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (c == '\'' || c == '\u2019' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (pendingHyphen && out.length() > 0) {
                    out.append('-');
                }
                pendingHyphen = false;
                out.append(c);
            } else {
                pendingHyphen = true;
            }
        }
        return out.length() == 0 ? "x" : out.toString();
    }
}
