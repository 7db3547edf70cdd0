package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Category;
import org.troubleshoot.parse.ContentParser;

/** Files writers do not mean to write: each builds correctly or fails with a diagnostic, in bounded time. */
class OddFilesTest {
    @TempDir
    Path dir;

    private Path content() throws IOException {
        return Files.createDirectories(dir.resolve("content"));
    }

    private BuildResult build(Path content) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> Generator.builder()
                        .contentDirectory(content)
                        .outputDirectory(dir.resolve("site"))
                        .build()
                        .generate());
    }

    private static String table(int rows) {
        StringBuilder text = new StringBuilder("## Calls\n\n| Symptom | Likely cause | What to do |\n|---|---|---|\n");
        for (int i = 0; i < rows; i++) {
            text.append("| Symptom ")
                    .append(i)
                    .append(" | Cause ")
                    .append(i)
                    .append(" | Do ")
                    .append(i)
                    .append(" |\n");
        }
        return text.toString();
    }

    @Test
    void oldMacLineEndsByteOrderMarksEmptyFilesAndFrontMatterOnlyFilesBuild() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("cr.md"), table(3).replace('\n', '\r'));
        Files.writeString(content.resolve("bom.md"), "\uFEFF" + table(2));
        Files.writeString(content.resolve("empty.md"), "");
        Files.writeString(content.resolve("front.md"), "---\ntitle: Only front matter\n---\n");
        BuildResult result = build(content);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(5, result.site().entryCount());
        assertEquals(
                List.of(5, 6, 7),
                result.site().pages().stream()
                        .filter(p -> p.id().equals("cr"))
                        .flatMap(p -> p.categories().stream())
                        .flatMap(c -> c.entries().stream())
                        .map(e -> e.source().line())
                        .toList());
        assertTrue(Files.exists(dir.resolve("site/empty.html")));
        assertEquals(
                "Only front matter",
                result.site().pages().stream()
                        .filter(p -> p.id().equals("front"))
                        .findFirst()
                        .orElseThrow()
                        .title());
    }

    @Test
    void aFileInAnotherEncodingIsAnErrorNamingTheFile() throws IOException {
        Path content = content();
        Files.write(content.resolve("legacy.md"), "## Réseau\n".getBytes(StandardCharsets.UTF_16LE));
        BuildResult result = build(content);
        assertEquals(1, result.errorCount());
        assertEquals("legacy.md", result.diagnostics().get(0).file());
    }

    @Test
    void tenThousandRowsAFiveHundredColumnTableAndAOneMegabyteCellBuild() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("many-rows.md"), table(10_000));
        StringBuilder wide = new StringBuilder("## Wide\n\n| Symptom | What to do |");
        for (int i = 0; i < 498; i++) {
            wide.append(" Extra ").append(i).append(" |");
        }
        wide.append("\n|")
                .append("---|".repeat(500))
                .append("\n| Wide row | Do it |")
                .append(" x |".repeat(498))
                .append('\n');
        Files.writeString(content.resolve("wide.md"), wide.toString());
        Files.writeString(
                content.resolve("big-cell.md"),
                "## Big\n\n| Symptom | What to do |\n|---|---|\n| Big | " + "word ".repeat(200_000) + "|\n");
        BuildResult result = build(content);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(10_002, result.site().entryCount());
        Category wideCategory = result.site().pages().stream()
                .filter(p -> p.id().equals("wide"))
                .findFirst()
                .orElseThrow()
                .categories()
                .get(0);
        assertEquals(498, wideCategory.columns().extras().size());
        assertTrue(Files.readString(dir.resolve("site/big-cell/big.html")).length() > 1_000_000);
    }

    @Test
    void nestedListsAndQuotesInACellStayText() throws IOException {
        Path content = content();
        Files.writeString(
                content.resolve("nested.md"),
                "## Nested\n\n| Symptom | What to do |\n|---|---|\n| "
                        + "- ".repeat(200) + "deep | " + "> ".repeat(200) + "quoted |\n" + "\n" + "> ".repeat(500)
                        + "deep quote\n"
                        + "\n" + "  ".repeat(300) + "- indented\n");
        BuildResult result = build(content);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(1, result.site().entryCount());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithADiagnostic() throws IOException {
        Path content = content();
        Files.writeString(content.resolve("ok.md"), table(1));
        try (Writer out = Files.newBufferedWriter(content.resolve("huge.md"))) {
            String row = "| A long symptom row that repeats | cause | what to do |\n";
            for (long written = 0; written <= ContentParser.MAX_FILE_BYTES * 5; written += row.length()) {
                out.write(row);
            }
        }
        BuildResult result = build(content);
        assertEquals(1, result.errorCount());
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertEquals("huge.md", diagnostic.file());
        assertTrue(diagnostic.message().contains("pages may be at most 10 MB"), diagnostic.message());
    }

    @Test
    void otherFilesAreCopiedAndLinkedAndSymbolicLinksNeverLeadOutOfTheContentFolder() throws IOException {
        Path content = content();
        Files.createDirectories(content.resolve("images"));
        Files.write(content.resolve("images/flow.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(content.resolve("guide.pdf"), "%PDF-1.4");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "outside");
        Files.createSymbolicLink(content.resolve("leak.md"), secret);
        Files.createSymbolicLink(content.resolve("leak.txt"), secret);
        Files.createSymbolicLink(
                content.resolve("inside.md"), Files.writeString(content.resolve("real.md"), "# Real\n"));
        Files.writeString(content.resolve("troubleshooting.md"), """
                ## Calls
                | Symptom | What to do |
                |---|---|
                | No calls | See ![the flow](images/flow.png) and [the guide](guide.pdf) |
                """);
        BuildResult result = build(content);
        assertEquals(
                List.of("leak.md", "leak.txt"),
                result.diagnostics().stream().map(Diagnostic::file).toList());
        assertTrue(result.diagnostics().stream().noneMatch(Diagnostic::isError));
        Path site = dir.resolve("site");
        assertTrue(Files.exists(site.resolve("images/flow.png")));
        assertTrue(Files.exists(site.resolve("guide.pdf")));
        assertTrue(Files.exists(site.resolve("inside.html")));
        assertTrue(!Files.exists(site.resolve("leak.html")) && !Files.exists(site.resolve("leak.txt")));
        assertEquals(List.of(), new SiteChecks(site).brokenLinks());
        String calls = Files.readString(site.resolve("troubleshooting/calls.html"));
        assertTrue(calls.contains("<img src=\"../images/flow.png\" alt=\"the flow\""), calls);
        assertTrue(calls.contains("href=\"../guide.pdf\""), calls);
    }
}
