package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.diagnostic.Diagnostic;

/**
 * Each row's last change, from git blame of a repository made here with fixed commit dates: shown on the row,
 * in site.json, and what {@code --stale} warns about.
 */
class RowDatesTest {
    @TempDir
    Path dir;

    private static final String FIRST = """
            # Troubleshooting

            ## Calls

            | Symptom | Likely cause | What to do |
            |---|---|---|
            | No calls | Sync delay | Wait |
            | No audio | Codec | Update |
            | Wrong company | Campaign name | Fix the config |
            """;

    /** Three commits: the table in 2021, its last row changed in 2023, a cause added to its first in 2024. */
    private Path repository() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path content = Files.createDirectories(repo.resolve("content"));
        EveryFeatureSite.git(repo, null, "init", "-q");
        Files.writeString(content.resolve("troubleshooting.md"), FIRST);
        EveryFeatureSite.commit(repo, "2021-02-03T10:00:00+00:00");
        Files.writeString(
                content.resolve("troubleshooting.md"), FIRST.replace("| Fix the config |", "| Fix the Five9 config |"));
        EveryFeatureSite.commit(repo, "2023-06-07T10:00:00+00:00");
        Files.writeString(
                content.resolve("troubleshooting.md"),
                FIRST.replace("| Fix the config |", "| Fix the Five9 config |")
                        .replace(
                                "| No calls | Sync delay | Wait |\n",
                                "| No calls | Sync delay | Wait |\n| No calls | Filter | Clear the filter |\n"));
        EveryFeatureSite.commit(
                repo, "2024-09-10T23:30:00-02:00"); // 2024-09-11 in UTC: the committer's own date counts
        return content;
    }

    private static Map<String, String> updated(Path site) throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(site.resolve("site.json")))
                .getAsJsonObject();
        Map<String, String> dates = new LinkedHashMap<>();
        for (JsonElement page : json.getAsJsonArray("pages")) {
            for (JsonElement category : page.getAsJsonObject().getAsJsonArray("categories")) {
                JsonArray entries = category.getAsJsonObject().getAsJsonArray("entries");
                for (JsonElement entry : entries) {
                    JsonObject object = entry.getAsJsonObject();
                    dates.put(
                            object.get("id").getAsString(),
                            object.has("updated") ? object.get("updated").getAsString() : null);
                }
            }
        }
        return dates;
    }

    @Test
    void everyEntryHasTheDateOfItsNewestRowInSiteJsonAndOnItsRow() throws Exception {
        Path content = repository();
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(
                Map.of("no-calls", "2024-09-10", "no-audio", "2021-02-03", "wrong-company", "2023-06-07"),
                updated(out));
        Document calls = new SiteChecks(out).page("troubleshooting/calls.html");
        assertEquals(
                "Updated 2021-02-03",
                calls.getElementById("no-audio").selectFirst("ul.related li").text());
        assertEquals(
                "2023-06-07",
                calls.getElementById("wrong-company").selectFirst("time").text());
        // A symptom with two causes says it once, under its last row.
        assertEquals(
                List.of("2024-09-10"),
                calls.getElementById("no-calls").parent().select("time").eachText());
    }

    @Test
    void aRowNotCommittedYetHasItsFilesDateAndAFileGitDoesNotKnowHasNone() throws Exception {
        Path content = repository();
        Path page = content.resolve("troubleshooting.md");
        // Insert a row above the others: their lines move, their dates do not.
        Files.writeString(
                page,
                Files.readString(page)
                        .replace(
                                "| No calls | Sync delay | Wait |\n",
                                "| Echo | Speaker | Use a headset |\n| No calls | Sync delay | Wait |\n"));
        Files.writeString(content.resolve("faq.md"), "# FAQ\n\n## Why?\nBecause.\n");
        Files.writeString(
                content.resolve("billing.md"),
                "## Billing\n\n| Symptom | What to do |\n|---|---|\n| Charged twice | Refund |\n");
        Path out = dir.resolve("site");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .outputDirectory(out)
                        .build()
                        .generate()
                        .diagnostics());
        Map<String, String> dates = updated(out);
        assertEquals("2024-09-10", dates.get("echo"), "not committed: the date of the file's last commit");
        assertEquals("2024-09-10", dates.get("no-calls"));
        assertEquals("2021-02-03", dates.get("no-audio"));
        assertEquals("2023-06-07", dates.get("wrong-company"));
        assertEquals(null, dates.get("charged-twice"), "a file git does not know has no date");
        assertTrue(dates.containsKey("charged-twice"));
    }

    @Test
    void withoutGitThereAreNoDates() throws IOException {
        Path content = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(content.resolve("troubleshooting.md"), FIRST);
        Path out = dir.resolve("site");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .outputDirectory(out)
                        .build()
                        .generate()
                        .diagnostics());
        assertTrue(updated(out).values().stream().allMatch(d -> d == null));
        assertTrue(new SiteChecks(out)
                .page("troubleshooting/calls.html")
                .select("time")
                .isEmpty());
    }

    @Test
    void staleWarnsAboutEveryEntryOlderThanTheLimitNewestFirstWithItsFileAndLine() throws Exception {
        Path content = repository();
        // A limit between the 2021 and the 2023 commits, counted from today.
        int days = (int) ChronoUnit.DAYS.between(LocalDate.parse("2022-06-01"), LocalDate.now());
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .staleDays(days)
                .build()
                .check();
        assertEquals(
                List.of("troubleshooting.md:9:1: warning: entry \"No audio\" in \"Calls\" last changed on"
                        + " 2021-02-03, " + ChronoUnit.DAYS.between(LocalDate.parse("2021-02-03"), LocalDate.now())
                        + " days ago (more than " + days + ")"),
                messages(result));
        assertTrue(result.output().isEmpty());

        int older = (int) ChronoUnit.DAYS.between(LocalDate.parse("2024-01-01"), LocalDate.now());
        List<String> stale =
                messages(Generator.builder()
                                .contentDirectory(content)
                                .staleDays(older)
                                .build()
                                .check())
                        .stream()
                        .map(m -> m.substring(0, m.indexOf(':', m.indexOf(':') + 1)))
                        .toList();
        assertEquals(List.of("troubleshooting.md:10", "troubleshooting.md:9"), stale, "newest first");
        // Warnings fail a strict check; without --stale there are none.
        assertTrue(Generator.builder()
                .contentDirectory(content)
                .staleDays(older)
                .strict(true)
                .build()
                .check()
                .failed());
        assertEquals(
                List.of(),
                Generator.builder().contentDirectory(content).build().check().diagnostics());
    }

    @Test
    void staleSaysSoWhenThereAreNoDatesToJudge() throws IOException {
        Path content = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(content.resolve("troubleshooting.md"), FIRST);
        List<Diagnostic> diagnostics = Generator.builder()
                .contentDirectory(content)
                .staleDays(30)
                .build()
                .check()
                .diagnostics();
        assertEquals(1, diagnostics.size());
        assertTrue(diagnostics.get(0).message().startsWith("--stale 30 found no dates"), diagnostics.toString());
    }

    @Test
    void thePreviewBlamesAnEditedFileAgainSoMovedRowsKeepTheirDates() throws Exception {
        Path content = repository();
        try (IncrementalBuild build =
                Generator.builder().contentDirectory(content).build().incremental(null)) {
            assertTrue(build.rebuild().ok());
            assertEquals("2023-06-07", updated(build.folder()).get("wrong-company"));
            Path page = content.resolve("troubleshooting.md");
            Files.writeString(
                    page,
                    Files.readString(page)
                            .replace(
                                    "| No calls | Sync delay | Wait |\n",
                                    "| Echo | Speaker | Use a headset |\n| No calls | Sync delay | Wait |\n"));
            assertTrue(build.rebuild(List.of(page), false).ok());
            Map<String, String> dates = updated(build.folder());
            assertEquals("2023-06-07", dates.get("wrong-company"), "its line moved down one");
            assertEquals("2021-02-03", dates.get("no-audio"));
            assertEquals("2024-09-10", dates.get("echo"));
        }
    }

    private static List<String> messages(BuildResult result) {
        return result.diagnostics().stream()
                .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                .toList();
    }
}
