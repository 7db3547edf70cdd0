package org.troubleshoot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.text.Fold;
import org.troubleshoot.text.Words;

/**
 * The index is written in Java and read in the browser: a word is only found when Java ({@link Tokens},
 * {@code org.troubleshoot.text}) and search-core.js fold it, cut it and name its index file the same way.
 * Both are run on the same texts, the core under node, and must agree exactly.
 */
class TokensParityTest {
    /** What each side reports for one text: folding, words, search words and their files (1 and 2 characters). */
    private static final String SCRIPT = """
            const core = require(process.argv[2]);
            const texts = JSON.parse(require("fs").readFileSync(0, "utf8"));
            process.stdout.write(JSON.stringify(texts.map((text) => {
              const tokens = core.tokens(text);
              return { fold: core.fold(text), words: core.words(text), tokens: tokens,
                shards1: tokens.map((t) => core.shard(t, 1)), shards2: tokens.map((t) => core.shard(t, 2)) };
            })));
            """;

    static final List<String> TEXTS = List.of(
            "Can't get past the 2FA screen",
            "Login returns 401 on 2FA — won't `S3` 5xx!",
            "O'Reilly’s CSV export",
            "Passwort vergessen",
            "Rechnung überfällig",
            "RECHNUNG ÜBERFÄLLIG",
            "Straße",
            "STRASSE",
            "Maße und Größe",
            "Écran « Mot de passe incorrect » — l'élève a oublié",
            "Ça ne marche pas : naïve coöperation, crème brûlée",
            "รหัสผ่านไม่ถูกต้อง กรุณาลองใหม่",
            "पासवर्ड भूल गए? दोबारा कोशिश करें",
            "क़िला ज़रूरी",
            "كلمة المرور غير صحيحة",
            "كَلِمَةُ المُرُورِ",
            "パスワードを忘れた",
            "二重認証のコードが届かない",
            "ﾊﾟｽﾜｰﾄﾞ",
            "ガギグゲゴ ぱぴぷ",
            "忘记密码了",
            "双重认证码没有收到",
            "비밀번호를 잊어버렸어요",
            "🔒 Login 🔑 fails 👨‍👩‍👧 😀",
            "2FAコードが届かない (error 401)",
            "Wi-Fi接続がありません",
            "S3のバケット",
            "Пароль не подходит, ёлка й",
            "ΆΝΘΡΩΠΟΣ άνθρωπος",
            "שָׁלוֹם עולם",
            "Tiếng Việt không hiển thị",
            "İstanbul IŞIK ılık",
            "Zażółć gęślą jaźń Łódź",
            "Føroyar Æsir œuvre Þór Đặng",
            "ＦＵＬＬ ｗｉｄｔｈ １２３ ﬁle №5 ½ ² Ⅻ ①",
            "trouble\u00ADshooting می\u200Cخواهم ـــعربي",
            "\uD840\uDC00\uD840\uDC01\uD840\uDC02 𠀀",
            "a\u0301b\u0308 e\u0301te\u0301",
            "x\u0E31 \u0301start");

    @TempDir
    Path work;

    @Test
    void javaAndTheBrowserSplitTheSameTextsIntoTheSameSearchWordsAndFiles() throws Exception {
        List<String> mismatches = compare(TEXTS);
        assertEquals(List.of(), mismatches);
    }

    /**
     * Every character of the Basic Multilingual Plane that Java's Unicode knows, alone and after a letter,
     * doubled, before a digit: each folds, joins words, pairs up and names files the same on both sides.
     */
    @Test
    void everyCharacterIsFoldedAndCutTheSameWayOnBothSides() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int c = 0x80; c <= 0xFFFF; c++) {
            int type = Character.getType(c);
            if (!Character.isDefined(c) || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                continue;
            }
            String ch = Character.toString(c);
            texts.add(ch + " Z" + ch + ch + "9");
        }
        assertTrue(texts.size() > 50_000, "characters: " + texts.size());
        List<String> mismatches = compare(texts);
        assertEquals(
                List.of(), mismatches.subList(0, Math.min(40, mismatches.size())), mismatches.size() + " mismatches");
    }

    private List<String> compare(List<String> texts) throws Exception {
        Gson gson = new Gson();
        JsonArray browser = JsonParser.parseString(NodeScript.run(work, SCRIPT, gson.toJson(texts)))
                .getAsJsonArray();
        assertEquals(texts.size(), browser.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            JsonElement java = java(texts.get(i), gson);
            if (!java.equals(browser.get(i))) {
                mismatches.add(describe(texts.get(i)) + "\n  java:    " + java + "\n  browser: " + browser.get(i));
            }
        }
        return mismatches;
    }

    private static JsonElement java(String text, Gson gson) {
        List<String> tokens = Tokens.of(text);
        JsonObject result = new JsonObject();
        result.addProperty("fold", Fold.fold(text));
        result.add("words", gson.toJsonTree(Words.of(text)));
        result.add("tokens", gson.toJsonTree(tokens));
        result.add(
                "shards1",
                gson.toJsonTree(tokens.stream().map(t -> Tokens.shard(t, 1)).toList()));
        result.add(
                "shards2",
                gson.toJsonTree(tokens.stream().map(t -> Tokens.shard(t, 2)).toList()));
        return result;
    }

    private static String describe(String text) {
        StringBuilder codes = new StringBuilder();
        text.codePoints().limit(8).forEach(c -> codes.append(String.format(" U+%04X", c)));
        return text + " (" + codes.toString().trim() + ")";
    }
}
