package org.troubleshoot.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.assemble.SiteAssembler;
import org.troubleshoot.config.Languages;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Translations;
import org.troubleshoot.parse.ContentParser;

/** Which pages are translations of each other: by path under each language folder, or by translationOf. */
class TranslationGroupsTest {
    @TempDir
    Path content;

    private static final String PAGE = """
            # Page

            Text.
            """;

    private TranslationGroups.Result groups(String languages, String... fileAndText) throws Exception {
        return groups(languages, SiteAssembler.LeftOut.NOTHING, fileAndText);
    }

    private TranslationGroups.Result groups(String languages, SiteAssembler.LeftOut left, String... fileAndText)
            throws Exception {
        for (int i = 0; i < fileAndText.length; i += 2) {
            Path file = content.resolve(fileAndText[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, fileAndText[i + 1]);
        }
        List<Page> pages = new ContentParser()
                .parse(content, Set.of()).pages().stream()
                        .filter(p -> !left.pages().contains(p.sourceFile()))
                        .toList();
        return TranslationGroups.of(pages, Languages.parse(languages), left);
    }

    private static String translationOf(String target) {
        return "---\ntranslationOf: " + target + "\n---\n" + PAGE;
    }

    private static List<String> messages(TranslationGroups.Result result) {
        return result.diagnostics().stream()
                .map(d -> d.location() + ": " + d.message())
                .toList();
    }

    @Test
    void theSamePathUnderEachLanguageFolderIsOnePageInEachLanguage() throws Exception {
        TranslationGroups.Result result = groups(
                "en, de, ja",
                "faq.md",
                PAGE,
                "de/faq.md",
                PAGE,
                "ja/faq.md",
                PAGE,
                "guides/setup.md",
                PAGE,
                "de/guides/setup.md",
                PAGE,
                "contact.md",
                PAGE,
                "de/kontakt.md",
                PAGE);
        assertEquals(List.of(), result.diagnostics());
        Translations translations = result.translations();
        assertEquals(List.of("faq", "de/faq", "ja/faq"), translations.of("de/faq"));
        assertEquals(List.of("faq", "de/faq", "ja/faq"), translations.of("faq"));
        assertEquals(List.of("guides/setup", "de/guides/setup"), translations.of("de/guides/setup"));
        assertEquals(List.of(), translations.of("contact"), "a page missing in a language is no problem");
        assertEquals(List.of(), translations.of("de/kontakt"));
    }

    @Test
    void translationOfJoinsPagesWhoseNamesDifferAndFollowsChains() throws Exception {
        TranslationGroups.Result result = groups(
                "en, de, ja",
                "contact.md",
                PAGE,
                "de/kontakt.md",
                translationOf("../contact.md"),
                "ja/renraku.md",
                translationOf("../de/kontakt.md"),
                "faq.md",
                PAGE,
                "help.md",
                PAGE,
                "de/faq.md",
                translationOf("../help.md"));
        assertEquals(List.of(), result.diagnostics());
        assertEquals(
                List.of("contact", "de/kontakt", "ja/renraku"),
                result.translations().of("ja/renraku"));
        assertEquals(
                List.of("help", "de/faq"),
                result.translations().of("de/faq"),
                "the page a translation names wins over its own path");
        assertEquals(List.of(), result.translations().of("faq"));
    }

    @Test
    void pagesNamingEachOtherAreOneGroupWhereverTheReadingStarts() throws Exception {
        TranslationGroups.Result result =
                groups("en, de", "help.md", translationOf("de/hilfe.md"), "de/hilfe.md", translationOf("../help.md"));
        assertEquals(List.of(), result.diagnostics());
        assertEquals(
                Map.of("help", List.of("help", "de/hilfe"), "de/hilfe", List.of("help", "de/hilfe")),
                result.translations().versions());
    }

    @Test
    void aMissingPageASameLanguagePageAndTwoVersionsInOneLanguageAreErrors() throws Exception {
        TranslationGroups.Result result = groups(
                "en, de",
                "faq.md",
                PAGE,
                "help.md",
                PAGE,
                "de/faq.md",
                PAGE,
                "de/hilfe.md",
                translationOf("../faq.md"),
                "de/missing.md",
                translationOf("../nowhere.md"),
                "de/same.md",
                translationOf("faq.md"),
                "de/outside.md",
                translationOf("../../faq.md"));
        assertEquals(
                List.of(
                        "de/hilfe.md:2:1: de/hilfe.md and de/faq.md are both the de version of the same page",
                        "de/missing.md:2:1: translationOf '../nowhere.md': no page nowhere.md in the content folder",
                        "de/outside.md:2:1: translationOf '../../faq.md' leaves the content folder",
                        "de/same.md:2:1: translationOf 'faq.md': de/faq.md is in the same language (de)"),
                messages(result).stream().sorted().toList());
        assertEquals(List.of(), result.translations().of("faq"), "no switcher between two German versions");
    }

    @Test
    void aPageTheAudienceLeavesOutHasNoVersionsAndNamingItIsNoError() throws Exception {
        SiteAssembler.LeftOut left = new SiteAssembler.LeftOut(Set.of("playbook.md"), Map.of());
        TranslationGroups.Result result = groups(
                "en, de",
                left,
                "playbook.md",
                PAGE,
                "de/ablauf.md",
                translationOf("../playbook.md"),
                "de/playbook.md",
                PAGE);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(Map.of(), result.translations().versions());
    }

    @Test
    void aSiteOfOneLanguageHasNoTranslations() throws Exception {
        TranslationGroups.Result result = groups("de", "faq.md", PAGE, "de/faq.md", PAGE);
        assertEquals(Map.of(), result.translations().versions());
    }
}
