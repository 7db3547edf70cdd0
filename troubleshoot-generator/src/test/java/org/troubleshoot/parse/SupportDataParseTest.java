package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.Entry;

/** What the parser reads of support data: error codes, and several causes for one symptom. */
class SupportDataParseTest {
    private final ContentParser parser = new ContentParser();

    private Category category(String markdown) {
        ParseResult result = parser.parseText("t.md", markdown);
        assertEquals(List.of(), messages(result), "unexpected diagnostics");
        return result.pages().get(0).categories().get(0);
    }

    private static List<String> messages(ParseResult result) {
        return result.diagnostics().stream()
                .sorted(Diagnostic.REPORT_ORDER)
                .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                .toList();
    }

    private List<String> messages(String markdown) {
        return messages(parser.parseText("t.md", markdown));
    }

    private static List<String> texts(List<Cause> causes) {
        return causes.stream()
                .map(c -> c.cause().text() + " -> " + c.resolution().text())
                .toList();
    }

    @Test
    void aCodeColumnByAnyOfItsNamesGivesEachEntryItsCodesAndStaysAColumnReadersSee() {
        for (String header : List.of("Code", "Codes", "Error code", "error codes", "**Error Code**")) {
            Category category = category(
                    "## API\n| Symptom | What to do | " + header + " |\n|---|---|---|\n"
                            + "| Login fails | Sign in again | E401, AUTH-7 |\n| Slow | Wait | `AZCM0011` |\n| Odd | Look |  |\n");
            List<Entry> entries = category.entries();
            assertEquals(List.of("E401", "AUTH-7"), entries.get(0).codes(), header);
            assertEquals(List.of("AZCM0011"), entries.get(1).codes(), header);
            assertEquals(List.of(), entries.get(2).codes(), header);
            assertEquals(List.of(header.replace("*", "")), category.columns().extras(), header);
            assertEquals("E401, AUTH-7", entries.get(0).extras().get(0).text(), header);
        }
        // "Error" alone still names the symptom column.
        assertEquals(
                List.of(),
                category("## A\n| Error | Fix |\n|---|---|\n| E | F |\n")
                        .columns()
                        .extras());
    }

    @Test
    void aCodeThatIsNotASafeFileNameOrWordIsAnErrorAtItsCell() {
        assertEquals(
                List.of(
                        "t.md:4:18: error: error code 'E/401' is not a valid code",
                        "t.md:5:15: error: error code 'é1' is not a valid code",
                        "t.md:6:15: error: error code '-7' is not a valid code",
                        "t.md:7:15: error: error code '" + "X".repeat(65) + "' is not a valid code"),
                messages("## API\n| Symptom | Fix | Code |\n|---|---|---|\n| One | Fix it | E/401 |\n"
                        + "| Two | Fix | é1, E2 |\n| Six | Fix | -7 |\n| Ten | Fix | " + "X".repeat(65) + " |\n"
                        + "| Ok | Fix | a.b_c-9, 401 |\n"));
        Category category = parser.parseText(
                        "t.md", "## API\n| Symptom | Fix | Code |\n|---|---|---|\n" + "| Two | Fix | é1, E2 |\n")
                .pages()
                .get(0)
                .categories()
                .get(0);
        assertEquals(List.of("E2"), category.entries().get(0).codes(), "the valid codes of the cell stay");
    }

    @Test
    void codesMayBeSeparatedBySpacesAndLineBreaksAsInTablesWrittenForGitHub() {
        Category category = category("## Error codes\n| Error code | Description | Probable cause |"
                + " Suggested remediation |\n|---|---|---|---|\n| ACME0007<br>ACME0008 | Quota exceeded | Full |"
                + " Delete old versions |\n| E401 E402,E403 | Denied | Token | Sign in |\n");
        assertEquals(List.of("ACME0007", "ACME0008"), category.entries().get(0).codes());
        assertEquals("Quota exceeded", category.entries().get(0).symptom().text(), "the description is the symptom");
        assertEquals(List.of("E401", "E402", "E403"), category.entries().get(1).codes());
        // A range gives its two ends; a dash or n/a alone says there is no code.
        Category ranges = category("## Codes\n| Error code | Description | Suggested remediation |\n|---|---|---|\n"
                + "| AZCM0147-<br>AZCM0152 | Install failed | Read the log |\n| E400 – E409 | Bad request | Retry |\n"
                + "| E1 - E5 | Odd | Look |\n| - | Plain | Wait |\n| N/A | None | Wait |\n| AUTH-7 | Denied | Ask |\n");
        assertEquals(
                List.of(
                        List.of("AZCM0147", "AZCM0152"),
                        List.of("E400", "E409"),
                        List.of("E1", "E5"),
                        List.of(),
                        List.of(),
                        List.of("AUTH-7")),
                ranges.entries().stream().map(Entry::codes).toList());
        assertEquals(
                List.of(),
                messages("## Codes\n| Error code | Description | Fix |\n|---|---|---|\n"
                        + "| AZCM0147-<br>AZCM0152 | Install failed | Read the log |\n| — | Plain | Wait |\n"));
    }

    @Test
    void consecutiveRowsWithTheSameSymptomAreOneEntryWithItsCausesInTableOrder() {
        Category category = category("""
                ## API
                | Symptom | Likely cause | What to do | Code |
                |---|---|---|---|
                | 401 Unauthorized | Token expired | Refresh the token | 401 |
                | 401 unauthorized | Key revoked | Create a new key | |
                | 401 Unauthorized | Clock skew | Sync the clock | 401, E401 |
                | 403 Forbidden | Scope | Ask admin | 403 |
                """);
        assertEquals(2, category.entries().size());
        Entry entry = category.entries().get(0);
        assertEquals("401-unauthorized", entry.id());
        assertEquals("401 Unauthorized", entry.symptom().text());
        assertEquals(
                List.of(
                        "Token expired -> Refresh the token",
                        "Key revoked -> Create a new key",
                        "Clock skew -> Sync the clock"),
                texts(entry.causes()));
        assertEquals("Token expired", entry.cause().text(), "the first pair stays cause and resolution");
        assertEquals("Refresh the token", entry.resolution().text());
        assertEquals(
                List.of(4, 5, 6),
                entry.causes().stream().map(c -> c.source().line()).toList());
        assertEquals(4, entry.source().line());
        assertEquals(List.of("401", "E401"), entry.codes(), "a code repeated on the rows of one symptom is one code");
        assertEquals(
                List.of("Scope -> Ask admin"), texts(category.entries().get(1).causes()));
    }

    @Test
    void anEmptySymptomIsStillAnErrorAndTheSameSymptomFurtherDownAWarning() {
        assertEquals(
                List.of(
                        "t.md:5:1: error: row has an empty symptom",
                        "t.md:7:1: warning: symptom \"A\" appears twice in category \"C\" (first on line 4)"),
                messages("""
                ## C
                | Symptom | What to do |
                |---|---|
                | A | One |
                |  | Two |
                | B | Three |
                | A | Four |
                """));
    }

    @Test
    void aRowWhoseOtherCellsSayOtherwiseIsAnEntryOfItsOwnWithAWarningAtTheCell() {
        String table = """
                ## C
                | Symptom | Likely cause | What to do | Since |
                |---|---|---|---|
                | A | One | Do one | 2.1 |
                | A | Two | Do two | 2.2 |
                | A | Three | Do three | |
                | A | Four | Do four | 2.1 |
                """;
        assertEquals(
                List.of(
                        "t.md:5:22: warning: row repeats the symptom \"A\" of the row above but its \"Since\" cell differs, so"
                                + " it is an entry of its own",
                        "t.md:7:24: warning: row repeats the symptom \"A\" of the row above but its \"Since\" cell differs, so"
                                + " it is an entry of its own"),
                messages(table));
        // As in "Message | Error | Probable cause | Solution" tables: one message, a row per error it comes with.
        List<Entry> entries = parser.parseText("t.md", table)
                .pages()
                .get(0)
                .categories()
                .get(0)
                .entries();
        assertEquals(List.of("a", "a-2", "a-3"), entries.stream().map(Entry::id).toList());
        assertEquals(List.of("One -> Do one"), texts(entries.get(0).causes()));
        assertEquals(
                List.of("Two -> Do two", "Three -> Do three"),
                texts(entries.get(1).causes()),
                "an empty cell continues the entry above");
        assertEquals(
                List.of(4, 5, 7), entries.stream().map(e -> e.source().line()).toList());
    }

    @Test
    void aRowOfOtherCodesIsAnotherEntryAndARowThatRepeatsACodeAddsACause() {
        String table = """
                ## Codes
                | Error code | Description | Probable cause | Suggested remediation |
                |---|---|---|---|
                | AZCM0147-<br>AZCM0152 | - | Install failed on Windows | Read the log |
                | AZCM0127-<br>AZCM0146 | - | Install failed on Linux | Read the log |
                | AZCM0127 | - | A package is missing | Install it |
                """;
        assertEquals(
                List.of("t.md:5:3: warning: row repeats the symptom \"-\" of the row above but its \"Error code\""
                        + " cell differs, so it is an entry of its own"),
                messages(table));
        List<Entry> entries = parser.parseText("t.md", table)
                .pages()
                .get(0)
                .categories()
                .get(0)
                .entries();
        assertEquals(
                List.of(List.of("AZCM0147", "AZCM0152"), List.of("AZCM0127", "AZCM0146")),
                entries.stream().map(Entry::codes).toList());
        assertEquals(
                List.of("Install failed on Linux -> Read the log", "A package is missing -> Install it"),
                texts(entries.get(1).causes()),
                "a row that repeats one of the codes adds a cause");
    }

    @Test
    void theSameSymptomWithAnIdOfItsOwnIsAnEntryOfItsOwn() {
        ParseResult result = parser.parseText("t.md", """
                ## C
                | Symptom | What to do |
                |---|---|
                | A {#a} | One |
                | A {#a} | Two |
                | A {#other} | Three |
                """);
        List<Entry> entries = result.pages().get(0).categories().get(0).entries();
        assertEquals(List.of("a", "other"), entries.stream().map(Entry::id).toList());
        assertEquals(List.of(" -> One", " -> Two"), texts(entries.get(0).causes()));
        assertEquals(
                List.of("t.md:6:1: warning: symptom \"A\" appears twice in category \"C\" (first on line 4)"),
                messages(result));
    }

    @Test
    void aContinuingRowWithoutSomethingToDoIsReportedLikeAnyRow() {
        assertEquals(List.of("t.md:5:6: error: row \"A\" says nothing to do"), messages("""
                ## C
                | Symptom | What to do |
                |---|---|
                | A | One |
                | A |  |
                """));
    }
}
