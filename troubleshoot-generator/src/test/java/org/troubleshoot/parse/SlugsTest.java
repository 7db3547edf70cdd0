package org.troubleshoot.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
