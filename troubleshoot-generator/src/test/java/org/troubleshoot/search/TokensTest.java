package org.troubleshoot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void errorCodesAndProductNamesStayWholeAndApostrophesJoin() {
        assertEquals(
                List.of("login", "returns", "401", "on", "2fa", "wont", "s3", "5xx"),
                Tokens.of("Login returns 401 on 2FA — won't `S3` 5xx!"));
        assertEquals(List.of("cafe", "wont", "oauth"), Tokens.of("Café won’t OAuth"));
    }

    @Test
    void germanWordsAreFoundWithOrWithoutUmlautsAndSharpS() {
        assertEquals(List.of("rechnung", "uberfallig"), Tokens.of("Rechnung überfällig"));
        assertEquals(Tokens.of("Rechnung uberfallig"), Tokens.of("RECHNUNG ÜBERFÄLLIG"));
        assertEquals(Tokens.of("Strasse"), Tokens.of("Straße"));
    }

    @Test
    void japaneseAndChineseAreCutIntoOverlappingPairs() {
        assertEquals(List.of("パス", "スワ", "ワー", "ード", "ドを", "を忘", "忘れ", "れた"), Tokens.of("パスワードを忘れた"));
        assertEquals(List.of("二重", "重认", "认证"), Tokens.of("二重认证"));
        // Other runs in the same word stand alone; a single character is a word of its own.
        assertEquals(List.of("2fa", "コー", "ード", "wi", "fi", "重"), Tokens.of("2FAコード Wi-Fi 重"));
        // Half-width katakana is the same text as full-width.
        assertEquals(Tokens.of("パスワード"), Tokens.of("ﾊﾟｽﾜｰﾄﾞ"));
    }

    @Test
    void aQueryFindsATextThatHoldsAllItsPairs() {
        Set<String> text = new HashSet<>(Tokens.of("パスワードを忘れた場合は、管理者に連絡してください"));
        assertTrue(text.containsAll(Tokens.of("パスワード")));
        assertTrue(text.containsAll(Tokens.of("管理者")));
        assertTrue(!text.containsAll(Tokens.of("パスポート")));
    }

    @Test
    void latinWordsKeepTheirShardNamesAndOtherScriptsSpreadByTheirFirstCodePoint() {
        assertEquals("a", Tokens.shard("account", 1));
        assertEquals("ac", Tokens.shard("account", 2));
        assertEquals("4", Tokens.shard("401", 1));
        assertEquals("a_", Tokens.shard("aл", 2));
        // パ is U+30D1: 0x30D1 % 256 = 0xd1, % 4096 = 0x0d1.
        assertEquals("_d1", Tokens.shard("パス", 1));
        assertEquals("_0d1", Tokens.shard("パス", 2));
        assertEquals("_00", Tokens.shard("\uD840\uDC00\uD840\uDC01", 1)); // U+20000, two UTF-16 units
        // A one-character query is in the same file as the pairs that start with it.
        assertEquals(Tokens.shard("パ", 1), Tokens.shard("パス", 1));
        assertEquals(Tokens.shard("パ", 2), Tokens.shard("パス", 2));
        Set<String> shards = new HashSet<>();
        for (String pair : Tokens.of("パスワードを忘れた場合は、管理者に連絡してください二重認証コードが届かない")) {
            shards.add(Tokens.shard(pair, 1));
        }
        assertTrue(shards.size() >= 20, shards.toString());
    }
}
