package org.troubleshoot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void wordsAreLettersMarksAndDigitsOfEveryScript() {
        assertEquals(
                List.of("login", "returns", "401", "on", "2fa", "wont", "s3", "5xx"),
                Words.of("Login returns 401 on 2FA — won't `S3` 5xx!"));
        assertEquals(List.of("пароль", "не", "подходит"), Words.of("Пароль не подходит."));
        assertEquals(List.of("पासवर्ड", "भूल", "गए"), Words.of("पासवर्ड भूल गए?"));
        assertEquals(List.of("パスワードを忘れた"), Words.of("「パスワードを忘れた」"));
        assertEquals(List.of(), Words.of("🔒 → ★ !"));
    }

    @Test
    void apostrophesAndInvisibleJoinersVanishInsideWords() {
        assertEquals(List.of("cant", "wont", "dont"), Words.of("can't won’t donʼt"));
        assertEquals(List.of("troubleshooting"), Words.of("trouble\u00ADshooting"));
        assertEquals(List.of("میخواهم"), Words.of("می\u200Cخواهم"));
    }

    @Test
    void joinedWordsAreWhatIdsAreMadeOf() {
        assertEquals("cant-get-past-the-2fa-screen", Words.joined("Can't get past the 2FA screen", '-'));
        assertEquals("", Words.joined("→ ★ !", '-'));
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
                text.append(
                        random.nextBoolean()
                                ? (char) random.nextInt(128)
                                : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(Words.ofAnyText(text.toString()), Words.of(text.toString()), text.toString());
            assertEquals(Words.of(text.toString()), Words.forSearch(text.toString()), text.toString());
        }
    }

    /** Ids and search words are the same words: the joined split (for ids) holds to the listed one. */
    @Test
    void joinedWordsAreTheWordsJoined() {
        Random random = new Random(3);
        String alphabet = "aZ9 '’-_.,!ßüÉéçłØ ΣςÅ\u0301\u00AD\u200Dパスワード二重한국ภาษา\u0E48हिन्दीكَتَب🔒";
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String written = text.toString();
            assertEquals(String.join("-", Words.of(written)), Words.joined(written, '-'), written);
        }
        // ASCII text, which has a path of its own.
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append((char) random.nextInt(128));
            }
            String written = text.toString();
            assertEquals(String.join("-", Words.ofAnyText(written)), Words.joined(written, '-'), written);
        }
    }
}
