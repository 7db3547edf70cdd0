package org.troubleshoot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void caseAndAccentsFoldAway() {
        assertEquals("cafe resume", Fold.fold("Café RÉSUMÉ"));
        assertEquals("rechnung uberfallig", Fold.fold("Rechnung überfällig"));
        // Final ς is σ, as in Unicode case folding: upper case cannot tell them apart.
        assertEquals("ανθρωποσ", Fold.fold("ΆΝΘΡΩΠΟΣ"));
        assertEquals(Fold.fold("άνθρωπος"), Fold.fold("ΆΝΘΡΩΠΟΣ"));
    }

    @Test
    void latinLettersWithoutADecompositionAreSpelledAsTypedWithoutThem() {
        assertEquals("strasse", Fold.fold("Straße"));
        assertEquals("strasse", Fold.fold("STRAẞE"));
        assertEquals("zazolc gesla jazn", Fold.fold("Zażółć gęślą jaźń"));
        assertEquals("aero oeuvre foroyar", Fold.fold("Æro Œuvre Føroyar"));
    }

    @Test
    void compatibilityFormsAreTheirPlainLetters() {
        assertEquals("abc file no5 1⁄2", Fold.fold("ＡＢＣ ﬁle №5 ½"));
        assertEquals("パスワード", Fold.fold("ﾊﾟｽﾜｰﾄﾞ"));
    }

    @Test
    void marksThatSpellAWordStayAndAreComposedAgain() {
        // ガ decomposes into カ and the voiced mark; the mark is part of the word, and the two compose again.
        assertEquals("ガ", Fold.fold("ガ"));
        assertEquals(1, Fold.fold("ガ").length());
        assertEquals("한국어", Fold.fold("한국어"));
        assertEquals("हिन्दी", Fold.fold("हिन्दी"));
        assertEquals("ภาษาไทย", Fold.fold("ภาษาไทย"));
        // Arabic vowel marks are optional: written with or without them, a word is the same.
        assertEquals(Fold.fold("كتب"), Fold.fold("كَتَبَ"));
    }

    @Test
    void theSortKeyStartsAtTheFirstLetterOrDigit() {
        assertEquals("your account is not active\"", Fold.sortKey("\"Your account is not active\""));
        assertEquals("ecran noir", Fold.sortKey("« Écran noir"));
        assertEquals("401 unauthorized", Fold.sortKey("401 Unauthorized"));
        assertEquals("", Fold.sortKey("→ ★ !"));
    }

    /** ASCII text takes a fast path; it must fold exactly as the general Unicode path does. */
    @Test
    void theAsciiFastPathFoldsLikeTheGeneralPath() {
        Random random = new Random(42);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append((char) random.nextInt(128));
            }
            assertEquals(Fold.foldAnyText(text.toString()), Fold.fold(text.toString()), text.toString());
        }
    }
}
