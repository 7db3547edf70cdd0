package org.troubleshoot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.diagnostic.Diagnostic;

class LanguagesTest {
    @TempDir
    Path dir;

    @Test
    void oneCodeOrSeveralTheFirstAtTheRootInTheirNormalForm() throws Exception {
        Languages one = Languages.parse("de");
        assertEquals(List.of("de"), one.tags());
        assertFalse(one.several());
        assertTrue(one.named());
        Languages several = Languages.parse(" en , de,ja, pt_br, zh-hant ");
        assertEquals(List.of("en", "de", "ja", "pt-BR", "zh-Hant"), several.tags());
        assertEquals("en", several.root());
        assertTrue(several.several());
        assertEquals(
                List.of("fil", "haw"), Languages.parse("fil, haw").tags(), "three-letter codes of the JDK's locales");
        assertFalse(Languages.DEFAULT.named());
        assertEquals(List.of("en"), Languages.DEFAULT.tags());
    }

    @Test
    void unknownIllFormedMissingAndRepeatedCodesAreRefusedWithAHint() {
        for (String bad : List.of("xx", "und", "english", "klingon", "d", "de-", "en,,de", "", "de, DE", "en, 12")) {
            Languages.Invalid invalid = assertThrows(Languages.Invalid.class, () -> Languages.parse(bad), bad);
            assertFalse(invalid.hint().isEmpty());
        }
        assertEquals(
                "unknown language 'xx'",
                assertThrows(Languages.Invalid.class, () -> Languages.parse("de, xx"))
                        .getMessage());
        assertEquals(
                "xx",
                assertThrows(Languages.Invalid.class, () -> Languages.parse("de, xx"))
                        .code());
        assertEquals(
                "the language 'de' is listed twice",
                assertThrows(Languages.Invalid.class, () -> Languages.parse("de,en,de"))
                        .getMessage());
    }

    @Test
    void aPageIsInTheLanguageOfTheFolderItLiesInElseInTheRootLanguage() throws Exception {
        Languages languages = Languages.parse("en, de, pt-BR");
        assertEquals("en", languages.of("faq.md"));
        assertEquals("en", languages.of("guides/faq.md"));
        assertEquals("de", languages.of("de/faq.md"));
        assertEquals("de", languages.of("de/guides/faq.md"));
        assertEquals("pt-BR", languages.of("pt-br/faq.md"));
        assertEquals("pt-BR", languages.of("PT-BR/faq.md"));
        assertEquals("en", languages.of("deutsch/faq.md"));
        assertEquals("en", languages.of("de.md"), "a file named like a language is no folder");
        assertEquals("", languages.folder("en"));
        assertEquals("de/", languages.folder("de"));
        assertEquals("pt-br/", languages.folder("pt-BR"));
    }

    @Test
    void theSettingsFileTakesLanguageOrLanguagesAndPointsAtABadCode() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "title = Hilfe\nlanguages = de, xx\n");
        SettingsFile.Values values = SettingsFile.read(dir);
        assertEquals(
                List.of("troubleshoot.properties:2:17: error: unknown language 'xx'"),
                values.diagnostics().stream()
                        .map(d -> d.location() + ": error: " + d.message())
                        .toList());
        Files.writeString(dir.resolve(SettingsFile.NAME), "language = pt_br\n");
        assertEquals(Map.of("language", "pt-BR"), SettingsFile.read(dir).values());
        Files.writeString(dir.resolve(SettingsFile.NAME), "languages = en, ja\nlanguage = de\n");
        List<Diagnostic> both = SettingsFile.read(dir).diagnostics();
        assertEquals(1, both.size());
        assertEquals("both language and languages are set", both.get(0).message());
        assertEquals(1, both.get(0).line(), "the second one read, languages, on its own line");
    }
}
