package org.troubleshoot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.diagnostic.Diagnostic;

/** Looking messages up: each language's words, plurals and dates; fallbacks; a template folder's files. */
class MessagesTest {
    @TempDir
    Path folder;

    private static MessageFiles.Loaded packaged(String language) throws TemplateException {
        return new MessageFiles(new TemplateSource(Optional.empty())).load(language);
    }

    private MessageFiles.Loaded overridden(String language) throws TemplateException {
        return new MessageFiles(new TemplateSource(Optional.of(folder))).load(language);
    }

    @Test
    void englishWordsAreThoseThePagesAlwaysHad() throws Exception {
        Messages en = packaged("en").messages();
        assertEquals("en", en.language());
        assertEquals("Search symptoms, error messages… (press /)", en.text("searchPlaceholder"));
        assertEquals("0 entries", en.format("entries", 0));
        assertEquals("1 entry", en.format("entries", 1));
        assertEquals("34 entries", en.format("entries", 34));
        assertEquals("Admin only", en.format("audienceOnly", "Admin"));
        assertEquals("All troubleshooting", en.format("allOfPage", "Troubleshooting", "troubleshooting"));
        assertEquals("2024-05-01", en.date("2024-05-01"), "English dates stay as they were: ISO");
        assertEquals(List.of(), packaged("en").diagnostics());
    }

    @Test
    void eachLanguageHasItsOwnWordsPluralsAndDates() throws Exception {
        Messages de = packaged("de").messages();
        assertEquals("Startseite", de.text("home"));
        assertEquals("1 Eintrag", de.format("entries", 1));
        assertEquals("1.234 Einträge", de.format("entries", 1234));
        assertEquals("01.05.2024", de.date("2024-05-01"));
        Messages fr = packaged("fr").messages();
        assertEquals("0 entrée", fr.format("entries", 0), "French counts zero as one");
        assertEquals("2 entrées", fr.format("entries", 2));
        assertEquals("1 mai 2024", fr.date("2024-05-01"));
        Messages ja = packaged("ja").messages();
        assertEquals("1 件", ja.format("entries", 1));
        assertEquals("12 件", ja.format("entries", 12), "Japanese has no plural");
        assertEquals("2024/05/01", ja.date("2024-05-01"));
        assertEquals("12 条", packaged("zh").messages().format("entries", 12));
    }

    @Test
    void htmlMessagesEscapeTheirTextAndPutTheArgumentsWhereTheLanguageWants() throws Exception {
        String link = "<a href=\"a-z.html\">X</a>";
        assertEquals(
                "This address leads nowhere. Try the search box above, the " + link + ", or the " + link + ".",
                packaged("en").messages().html("notFoundText", link, link));
        assertEquals(
                "このアドレスのページはありません。上の検索ボックス、" + link + "、または" + link + "をお試しください。",
                packaged("ja").messages().html("notFoundText", link, link));
        Files.writeString(folder.resolve("messages_en.properties"), "movedText = <b>moved</b> to {0} & \"more\"\n");
        assertEquals(
                "&lt;b&gt;moved&lt;/b&gt; to " + link + " &amp; &quot;more&quot;",
                overridden("en").messages().html("movedText", link));
    }

    @Test
    void aRegionFallsBackToItsLanguageAndALanguageWithoutFileToEnglishWithOneWarning() throws Exception {
        MessageFiles.Loaded brazil = packaged("pt-BR");
        assertEquals("Início", brazil.messages().text("home"));
        assertEquals("pt-BR", brazil.messages().language());
        assertEquals(List.of(), brazil.diagnostics());
        assertEquals(List.of(), packaged("en-GB").diagnostics());
        MessageFiles.Loaded swedish = packaged("sv");
        assertEquals("Home", swedish.messages().text("home"));
        assertEquals("sv", swedish.messages().language(), "the page still says it is Swedish");
        assertEquals(
                List.of("messages_sv.properties:1:1: warning: no messages for the language 'sv': its labels"
                        + " are shown in English"),
                swedish.diagnostics().stream().map(MessagesTest::line).toList());
    }

    @Test
    void aTemplateFolderReplacesMessagesKeyByKeyAndMayAddALanguage() throws Exception {
        Files.writeString(
                folder.resolve("messages_de.properties"), "# Unsere Wörter\nhome = Übersicht\n" + "homePage = Start\n");
        MessageFiles.Loaded de = overridden("de");
        assertEquals("Übersicht", de.messages().text("home"));
        assertEquals("Suchen", de.messages().text("searchButton"), "the rest stays as packaged");
        assertEquals(
                List.of(folder.resolve("messages_de.properties") + ":3:1: warning: unknown message key"
                        + " 'homePage'"),
                de.diagnostics().stream().map(MessagesTest::line).toList());

        Files.writeString(
                folder.resolve("messages_sv.properties"),
                "home = Startsida\n" + "entries = {0,choice,1#1 post|1<{0} poster}\n");
        MessageFiles.Loaded sv = overridden("sv");
        assertEquals(List.of(), sv.diagnostics());
        assertEquals("Startsida", sv.messages().text("home"));
        assertEquals("3 poster", sv.messages().format("entries", 3));
        assertEquals("Search", sv.messages().text("searchButton"), "what it lacks is English");
    }

    @Test
    void aBrokenPatternOrDateFormatFailsWithItsFileAndLine() throws Exception {
        Path file = folder.resolve("messages_de.properties");
        Files.writeString(file, "home = Start\nentries = {0,choice,1#eins|\n");
        TemplateException broken = assertThrows(TemplateException.class, () -> overridden("de"));
        assertEquals(file + ":2:1", broken.diagnostic().location());
        assertTrue(
                broken.diagnostic().message().startsWith("the message 'entries' is not a valid pattern"),
                broken.diagnostic().message());
        Files.writeString(file, "dateFormat = tt.MM.jjjj\n");
        TemplateException date = assertThrows(TemplateException.class, () -> overridden("de"));
        assertEquals(file + ":1:1", date.diagnostic().location());
    }

    private static String line(Diagnostic d) {
        return d.location() + ": " + d.severity().label() + ": " + d.message();
    }
}
