package org.troubleshoot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.SeedTable;

class MainTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path content(String text) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("troubleshooting.md"), text);
        return content;
    }

    @Test
    void buildWritesTheSiteAndExitsZero() throws IOException {
        Path out = dir.resolve("out");
        Run run = run("build", SeedTable.SEED.getParent().toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        String counts = SeedTable.categories().size() + " categories, "
                + SeedTable.rows().size() + " entries";
        assertTrue(run.out().contains(counts), counts + " in " + run.out());
        assertTrue(Files.exists(out.resolve("troubleshooting/api-integrations.html")));
    }

    @Test
    void buildListsEveryPublishedFileWithItsOriginAndAudienceAndCountsWhatWasLeftOut() throws IOException {
        Path content = content("""
                ## Calls
                | Symptom | What to do |
                |---|---|
                | No calls | See [the diagram](flow.png) |
                """);
        Files.writeString(content.resolve("flow.png"), "a diagram");
        Files.writeString(content.resolve("notes.txt"), "not for readers");
        Path out = dir.resolve("out");
        Run run = run("build", content.toString(), "--out", out.toString(), "--list");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(
                lines.contains("troubleshooting/calls.html  public    troubleshooting.md:1 (the category \"Calls\")"),
                run.out());
        assertTrue(
                lines.stream()
                        .anyMatch(
                                l -> l.matches(
                                        "flow\\.png +public +flow\\.png \\(the file flow\\.png \\(linked from troubleshooting\\.md:4\\)\\)")),
                run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("index\\.html +public +the generated home page")), run.out());
        assertFalse(run.out().contains("notes.txt"), run.out());
        try (var files = Files.walk(out)) {
            long onDisk = files.filter(Files::isRegularFile).count();
            assertTrue(
                    lines.get(lines.size() - 1).endsWith(onDisk + " files published, 1 content files left out"),
                    run.out());
            assertEquals(onDisk, lines.size() - 1, "one line per file, then the summary");
        }
        assertTrue(run.err().contains("notes.txt is not published"), run.err());
    }

    @Test
    void checkReportsEveryErrorWithFileLineColumnAndHintAndExitsOne() throws IOException {
        Path content = content("""
                ## Calls
                | Symptom | What to do |
                |---|---|
                | A | B | C |
                |  | D |
                """);
        Run run = run("check", content.toString());
        assertEquals(1, run.code());
        assertEquals("""
                troubleshooting.md:4:11: error: row has 3 cells but the header has 2; the extra cells would be lost
                  hint: Write a | inside a cell as \\|, or add a column to the header.
                troubleshooting.md:5:1: error: row has an empty symptom
                  hint: Write the symptom a reader sees in the "Symptom" cell, or delete the row; to add a cause to the symptom above, repeat that symptom.
                2 error(s), 0 warning(s)
                """, run.err().replace(System.lineSeparator(), "\n"));
        assertFalse(run.err().contains("Exception"));
    }

    @Test
    void githubFormatPrintsOneAnnotationPerProblemOnStandardOutput() throws IOException {
        Path content = content("## Calls\n| Symptom | What to do |\n|---|---|\n| A, B | C | D |\n");
        Run run = run("check", content.toString(), "--format", "github");
        assertEquals(1, run.code());
        String file = (content.toAbsolutePath() + "/troubleshooting.md")
                .replace(":", "%3A")
                .replace(",", "%2C");
        assertEquals(
                "::error file=" + file + ",line=4,col=14,title=troubleshoot error::"
                        + "row has 3 cells but the header has 2; the extra cells would be lost"
                        + "%0AHint: Write a | inside a cell as \\|, or add a column to the header.\n",
                run.out().replace(System.lineSeparator(), "\n"));
        assertEquals("", run.err());
    }

    @Test
    void jsonFormatIsOneMachineReadableObject() throws IOException {
        Path content = content("---\ncolour: blue\n---\n## Calls\n| Symptom | What to do |\n|---|---|\n| A | |\n");
        Run run = run("check", content.toString(), "--format", "JSON");
        assertEquals(1, run.code());
        var json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(1, json.get("errors").getAsInt());
        assertEquals(1, json.get("warnings").getAsInt());
        var first = json.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals("warning", first.get("severity").getAsString());
        assertEquals(
                content.toAbsolutePath() + "/troubleshooting.md",
                first.get("file").getAsString());
        assertEquals(2, first.get("line").getAsInt());
        assertEquals(1, first.get("column").getAsInt());
        assertEquals("unknown front matter key 'colour'", first.get("message").getAsString());
    }

    @Test
    void buildWithErrorsWritesNothing() throws IOException {
        Path content = content("## Calls\n| Symptom | What to do |\n|---|---|\n| A |\n");
        Path out = dir.resolve("out");
        assertEquals(
                1, run("build", content.toString(), "--out", out.toString()).code());
        assertFalse(Files.exists(out));
    }

    @Test
    void warningsFailOnlyInStrictMode() throws IOException {
        Path content = content("---\ncolour: blue\n---\n## Calls\n| Symptom | What to do |\n|---|---|\n| A | B |\n");
        assertEquals(0, run("check", content.toString()).code());
        Run strict = run("check", content.toString(), "--strict");
        assertEquals(1, strict.code());
        assertTrue(strict.err().contains("troubleshooting.md:2:1: warning: unknown front matter key 'colour'"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run().code());
        assertEquals(2, run("build", "src/test/resources/seed").code()); // no --out
        assertEquals(2, run("frobnicate").code());
        Run missing = run("check", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("is not a folder"));
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("build") && help.out().contains("check"), help.out());
        assertEquals(0, run("build", "--help").code());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("troubleshoot "), version.out());
    }

    @Test
    void usageErrorsSayWhatIsWrongAndWhereToLook() {
        Run unknownOption = run("build", "src/test/resources/seed", "--out", dir.toString(), "--bogus");
        assertEquals(2, unknownOption.code());
        assertTrue(
                unknownOption.err().contains("--bogus")
                        && unknownOption.err().contains("hint: troubleshoot build --help"),
                unknownOption.err());
        Run badFormat = run("check", "src/test/resources/seed", "--format=xml");
        assertEquals(2, badFormat.code());
        assertTrue(badFormat.err().contains("unknown --format 'xml'"), badFormat.err());
        Run badPort = run("serve", "src/test/resources/seed", "--port", "eighty");
        assertEquals(2, badPort.code());
        assertTrue(badPort.err().contains("--port 'eighty' is not a port number"), badPort.err());
        Run twoFolders = run("check", "src/test/resources/seed", "other");
        assertEquals(2, twoFolders.code());
        assertTrue(twoFolders.err().contains("unexpected argument 'other'"), twoFolders.err());
        Run noOut = run("build", "src/test/resources/seed");
        assertTrue(noOut.err().contains("missing --out OUT_DIR"), noOut.err());
        Run badStale = run("check", "src/test/resources/seed", "--stale", "a year");
        assertEquals(2, badStale.code());
        assertTrue(badStale.err().contains("--stale 'a year' is not a number of days"), badStale.err());
        assertEquals(2, run("check", "src/test/resources/seed", "--stale", "-1").code());
        Run badLanguage = run("check", "src/test/resources/seed", "--language", "en,klingon");
        assertEquals(2, badLanguage.code());
        assertTrue(
                badLanguage.err().contains("--language: unknown language 'klingon'")
                        && badLanguage.err().contains("hint: Write a language code (BCP 47)"),
                badLanguage.err());
    }

    @Test
    void staleWarnsOnlyWhenAskedAndSaysSoWhenThereIsNoHistory() throws IOException {
        Path content = content("## Calls\n| Symptom | What to do |\n|---|---|\n| A | B |\n");
        Run plain = run("check", content.toString());
        assertEquals(0, plain.code(), plain.err());
        assertFalse(plain.err().contains("--stale"), plain.err());
        Run stale = run("check", content.toString(), "--stale", "30", "--strict");
        assertEquals(1, stale.code(), stale.err());
        assertTrue(stale.err().contains("warning: --stale 30 found no dates"), stale.err());
    }

    @Test
    void languageBuildsTheSiteInThatLanguage() throws IOException {
        Path out = dir.resolve("site");
        Run run = run("build", "src/test/resources/seed", "--out", out.toString(), "--language", "fr");
        assertEquals(0, run.code(), run.err());
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.startsWith("<!DOCTYPE html>\n<html lang=\"fr\"") && home.contains(">Accueil</a>"), home);
    }

    @Test
    void helpOfACommandListsItsOptions() {
        Run help = run("help", "build");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("-o, --out OUT_DIR") && help.out().contains("--template DIR"), help.out());
        Run serve = run("serve", "-h");
        assertEquals(0, serve.code());
        assertTrue(serve.out().contains("-p, --port N") && !serve.out().contains("--out"), serve.out());
        assertEquals(2, run("help", "frobnicate").code());
    }

    @Test
    void brokenLinksWarnBuildsWithTheLinksAsTextAndStrictStillFails() throws IOException {
        Path content = content("""
                ## Calls
                | Symptom | What to do |
                |---|---|
                | A | See [the guide](guide.md) and ![the diagram](flow.png) |
                """);
        Path out = dir.resolve("out");
        Run failing = run("build", content.toString(), "--out", out.toString());
        assertEquals(1, failing.code());
        assertTrue(
                failing.err().contains("troubleshooting.md:4:11: error: link to 'guide.md': no file guide.md"),
                failing.err());
        assertFalse(Files.exists(out));

        Run warned = run("build", content.toString(), "--out", out.toString(), "--broken-links", "warn");
        assertEquals(0, warned.code(), warned.err());
        assertTrue(
                warned.err()
                        .contains("troubleshooting.md:4:11: warning: link to 'guide.md': no file guide.md in "
                                + "the content folder; it is shown as text"),
                warned.err());
        String page = Files.readString(out.resolve("troubleshooting/calls.html"));
        assertTrue(page.contains("See <span class=\"left-out\">the guide</span> and the diagram"), page);
        assertFalse(page.contains("<img"), page);

        assertEquals(
                1,
                run("check", content.toString(), "--broken-links", "warn", "--strict")
                        .code());
        assertEquals(
                1, run("check", content.toString(), "--broken-links", "error").code());
        Run bad = run("check", content.toString(), "--broken-links", "ignore");
        assertEquals(2, bad.code());
        assertTrue(
                bad.err().contains("unknown --broken-links 'ignore'")
                        && bad.err().contains("error (the default) or warn"),
                bad.err());
        assertTrue(run("build", "--help").out().contains("--broken-links error|warn"));
    }
}
