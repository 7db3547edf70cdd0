package org.troubleshoot.parse;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnRoleTest {
    @Test
    void headersAreRecognisedWhateverTheirCaseAndPunctuation() {
        assertEquals(ColumnRole.SYMPTOM, ColumnRole.of("**Symptom**"));
        assertEquals(ColumnRole.CAUSE, ColumnRole.of("  Likely   cause: "));
        assertEquals(ColumnRole.RESOLUTION, ColumnRole.of("What to do?"));
        assertEquals(ColumnRole.SYMPTOM, ColumnRole.of("Error-message"));
        assertEquals(ColumnRole.EXTRA, ColumnRole.of("Owner"));
    }

    /** The loop that replaced a regex (it ran for every header of every table) must agree with it. */
    @Test
    void normalizingAgreesWithTheRegexItReplaced() {
        Random random = new Random(3);
        String alphabet = "aZé9 -_:*İ٣Ⅻ½\t'’😀\u0301";
        for (int run = 0; run < 20_000; run++) {
            StringBuilder header = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                header.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = header.toString();
            String expected = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            assertEquals(expected, ColumnRole.normalize(text), text);
        }
    }
}
