package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Anchor;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;

class ContentParserTest {
    private final ContentParser parser = new ContentParser();

    private Page page(String markdown) {
        ParseResult result = parser.parseText("page.md", markdown);
        assertEquals(List.of(), result.diagnostics(), "unexpected diagnostics");
        return result.pages().get(0);
    }

    private List<String> diagnostics(String markdown) {
        return parser.parseText("bad.md", markdown).diagnostics().stream()
                .sorted(Diagnostic.REPORT_ORDER)
                .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                .toList();
    }

    @Test
    void theSeedFileAsIsGivesNineCategoriesAndThirtyFourEntries() throws IOException {
        Path seed = Path.of("src/test/resources/seed");
        ParseResult result = parser.parse(seed, Set.of());
        assertEquals(List.of(), result.diagnostics());
        Page page = result.pages().get(0);
        assertEquals("Troubleshooting", page.title());
        assertEquals(PageKind.TROUBLESHOOTING, page.kind());
        assertEquals(
                List.of(
                        "Login & access",
                        "Calls",
                        "Dashboard",
                        "Billing",
                        "Notifications",
                        "Members",
                        "Playbook",
                        "CSV exports",
                        "API integrations"),
                page.categories().stream().map(Category::title).toList());
        assertEquals(
                List.of(5, 5, 4, 4, 3, 3, 3, 3, 4),
                page.categories().stream().map(c -> c.entries().size()).toList());

        // Every row keeps its text and the line it was written on.
        List<String> seedLines = Files.readAllLines(seed.resolve("troubleshooting.md"));
        for (Category category : page.categories()) {
            for (Entry entry : category.entries()) {
                String line = seedLines.get(entry.source().line() - 1);
                assertTrue(line.contains(entry.symptom().text()), line);
                assertTrue(line.contains(entry.cause().text()), line);
                assertTrue(line.contains(entry.resolution().text()), line);
            }
        }
        Entry first = page.categories().get(0).entries().get(0);
        assertEquals("invalid-email-or-password", first.id());
        assertEquals(6, first.source().line());
        assertEquals("troubleshooting.md", first.source().file());
        // The closing "When all else fails" text is kept as prose after the last category.
        assertTrue(page.sections().get(page.sections().size() - 1) instanceof Prose closing
                && closing.html().contains("When all else fails")
                && closing.html().contains("On-call Playbook"));
    }

    @Test
    void headerNamesAreMatchedCaseInsensitivelyWithAliasesAndExtraColumnsAreKept() {
        Page page = page("""
                ## Printing

                | PROBLEM | cause | Fix | Since |
                |:--------|:-----:|----:|-------|
                | Offline | Cable | Plug in | v1 |
                """);
        Category category = page.categories().get(0);
        assertEquals("PROBLEM", category.columns().symptom());
        assertEquals("cause", category.columns().cause());
        assertEquals("Fix", category.columns().resolution());
        assertEquals(List.of("Since"), category.columns().extras());
        Entry entry = category.entries().get(0);
        assertEquals("Offline", entry.symptom().text());
        assertEquals("Plug in", entry.resolution().text());
        assertEquals("v1", entry.extras().get(0).text());
    }

    @Test
    void tablesWithoutOuterPipesEscapedPipesAndInlineMarkdownWork() {
        Page page = page("""
                Issues
                Issue | Resolution
                --- | ---
                Pipe \\| inside | Use **bold** and `code` and [a link](https://example.com)
                """);
        Entry entry = page.categories().get(0).entries().get(0);
        assertEquals("Issues", page.categories().get(0).title());
        assertEquals("Pipe | inside", entry.symptom().text());
        assertEquals(
                "Use <strong>bold</strong> and <code>code</code> and <a href=\"https://example.com\">a link</a>",
                entry.resolution().html());
        assertEquals("Use bold and code and a link", entry.resolution().text());
    }

    @Test
    void byteOrderMarkAndCrlfAreHandledAndLinesStayTrue() {
        String markdown = "\uFEFF## Calls\r\n\r\n| Symptom | What to do |\r\n|---|---|\r\n| A | B |\r\n| C | D |\r\n";
        Page page = page(markdown);
        Category calls = page.categories().get(0);
        assertEquals("Calls", calls.title());
        assertEquals(
                List.of(5, 6),
                calls.entries().stream().map(e -> e.source().line()).toList());
        assertEquals("D", calls.entries().get(1).resolution().text());
    }

    @Test
    void idsAreUniqueWithinAPageAcrossCategories() {
        Page page = page("""
                ## Web
                | Symptom | What to do |
                |---|---|
                | Page is blank | Reload |
                ## App
                | Symptom | What to do |
                |---|---|
                | Page is blank | Restart |
                """);
        assertEquals("page-is-blank", page.categories().get(0).entries().get(0).id());
        assertEquals(
                "page-is-blank-2", page.categories().get(1).entries().get(0).id());
    }

    @Test
    void aHeadingCategoryKeepsTheTextBetweenHeadingAndTableAsItsIntroduction() {
        Page page = page("""
                ## Calls

                Problems with call sync.

                | Symptom | What to do |
                |---|---|
                | A | B |
                """);
        assertEquals("<p>Problems with call sync.</p>", page.categories().get(0).introHtml());
    }

    @Test
    void faqHeadingsAreQuestionsAndContactTablesHaveRowIds() {
        ParseResult faq = parser.parseText("faq.md", "# FAQ\n\n## How do I export?\n\nUse **Export**.\n");
        Page faqPage = faq.pages().get(0);
        assertEquals(PageKind.FAQ, faqPage.kind());
        Question question = faqPage.questions().get(0);
        assertEquals("how-do-i-export", question.id());
        assertEquals("<p>Use <strong>Export</strong>.</p>", question.answerHtml());

        ParseResult contact = parser.parseText(
                "contact.md", "# Contact\n\n| Issue type | Who |\n|---|---|\n| Escalation to admin | Admin team |\n");
        Page contactPage = contact.pages().get(0);
        assertEquals(PageKind.CONTACT, contactPage.kind());
        DataTable table = (DataTable) contactPage.sections().get(0);
        assertEquals("escalation-to-admin", table.rows().get(0).id());
        assertEquals("Contact", table.title());
    }

    @Test
    void frontMatterSetsTitleKindAudienceAndOrder() {
        Page page = page("""
                ---
                title: On-call Playbook
                audience: admin
                kind: article
                order: 5
                ---
                Text.
                """);
        assertEquals("On-call Playbook", page.title());
        assertEquals("admin", page.audience());
        assertEquals(PageKind.ARTICLE, page.kind());
        assertEquals(5, page.order());
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsAnErrorAtTheSurplusCell() {
        assertEquals(
                List.of("bad.md:5:28: error: row has 4 cells but the header has 3; the extra cells would be lost"),
                diagnostics("""
                        ## Calls

                        | Symptom | Cause | What to do |
                        |---|---|---|
                        | No calls | Sync | Wait | extra |
                        """));
    }

    @Test
    void missingCellsEmptySymptomAndEmptyResolutionAreErrorsReportedOnce() {
        assertEquals(
                List.of(
                        "bad.md:5:1: error: row has 2 cells but the header has 3",
                        "bad.md:6:1: error: row has an empty symptom",
                        "bad.md:7:16: error: row \"Slow\" says nothing to do"),
                diagnostics("""
                ## Calls

                | Symptom | Cause | What to do |
                |---|---|---|
                | No calls | Sync |
                |  | Sync | Wait |
                | Slow | Load |  |
                """));
    }

    @Test
    void anOrdinaryTableOnATroubleshootingPageIsContentAndAHalfTableAWarningThatNamesTheMissingColumn() {
        ParseResult result = parser.parseText("mixed.md", """
                ## Calls
                | Symptom | What to do |
                |---|---|
                | A | B |

                ## Settings
                | Property | Default | Description |
                |---|---|---|
                | timeout | 30 | Seconds before giving up |
                | retries |
                | proxy | none | Host \\| port | or not |

                ## Open issues
                | Issue | Owner |
                |---|---|
                | Slow export | Billing |

                ## Störungen
                | Störung | Lösung |
                |---|---|
                | Kein Ton | Kabel prüfen |
                """);
        Page page = result.pages().get(0);
        assertEquals(PageKind.TROUBLESHOOTING, page.kind());
        assertEquals(
                List.of("Calls"),
                page.categories().stream().map(Category::title).toList());
        List<DataTable> tables = page.sections().stream()
                .filter(DataTable.class::isInstance)
                .map(DataTable.class::cast)
                .toList();
        assertEquals(
                List.of("Settings", "Open issues", "Störungen"),
                tables.stream().map(DataTable::title).toList());
        // A short row is read as GitHub shows it: empty cells at its end.
        assertEquals(
                List.of("retries", "", ""),
                tables.get(0).rows().get(1).cells().stream().map(c -> c.text()).toList());

        List<Diagnostic> diagnostics = result.diagnostics();
        assertEquals(
                List.of(
                        "mixed.md:11:33: warning: row has 4 cells but the header has 3; the extra cells are not shown",
                        "mixed.md:14:1: warning: table \"Open issues\" has a symptom column (\"Issue\") but no "
                                + "\"what to do\" column, so it is shown as an ordinary table",
                        "mixed.md:19:1: warning: table \"Störungen\" has a \"what to do\" column (\"Lösung\") but no "
                                + "symptom column, so it is shown as an ordinary table"),
                diagnostics.stream()
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
        // The hint names the missing column in English and in the language of the table's other headers.
        assertTrue(
                diagnostics.get(1).hint().contains("\"What to do\""),
                diagnostics.get(1).hint());
        assertTrue(
                diagnostics.get(2).hint().contains("\"Symptom\""),
                diagnostics.get(2).hint());
        assertTrue(
                diagnostics.get(2).hint().contains("\"Fehler\""),
                diagnostics.get(2).hint());
        assertTrue(
                diagnostics.get(2).hint().contains("columns.symptom"),
                diagnostics.get(2).hint());
        assertFalse(
                diagnostics.get(1).hint().contains("Lösung"), diagnostics.get(1).hint());
        assertEquals(
                List.of("proxy", "none", "Host | port"),
                tables.get(0).rows().get(2).cells().stream().map(c -> c.text()).toList());
    }

    @Test
    void pagesWhoseKindTheWriterChoseGetNoWarningsAboutTheirTables() {
        assertEquals(List.of(), diagnostics("""
                ---
                kind: article
                ---
                ## Incidents
                | Incident | Check | Fix |
                |---|---|---|
                | Sync stalled | Job log | Restart the job |
                """));
        assertEquals(
                List.of("bad.md:2:1: warning: table \"Incidents\" has a \"what to do\" column (\"Fix\") but no "
                        + "symptom column, so it is shown as an ordinary table"),
                diagnostics("""
                ## Incidents
                | Incident | Check | Fix |
                |---|---|---|
                | Sync stalled | Job log | Restart the job |
                """));
    }

    @Test
    void aHeadingFollowedByItsSubsectionsIsNotAnEmptyHeading() {
        assertEquals(List.of("bad.md:10:1: warning: heading \"Empty\" has no table"), diagnostics("""
                ## Calls
                | Symptom | What to do |
                |---|---|
                | A | B |
                ## Installation
                ### Requirements
                Java 17.
                ### Start
                Run it.
                ## Empty
                ## Last
                Text.
                """));
    }

    @Test
    void translationOfNamesThePageThisOneTranslatesWhereItIsWritten() {
        Page page = page("""
                ---
                title: Hilfe
                translationOf: "../help.md"
                ---
                Text.
                """);
        assertEquals("../help.md", page.translationOf().target());
        assertEquals(
                "page.md:3:1",
                page.translationOf().source().file() + ":"
                        + page.translationOf().source().line() + ":"
                        + page.translationOf().source().column());
        assertEquals(null, page("""
                # Hilfe

                Text.
                """).translationOf());
        assertEquals(
                List.of(
                        "bad.md:2:1: error: translationOf '../help.md#top' is not a page",
                        "bad.md:3:1: warning: unknown front matter key 'translation'"),
                diagnostics("""
                ---
                translationOf: ../help.md#top
                translation: de
                ---
                Text.
                """));
        assertTrue(parser.parseText("bad.md", "---\ntranslation: de\n---\nText.\n")
                .diagnostics()
                .get(0)
                .hint()
                .contains("autolinks, translationOf"));
    }

    @Test
    void duplicateSymptomsEmptyCategoriesHeadingsWithoutTableAndUnknownKeysAreWarnings() {
        // Rows of one symptom one under the other are its causes; the same symptom further down is a duplicate.
        assertEquals(
                List.of(
                        "bad.md:2:1: warning: unknown front matter key 'colour'",
                        "bad.md:10:1: warning: symptom \"a\" appears twice in category \"Calls\" (first on line 8)",
                        "bad.md:11:1: warning: heading \"Empty\" has no table",
                        "bad.md:13:1: warning: category \"Nothing\" has no rows"),
                diagnostics("""
                ---
                colour: blue
                ---
                ## Calls

                | Symptom | What to do |
                |---|---|
                | A | B |
                | Other | D |
                | a | C |
                ## Empty
                ## Nothing
                | Symptom | What to do |
                |---|---|
                """));
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithItsPositionNotAStackTrace(@TempDir Path content) throws IOException {
        Files.write(content.resolve("latin1.md"), "## Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ParseResult result = parser.parse(content, Set.of());
        assertEquals(List.of(), result.pages());
        assertEquals(
                List.of("latin1.md:1:7: error: file is not UTF-8 text"),
                result.diagnostics().stream()
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
    }

    @Test
    void hiddenAndExcludedFoldersAreNotContent(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("a.md"), "# A\n");
        Files.createDirectories(content.resolve(".git"));
        Files.writeString(content.resolve(".git/b.md"), "# B\n");
        Files.createDirectories(content.resolve("target/site"));
        Files.writeString(content.resolve("target/site/c.md"), "# C\n");
        Files.createDirectories(content.resolve("guides"));
        Files.writeString(content.resolve("guides/Getting Started.md"), "# D\n");
        ParseResult result = parser.parse(content, Set.of(content.resolve("target")));
        assertEquals(
                List.of("a", "guides/getting-started"),
                result.pages().stream().map(Page::id).toList());
    }

    /**
     * Flexmark backtracks exponentially over "[" and many backslashes (found by fuzzing): such a file is refused
     * at once with its position; up to the limit, and in fenced code, backslashes still parse.
     */
    @Test
    @Timeout(10)
    void backslashesThatWouldHangTheParserAreRefusedWithTheirPosition() {
        String expected = ": error: too many backslashes after this \"[\": the Markdown parser could take minutes"
                + " over them, so this file is not built";
        for (String slow : List.of("\\".repeat(60), "\\\\x".repeat(40), "\\\\\n".repeat(40))) {
            assertEquals(
                    List.of("slow.md:3:3" + expected),
                    parser.parseText("slow.md", "# Slow\n\nA [" + slow + "\n").diagnostics().stream()
                            .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                            .toList());
        }
        page("# Paths\n\n[" + "\\\\x".repeat(PathologicalInput.MAX_BACKSLASH_PAIRS) + "\n");
        page("# Art\n\n```\n[" + "\\".repeat(60) + "\n```\n\n" + "\\".repeat(60) + "\n");
    }

    @Test
    void shortRowsOfATroubleshootingTableArePaddedUnlessTheyLackTheSymptomOrTheFix() {
        ParseResult result = parser.parseText("t.md", """
                ## Calls
                | Symptom | What to do | Owner | Since |
                |---|---|---|---|
                | No calls | Wait |
                | Slow | Reload | Ops |
                | Cut off |
                """);
        assertEquals(
                List.of("t.md:6:1: error: row has 1 cells but the header has 4"),
                result.diagnostics().stream()
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
        List<Entry> entries = result.pages().get(0).categories().get(0).entries();
        assertEquals(
                List.of("", ""),
                entries.get(0).extras().stream().map(c -> c.text()).toList());
        assertEquals(
                List.of("Ops", ""),
                entries.get(1).extras().stream().map(c -> c.text()).toList());
    }

    @Test
    void inATableOfCodesTheDescriptionIsTheSymptomAndTheCodeAKeptColumn() {
        Category category = page("""
                ## Agent errors
                | Error code | Description | Probable cause | Suggested remediation |
                |---|---|---|---|
                | E1042 | Disk full | Logs grew | Rotate the logs |
                """).categories().get(0);
        Entry entry = category.entries().get(0);
        assertEquals(
                List.of("Disk full", "Logs grew", "Rotate the logs", "E1042"),
                List.of(
                        entry.symptom().text(),
                        entry.cause().text(),
                        entry.resolution().text(),
                        entry.extras().get(0).text()));
        assertEquals("disk-full", entry.id());
        assertEquals(
                List.of("Description", "Probable cause", "Suggested remediation"),
                List.of(
                        category.columns().symptom(),
                        category.columns().cause(),
                        category.columns().resolution()));
        assertEquals(List.of("Error code"), category.columns().extras());
        assertEquals(0, category.columns().code());
    }

    @Test
    void aCombinedCauseAndFixColumnIsTheFixAndTheTableHasNoCauseColumn() {
        Category category = page("""
                ## 调试
                | 现象 | 原因/处理 |
                |---|---|
                | 串口乱码 | 波特率不对：改为 115200 |
                """).categories().get(0);
        assertEquals("原因/处理", category.columns().resolution());
        assertTrue(!category.columns().hasCause());
        Entry entry = category.entries().get(0);
        assertEquals("波特率不对：改为 115200", entry.resolution().text());
        assertEquals("", entry.cause().text());
    }

    @Test
    void writersHtmlInACellKeepsTheAllowedTagsAndItsTextIsWhatAReaderSees() {
        Entry entry = page("""
                ## Keys
                | Symptom | What to do |
                |---|---|
                | Error<br>E42 now | <ul><li>Press <kbd>Ctrl</kbd>+<kbd>R</kbd></li><li>Reload<sup>1</sup></li></ul> |
                """).categories().get(0).entries().get(0);
        assertEquals("Error<br>E42 now", entry.symptom().html());
        assertEquals("Error E42 now", entry.symptom().text());
        assertEquals("error-e42-now", entry.id());
        assertEquals(
                "<ul><li>Press <kbd>Ctrl</kbd>+<kbd>R</kbd></li><li>Reload<sup>1</sup></li></ul>",
                entry.resolution().html());
        assertEquals("Press Ctrl+R Reload1", entry.resolution().text());

        Entry second = page("""
                ## Keys
                | Symptom | What to do |
                |---|---|
                | H<sub>2</sub>O <em>x</em> <strong>y</strong> <b>z</b> <i>w</i> <code>c</code> | <details open><summary>More</summary><p>Then wait</p><ol start="2"><li>two</li></ol></details> |
                """).categories().get(0).entries().get(0);
        assertEquals(
                "H<sub>2</sub>O <em>x</em> <strong>y</strong> <b>z</b> <i>w</i> <code>c</code>",
                second.symptom().html());
        assertEquals("H2O x y z w c", second.symptom().text());
        assertEquals(
                "<details open><summary>More</summary><p>Then wait</p><ol start=\"2\"><li>two</li></ol></details>",
                second.resolution().html());
        assertEquals("More Then wait two", second.resolution().text());
    }

    @Test
    void writersHtmlThatIsNotAllowedIsRemovedWithItsTextKeptAndReported() {
        ParseResult result = parser.parseText("t.md", """
                ## Keys
                | Symptom | What to do |
                |---|---|
                | <span style="color:red">Red</span> error | <font size=7>Restart</font> <a href="https://example.com" target="_blank" onclick="x()">docs</a> |

                Text <div align="center">centred</div> and <u>underlined</u>.
                """);
        Page page = result.pages().get(0);
        Entry entry = page.categories().get(0).entries().get(0);
        assertEquals("Red error", entry.symptom().html());
        assertEquals(
                "Restart <a href=\"https://example.com\">docs</a>",
                entry.resolution().html());
        assertEquals(
                "<p>Text centred and underlined.</p>", ((Prose) page.sections().get(1)).html());
        assertEquals(
                List.of(
                        "t.md:4:3: warning: HTML removed, its text kept: <span>",
                        "t.md:4:46: warning: HTML removed, its text kept: <font>",
                        "t.md:4:74: warning: HTML removed, its text kept: <a onclick>, <a target>",
                        "t.md:6:6: warning: HTML removed, its text kept: <div>",
                        "t.md:6:44: warning: HTML removed, its text kept: <u>"),
                result.diagnostics().stream()
                        .sorted(Diagnostic.REPORT_ORDER)
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
        assertTrue(
                result.diagnostics().get(0).hint().contains("details"),
                result.diagnostics().get(0).hint());
    }

    @Test
    void headingsAndHtmlAnchorsAreAnchorsBesidesTheIdsOfThePage() {
        Page page = page("""
                # Guide

                ## 🚀 Installation & Schnellstart
                Text.

                ## FAQ
                Text.

                ## FAQ
                Text <a name="footnote1"></a>here.

                ## Störungen
                | Problem | Ursache | Lösung |
                |---|---|---|
                | Kein Ton<a name="no-sound"></a> | Kabel | Prüfen |

                ## Version 1.2
                GitHub's id would be version-12, the id of the next heading here: it is not used.

                ## Version 12
                Text.
                """);
        assertEquals(
                List.of(
                        new Anchor("footnote1", null, "user-content-footnote1"),
                        new Anchor("no-sound", "storungen", "user-content-no-sound"),
                        new Anchor("guide", null, null),
                        new Anchor("-installation--schnellstart", null, "installation-schnellstart"),
                        new Anchor("faq-1", null, "faq-2"),
                        new Anchor("störungen", "storungen", null),
                        // GitHub's "version-12" of "Version 1.2" is the next heading's own id here; GitHub's
                        // "version-12-1"
                        // of that heading is free.
                        new Anchor("version-12-1", null, "version-12")),
                page.anchors());
        // The page's own ids do not change.
        assertEquals(
                List.of("installation-schnellstart", "faq", "faq-2", "version-1-2", "version-12"),
                page.sections().stream()
                        .filter(Prose.class::isInstance)
                        .map(section -> ((Prose) section).id())
                        .toList());
    }
}
