package org.troubleshoot.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokensTest {
    @Test
    void errorCodesAndProductNamesStayWholeAndApostrophesJoin() {
        assertEquals(List.of("login", "returns", "401", "on", "2fa", "wont", "s3", "5xx"),
                Tokens.of("Login returns 401 on 2FA — won't `S3` 5xx!"));
        assertEquals(List.of("cafe", "wont", "oauth"), Tokens.of("Café won’t OAuth"));
    }

    /** ASCII text takes a fast path; it must split exactly as the general Unicode path does. */
    @Test
    void theAsciiFastPathSplitsLikeTheGeneralPath() {
        Random random = new Random(42);
        String alphabet = "aZ09 '-_.,:;|`*()[]{}<>/\\\"!?#\t\n";
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(random.nextBoolean() ? (char) (32 + random.nextInt(95)) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(Tokens.ofAnyText(text.toString()), Tokens.of(text.toString()), text.toString());
        }
    }
}
