package org.troubleshoot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnspacedTest {
    @Test
    void runsOfUnspacedLettersBecomeOverlappingPairs() {
        assertEquals(List.of("パス", "スワ", "ワー", "ード"), Unspaced.cut(List.of("パスワード")));
        assertEquals(List.of("비밀", "밀번", "번호", "호를"), Unspaced.cut(List.of("비밀번호를")));
        assertEquals(List.of("重"), Unspaced.cut(List.of("重")));
    }

    @Test
    void thaiMarksStayWithTheirLetter() {
        // รหัสผ่าน: ร หั ส ผ่ า น — the vowel mark ั and the tone mark ่ never start a pair.
        assertEquals(List.of("รหั", "หัส", "สผ่", "ผ่า", "าน"), Unspaced.cut(List.of("รหัสผ่าน")));
    }

    @Test
    void otherRunsOfAWordStandAlone() {
        assertEquals(List.of("2fa", "コー", "ード", "を", "x"), Unspaced.cut(List.of("2faコード", "を", "x")));
        // Extension B ideographs are two UTF-16 units each: pairs are of characters, not units.
        assertEquals(List.of("\uD840\uDC00\uD840\uDC01"), Unspaced.cut(List.of("\uD840\uDC00\uD840\uDC01")));
    }

    @Test
    void wordsWithNothingToCutAreReturnedAsTheyAre() {
        List<String> words = List.of("rechnung", "uberfallig", "пароль");
        assertSame(words, Unspaced.cut(words));
    }
}
