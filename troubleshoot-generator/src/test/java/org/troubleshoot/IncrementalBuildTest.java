package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview's build: it serves what the plan holds and nothing else, and follows edits. */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    private IncrementalBuild build;

    @AfterEach
    void close() throws IOException {
        if (build != null) {
            build.close();
        }
    }

    private Path content() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("troubleshooting.md"), """
                Find your symptom below.

                ## Calls
                | Symptom | What to do |
                |---|---|
                | No calls | Wait |
                """);
        Files.writeString(content.resolve("credentials.yml"), "password: hunter2");
        return content;
    }

    @Test
    void onlyTheFilesOfThePlanAreServed() throws IOException {
        Path content = content();
        build = Generator.builder().contentDirectory(content).build().incremental(null);
        assertTrue(build.rebuild().ok());
        assertTrue(build.file("index.html").isPresent());
        assertTrue(build.file("troubleshooting/calls.html").isPresent());
        assertFalse(build.file("credentials.yml").isPresent(), "a content file no page links to");
        assertFalse(build.file("../content/credentials.yml").isPresent());

        Files.writeString(build.folder().resolve("stray.html"), "left by something else");
        assertFalse(build.file("stray.html").isPresent(), "a file in the folder that the plan does not hold");

        // A category renamed: its old page is no longer in the plan, even if the folder still had it.
        Files.writeString(
                content.resolve("troubleshooting.md"),
                Files.readString(content.resolve("troubleshooting.md")).replace("## Calls", "## Phone calls"));
        IncrementalBuild.Rebuild rebuild = build.rebuild(List.of(content.resolve("troubleshooting.md")), false);
        assertTrue(rebuild.ok(), rebuild.diagnostics().toString());
        assertFalse(build.file("troubleshooting/calls.html").isPresent());
        assertTrue(build.file("troubleshooting/phone-calls.html").isPresent());
    }

    @Test
    void anEditOfACodeOrOfAFurtherCauseReachesTheFilesThePagesShare() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path page = content.resolve("troubleshooting.md");
        Files.writeString(page, """
                ## API
                | Symptom | Likely cause | What to do | Code |
                |---|---|---|---|
                | 401 Unauthorized | Token expired | Refresh the token | E401 |
                | 401 Unauthorized | Key revoked | Create a key | |
                """);
        build = Generator.builder().contentDirectory(content).build().incremental(null);
        assertTrue(build.rebuild().ok());
        assertTrue(build.file("e/E401.html").isPresent());

        // The code: its page, codes.json and the search index show it.
        Files.writeString(page, Files.readString(page).replace("E401", "E402"));
        IncrementalBuild.Rebuild recoded = build.rebuild(List.of(page), false);
        assertTrue(recoded.ok(), recoded.diagnostics().toString());
        assertFalse(build.file("e/E401.html").isPresent());
        assertTrue(build.file("e/E402.html").isPresent());
        assertTrue(Files.readString(build.file("codes.json").orElseThrow()).contains("\"E402\""));

        // The second cause's step: related entries and search read every cause.
        Files.writeString(page, Files.readString(page).replace("Create a key", "Rotate the key"));
        IncrementalBuild.Rebuild recaused = build.rebuild(List.of(page), false);
        assertTrue(recaused.ok(), recaused.diagnostics().toString());
        assertTrue(Files.readString(build.file("assets/search/d-0.js").orElseThrow())
                .contains("Rotate the key"));
    }

    @Test
    void aTemporaryFileAnEditorSavedThroughIsNotAChangeOfTheSite() throws IOException {
        Path content = content();
        build = Generator.builder().contentDirectory(content).build().incremental(null);
        assertTrue(build.rebuild().ok());
        Path page = content.resolve("troubleshooting.md");
        Files.writeString(page, Files.readString(page).replace("Find your symptom below.", "Find it below."));
        // sed -i and some editors write a temporary file and rename it over the page: both are reported.
        IncrementalBuild.Rebuild rebuild = build.rebuild(List.of(content.resolve("sedX4Yb2q"), page), false);
        assertTrue(rebuild.ok(), rebuild.diagnostics().toString());
        assertEquals(1, rebuild.filesParsed(), "only the page is read again");
        assertEquals(
                3,
                rebuild.filesWritten(),
                "the page, its category page and the home page, which shows the "
                        + "introduction: not every shared file, as a change of the site would need");
        assertTrue(Files.readString(build.file("troubleshooting.html").orElseThrow())
                .contains("Find it below."));
    }

    @Test
    void anEditOfAPagesIntroductionReachesTheHomePageThatShowsIt() throws IOException {
        Path content = content();
        build = Generator.builder().contentDirectory(content).build().incremental(null);
        assertTrue(build.rebuild().ok());
        Path page = content.resolve("troubleshooting.md");
        Files.writeString(page, Files.readString(page).replace("Find your symptom below.", "Find it below."));
        IncrementalBuild.Rebuild rebuild = build.rebuild(List.of(page), false);
        assertTrue(rebuild.ok(), rebuild.diagnostics().toString());
        assertEquals(1, rebuild.filesParsed());
        assertEquals(3, rebuild.filesWritten(), "the page, its category page, and the home page");
        assertTrue(Files.readString(build.file("index.html").orElseThrow()).contains("Find it below."));
        assertTrue(Files.readString(build.file("troubleshooting.html").orElseThrow())
                .contains("Find it below."));
    }

    @Test
    void anEditOfAGermanPageWritesItsFilesAndTheGermanHomePageOnly() throws IOException {
        Path content = LanguageSites.threeLanguages(dir.resolve("content"));
        Files.writeString(
                content.resolve("de/troubleshooting.md"),
                "Finden Sie Ihr Symptom.\n\n"
                        + Files.readString(content.resolve("de/troubleshooting.md"))
                                .replace("# Fehlerbehebung\n", ""));
        build = Generator.builder().contentDirectory(content).build().incremental(null);
        assertTrue(build.rebuild().ok());
        Path page = content.resolve("de/troubleshooting.md");
        Files.writeString(page, Files.readString(page).replace("Finden Sie Ihr Symptom.", "Hier entlang."));
        IncrementalBuild.Rebuild rebuild = build.rebuild(List.of(page), false);
        assertTrue(rebuild.ok(), rebuild.diagnostics().toString());
        assertEquals(1, rebuild.filesParsed());
        assertEquals(3, rebuild.filesWritten(), "the page, its category page, and the German home page");
        assertTrue(Files.readString(build.file("de/index.html").orElseThrow()).contains("Hier entlang."));
        assertFalse(Files.readString(build.file("index.html").orElseThrow()).contains("Hier entlang."));
        assertTrue(Files.readString(build.file("de/index.html").orElseThrow()).contains("<html lang=\"de\""));
    }
}
