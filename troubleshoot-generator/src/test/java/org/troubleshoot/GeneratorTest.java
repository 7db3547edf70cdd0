package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.diagnostic.Diagnostic;

class GeneratorTest {
    @TempDir
    Path dir;

    private Path content(String file, String text) throws IOException {
        Path content = dir.resolve("content");
        Path path = content.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return content;
    }

    private static final String GOOD = """
            ## Calls
            | Symptom | Likely cause | What to do |
            |---|---|---|
            | No calls | Sync delay | Wait 15 min |
            """;

    private BuildResult generate(Path content, Path out) {
        return Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
    }

    @Test
    void theSeedFileBuildsWithTheGeneratorIntoOnePagePerCategory() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = generate(SeedTable.SEED.getParent(), out);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(SeedTable.rows().size(), result.site().entryCount());
        try (Stream<Path> files = Files.list(out.resolve("troubleshooting"))) {
            assertEquals(
                    SeedTable.categories().size(),
                    files.filter(f -> f.toString().endsWith(".html")).count());
        }
        assertEquals(List.of(), new SiteChecks(out).brokenLinks());
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdenticalWhereverTheyAreWritten() throws IOException {
        Path first = dir.resolve("one/site");
        Path second = dir.resolve("two/deeper/site");
        generate(SeedTable.SEED.getParent(), first);
        generate(SeedTable.SEED.getParent(), second);
        Map<String, byte[]> a = SiteChecks.allBytes(first);
        Map<String, byte[]> b = SiteChecks.allBytes(second);
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWasAndNoStagingBehind() throws IOException {
        Path content = content("troubleshooting.md", GOOD);
        Path out = dir.resolve("site");
        assertTrue(generate(content, out).output().isPresent());
        Map<String, byte[]> before = SiteChecks.allBytes(out);

        content("troubleshooting.md", GOOD + "| Broken row | only two |\n");
        BuildResult failed = generate(content, out);
        assertTrue(failed.hasErrors());
        assertFalse(failed.output().isPresent());
        Map<String, byte[]> after = SiteChecks.allBytes(out);
        assertEquals(before.keySet(), after.keySet());
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name);
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(
                    List.of("content", "site"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSuccessfulBuildReplacesTheWholePreviousSite() throws IOException {
        Path content = content("old.md", GOOD);
        Path out = dir.resolve("site");
        generate(content, out);
        assertTrue(Files.exists(out.resolve("old.html")));
        Files.move(content.resolve("old.md"), content.resolve("new.md"));
        generate(content, out);
        assertFalse(Files.exists(out.resolve("old.html")));
        assertTrue(Files.exists(out.resolve("new.html")));
    }

    @Test
    void theOutputFolderMayNotContainTheContentNorReplaceAFolderThatIsNotASite() throws IOException {
        Path content = content("troubleshooting.md", GOOD);
        BuildResult intoParent = generate(content, dir);
        assertEquals(1, intoParent.errorCount());
        assertTrue(intoParent.diagnostics().get(0).message().contains("is the content folder or contains it"));

        Path precious = dir.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.txt"), "do not delete");
        BuildResult overPrecious = generate(content, precious);
        assertTrue(overPrecious.diagnostics().get(0).message().contains("is not a site built by troubleshoot"));
        assertTrue(overPrecious.diagnostics().get(0).hint().contains("empty folder"));
        assertEquals("do not delete", Files.readString(precious.resolve("thesis.txt")));
    }

    @Test
    void anOutputFolderInsideTheContentFolderIsNeverReadBackAsContent() throws IOException {
        Path content = content("troubleshooting.md", GOOD);
        Files.createDirectories(content.resolve("target/site"));
        Files.writeString(content.resolve("target/site/stale.md"), "# Stale\n");
        Files.writeString(content.resolve("target/site/site.json"), "{}"); // a previous build
        BuildResult result = generate(content, content.resolve("target/site"));
        assertEquals(List.of(), result.diagnostics());
        assertEquals(
                List.of("troubleshooting"),
                result.site().pages().stream().map(p -> p.id()).toList());
    }

    @Test
    void aTemplateFolderOverridesSingleTemplatesAndAddsAssets() throws IOException {
        Path content = content("troubleshooting.md", GOOD);
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(
                theme.resolve("home.mustache"),
                "{{<layout}}{{$main}}<p id=\"custom\">{{layout.siteTitle}}</p>{{/main}}{{/layout}}");
        Files.writeString(theme.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .templateDirectory(theme)
                .title("Custom")
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        SiteChecks site = new SiteChecks(out);
        assertEquals("Custom", site.page("index.html").getElementById("custom").text());
        // The other templates are still the default ones.
        assertEquals(
                1,
                site.page("troubleshooting/calls.html").select("table.entries").size());
        assertTrue(Files.exists(out.resolve("assets/logo.svg")));
        assertTrue(Files.exists(out.resolve("assets/style.css")));
    }

    @Test
    void aBrokenTemplateIsReportedByNameAndNothingIsWritten() throws IOException {
        Path content = content("troubleshooting.md", GOOD);
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("category.mustache"), "{{#entries}} never closed");
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .templateDirectory(theme)
                .build()
                .generate();
        assertEquals(1, result.errorCount());
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertTrue(diagnostic.file().endsWith("category.mustache"), diagnostic.file());
        assertTrue(diagnostic.message().startsWith("template error:"), diagnostic.message());
        assertFalse(Files.exists(out));
    }

    @Test
    void writersHtmlKeepsTheAllowedTagsAndLosesTheRestWithItsTextKept() throws IOException {
        Path content = content("troubleshooting.md", """
                ## Calls
                | Symptom | What to do |
                |---|---|
                | Error<br>code 7 <script>alert(1)</script> | Click <b onclick="x()">here</b> |
                """);
        Path out = dir.resolve("site");
        BuildResult result = generate(content, out);
        assertEquals(
                List.of(
                        "troubleshooting.md:4:19: warning: HTML removed, its text kept: <script>",
                        "troubleshooting.md:4:53: warning: HTML removed, its text kept: <b onclick>"),
                result.diagnostics().stream()
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
        String html = Files.readString(out.resolve("troubleshooting/calls.html"));
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("alert(1)"), html);
        assertFalse(html.contains("onclick"), html);
        assertTrue(html.contains("Error<br>code 7"), html);
        assertTrue(html.contains("Click <b>here</b>"), html);
        // The text of a cell is what a reader sees: the line break is a space.
        assertEquals(
                "Error code 7 ¶",
                new SiteChecks(out)
                        .page("troubleshooting/calls.html")
                        .selectFirst("tbody th")
                        .text());
        assertEquals(
                "error-code-7",
                new SiteChecks(out)
                        .page("troubleshooting/calls.html")
                        .selectFirst("tbody tr")
                        .id());
    }

    @Test
    void aVeryLargeSiteListsCategoriesOnItsHomePageAndHasNoAllOnOnePage() throws IOException {
        // Three pages of seven categories of 100 rows: 2,100 entries, just over the limit.
        for (int file = 0; file < 3; file++) {
            StringBuilder page = new StringBuilder("# Guide " + file + "\n");
            for (int category = 0; category < 7; category++) {
                page.append("\n## Area ").append(category).append("\n\n| Symptom | What to do |\n|---|---|\n");
                for (int row = 0; row < 100; row++) {
                    page.append("| Problem ")
                            .append(file)
                            .append('-')
                            .append(category)
                            .append('-')
                            .append(row)
                            .append(" | Fix it |\n");
                }
            }
            content("guide-" + file + ".md", page.toString());
        }
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(dir.resolve("content"))
                .outputDirectory(out)
                .baseUrl("https://help.example.com/")
                .build()
                .generate();
        assertEquals(2100, result.site().entryCount());
        assertFalse(Files.exists(out.resolve("all.html")));
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.contains("Area 6") && home.contains("100 entries"), "categories and counts stay");
        assertFalse(home.contains("Problem 0-0-0"), "symptoms are left to search and the A-Z index");
        assertFalse(home.contains("all.html")
                || Files.readString(out.resolve("guide-0/area-0.html")).contains("all.html"));
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("all.html"));
        assertTrue(Files.readString(out.resolve("a-z.html")).contains("Problem 2-6-99"));
        assertTrue(
                Files.readString(out.resolve("guide-0.html")).contains("Problem 0-6-99"),
                "each troubleshooting page still lists its symptoms");
        assertEquals(List.of(), new SiteChecks(out).brokenLinks());
    }
}
