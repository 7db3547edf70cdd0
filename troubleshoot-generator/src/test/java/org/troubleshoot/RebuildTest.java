package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.publish.FileStamp;

/**
 * Rebuilding into an existing output folder, with and without the build cache: only files whose bytes change
 * are new, the output is byte for byte a fresh build's, and the cache is never trusted blindly.
 */
class RebuildTest {
    @TempDir
    Path dir;

    private Path content() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        try (Stream<Path> seed = Files.list(SeedTable.SEED.getParent())) {
            for (Path file : seed.toList()) {
                Files.copy(file, content.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(content.resolve("faq.md"), """
                ---
                kind: faq
                ---
                # FAQ

                ## How do I reset my password?

                Use the **Forgot password** link.
                """);
        return content;
    }

    private BuildResult build(Path content, Path out, Path cache) {
        return Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .cacheDirectory(cache)
                .build()
                .generate();
    }

    /** Inode and modification time of every file, by path. */
    private static Map<String, FileStamp> stamps(Path root) throws IOException {
        Map<String, FileStamp> stamps = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                stamps.put(root.relativize(file).toString(), FileStamp.of(file));
            }
        }
        return stamps;
    }

    private static void assertSameBytes(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = SiteChecks.allBytes(expected);
        Map<String, byte[]> b = SiteChecks.allBytes(actual);
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
    }

    @Test
    void anUnchangedRebuildRewritesNoFileWithOrWithoutTheCache() throws IOException {
        Path content = content();
        for (Path cache : new Path[] {null, dir.resolve("cache")}) {
            Path out = dir.resolve("site-" + (cache == null ? "plain" : "cached"));
            BuildResult first = build(content, out, cache);
            Map<String, FileStamp> before = stamps(out);
            Object folder = Files.getAttribute(out, "unix:ino");
            BuildResult again = build(content, out, cache);
            assertEquals(before, stamps(out), "every file keeps its inode and time");
            assertEquals(folder, Files.getAttribute(out, "unix:ino"), "the folder itself is not replaced");
            assertEquals(first.diagnostics(), again.diagnostics());
            assertEquals(first.published(), again.published());
            assertEquals(first.leftOut(), again.leftOut());
            assertEquals(first.site(), again.site());
            assertEquals(first.output(), again.output());
        }
    }

    @Test
    void aOneRowEditRewritesExactlyTheFilesWhoseBytesChangeAndMatchesAFreshBuild() throws IOException {
        Path content = content();
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("site");
        build(content, out, cache);
        Map<String, byte[]> bytesBefore = SiteChecks.allBytes(out);
        Map<String, FileStamp> before = stamps(out);
        Path page = content.resolve("troubleshooting.md");
        String text = Files.readString(page);
        Files.writeString(page, text.replace("Wait 15 min", "Wait 20 min"));
        assertTrue(!text.equals(Files.readString(page)), "the seed has the cell this test edits");

        BuildResult result = build(content, out, cache);
        assertTrue(result.output().isPresent());
        assertTrue(
                result.timings().containsKey("parse (1 of 2 files)"),
                result.timings().toString());
        // The FAQ's page is the one file whose inputs the edit left as they were: it is not even made.
        assertTrue(
                result.timings().keySet().stream()
                        .anyMatch(stage -> stage.startsWith(
                                "write and publish (" + (result.published().size() - 1) + " made, ")),
                result.timings().toString());
        Map<String, byte[]> bytesAfter = SiteChecks.allBytes(out);
        Map<String, FileStamp> after = stamps(out);
        Set<String> changed = new TreeSet<>();
        for (String name : after.keySet()) {
            boolean sameBytes = Arrays.equals(bytesBefore.get(name), bytesAfter.get(name));
            assertEquals(sameBytes, after.get(name).equals(before.get(name)), name);
            if (!sameBytes) {
                changed.add(name);
            }
        }
        assertTrue(changed.contains("site.json"), changed.toString());
        assertTrue(changed.size() < after.size() / 4, changed.toString());

        Path fresh = dir.resolve("fresh");
        build(content, fresh, null);
        assertSameBytes(fresh, out);
    }

    @Test
    void aChangedOrDamagedOutputFolderIsPublishedAgainThoughNoInputChanged() throws IOException {
        Path content = content();
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("site");
        build(content, out, cache);
        Files.writeString(out.resolve("index.html"), "defaced");
        Files.writeString(out.resolve("stray.html"), "not ours");
        Files.delete(out.resolve("faq.html"));
        build(content, out, cache);
        Path fresh = dir.resolve("fresh");
        build(content, fresh, null);
        assertSameBytes(fresh, out);
    }

    @Test
    void aCorruptOrForeignCacheIsIgnoredAndRebuilt() throws IOException {
        Path content = content();
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("site");
        build(content, out, cache);
        Path file;
        try (Stream<Path> files = Files.list(cache)) {
            file = files.filter(f -> f.getFileName().toString().endsWith(".bin"))
                    .findFirst()
                    .orElseThrow();
        }
        // The content changes, and the cache claims the old parse for the new bytes: a flipped byte in it
        // must make it untrusted as a whole.
        Path page = content.resolve("troubleshooting.md");
        Files.writeString(page, Files.readString(page).replace("Wait 15 min", "Wait 20 min"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        BuildResult result = build(content, out, cache);
        assertTrue(
                result.timings().containsKey("parse (2 of 2 files)"),
                result.timings().toString());
        Path fresh = dir.resolve("fresh");
        build(content, fresh, null);
        assertSameBytes(fresh, out);

        Files.writeString(file, "not a cache at all");
        assertTrue(build(content, out, cache).timings().containsKey("parse (2 of 2 files)"));
        assertSameBytes(fresh, out);
    }

    @Test
    void aTemplateOrSettingsChangeIsAnInputToo() throws IOException {
        Path content = content();
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("site");
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/extra.css"), "a { color: red }");
        Generator.Builder builder = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .cacheDirectory(cache)
                .templateDirectory(templates);
        builder.build().generate();
        Files.writeString(templates.resolve("assets/extra.css"), "a { color: blue }");
        builder.build().generate();
        assertEquals("a { color: blue }", Files.readString(out.resolve("assets/extra.css")));

        Files.writeString(content.resolve("troubleshoot.properties"), "title = Another Help Center\n");
        builder.build().generate();
        assertTrue(Files.readString(out.resolve("index.html")).contains("Another Help Center"));
    }

    /** One change of the inputs: {@code reusesPages} when some page's files must be kept as they were. */
    private record Edit(String name, boolean reusesPages, Change change) {}

    private interface Change {
        void apply(Path repository, Path content, Path templates) throws IOException;
    }

    private static void replace(Path file, String text, String replacement) throws IOException {
        String before = Files.readString(file);
        assertTrue(before.contains(text), file + " has " + text);
        Files.writeString(file, before.replace(text, replacement));
    }

    /**
     * Every value a page shows that another file holds — git's dates of files and rows, translations and the
     * language switcher, old ids, codes, related entries, navigation, settings, messages — changed one at a time:
     * each cached rebuild is byte for byte a build without the cache, and pages the change does not touch are not
     * made again (so the rebuild relied on what {@code PageInputs} says a page is made from).
     */
    @Test
    void aRebuildAfterAnyInputOfAPageChangedIsAFreshBuild() throws IOException {
        Path repository = dir.resolve("repo");
        Path content = EveryFeatureSite.write(repository);
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path out = dir.resolve("site");
        Generator.Builder cached = Generator.builder()
                .contentDirectory(content)
                .templateDirectory(templates)
                .outputDirectory(out)
                .cacheDirectory(dir.resolve("cache"));
        assertTrue(cached.build().generate().output().isPresent());
        List<Edit> edits = List.of(
                new Edit(
                        "the last commit dated again: every file's and row's date",
                        false,
                        (repo, c, t) -> EveryFeatureSite.redate(repo, "2025-05-06T10:00:00+00:00")),
                new Edit("one file committed: its rows' dates", true, (repo, c, t) -> {
                    replace(c.resolve("de/troubleshooting.md"), "15 Minuten warten", "20 Minuten warten");
                    EveryFeatureSite.commit(repo, "2025-07-08T10:00:00+00:00");
                }),
                new Edit(
                        "the first of two commits dated again: rows' dates, not files'",
                        false,
                        (repo, c, t) -> EveryFeatureSite.redateFirstOfTwo(repo, "2023-01-02T10:00:00+00:00")),
                new Edit(
                        "a row not committed yet: the date of its file",
                        true,
                        (repo, c, t) -> replace(
                                c.resolve("troubleshooting.md"),
                                "| No audio |",
                                "| Echo | Speaker | Use a headset | |\n| No audio |")),
                new Edit(
                        "a translation of an unchanged page: its language switcher and hreflang",
                        true,
                        (repo, c, t) -> Files.writeString(
                                c.resolve("de/contact.md"), "---\nkind: contact\n---\n# Kontakt\n\nRufen Sie an.\n")),
                new Edit(
                        "translationOf removed: the page it named has no switcher",
                        true,
                        (repo, c, t) -> replace(c.resolve("de/haeufige-fragen.md"), "translationOf: ../faq.md\n", "")),
                new Edit(
                        "a category's old id: its old page and the language's aliases.js",
                        true,
                        (repo, c, t) -> replace(c.resolve("de/troubleshooting.md"), "{#calls}", "{#calls #anrufe}")),
                new Edit(
                        "a code added to a row: its code page and codes.json",
                        true,
                        (repo, c, t) -> replace(c.resolve("troubleshooting.md"), "| 503 |", "| 503, E503 |")),
                new Edit(
                        "a page on another file whose row shares a cause: related entries",
                        true,
                        (repo, c, t) -> Files.writeString(
                                c.resolve("billing.md"),
                                "# Billing\n\n## Invoices\n\n| Symptom | Likely cause | "
                                        + "What to do |\n|---|---|---|\n| Invoice not sent | Token expired | Sign in again |\n")),
                new Edit(
                        "the symptom of a related entry on another file, its id kept: the links to it",
                        true,
                        (repo, c, t) -> replace(
                                c.resolve("billing.md"), "Invoice not sent", "Invoice never sent {#invoice-not-sent}")),
                new Edit(
                        "the category title of a related entry on another file, its id kept: the links to it",
                        true,
                        (repo, c, t) -> replace(
                                c.resolve("billing.md"), "## Invoices", "## Invoices and receipts {#invoices}")),
                new Edit(
                        "a page's title: every page's navigation",
                        true,
                        (repo, c, t) -> replace(c.resolve("faq.md"), "# FAQ", "# Questions")),
                new Edit(
                        "a row dropped: its old address",
                        true,
                        (repo, c, t) -> replace(
                                c.resolve("troubleshooting.md"),
                                "| No calls {#no-calls #calls-missing}",
                                "| No calls {#no-calls #calls-missing #no-incoming-calls}")),
                new Edit(
                        "the feedback and no-results addresses",
                        false,
                        (repo, c, t) -> replace(c.resolve("troubleshoot.properties"), "feedback?entry", "vote?entry")),
                new Edit(
                        "the site's languages",
                        false,
                        (repo, c, t) -> replace(
                                c.resolve("troubleshoot.properties"), "languages = en, de", "languages = en, de, ja")),
                new Edit(
                        "a message of the template folder",
                        false,
                        (repo, c, t) -> Files.writeString(t.resolve("messages_de.properties"), "home = Anfang\n")),
                new Edit(
                        "the title",
                        false,
                        (repo, c, t) -> replace(
                                c.resolve("troubleshoot.properties"), "title = Portal Help", "title = Portal Hilfe")));
        for (int i = 0; i < edits.size(); i++) {
            Edit edit = edits.get(i);
            Map<String, byte[]> before = SiteChecks.allBytes(out);
            edit.change().apply(repository, content, templates);
            BuildResult result = cached.build().generate();
            assertTrue(result.output().isPresent(), edit.name() + ": " + result.diagnostics());
            assertFalse(before.equals(SiteChecks.allBytes(out)), edit.name() + " changes the site");
            Path fresh = dir.resolve("fresh-" + i);
            assertTrue(Generator.builder()
                    .contentDirectory(content)
                    .templateDirectory(templates)
                    .outputDirectory(fresh)
                    .build()
                    .generate()
                    .output()
                    .isPresent());
            assertSameBytes(fresh, out);
            int made = made(result);
            if (edit.reusesPages()) {
                assertTrue(made < result.published().size(), edit.name() + ": " + result.timings());
            } else {
                assertEquals(result.published().size(), made, edit.name() + ": " + result.timings());
            }
        }
    }

    @Test
    void whatTheParserIsSetToDecidesWhichParsedFilesAreKept() throws IOException {
        Path content = content();
        Path out = dir.resolve("site");
        Path cache = dir.resolve("cache");
        assertTrue(build(content, out, cache).timings().containsKey("parse (2 of 2 files)"));
        assertFalse(
                build(content, out, cache).timings().keySet().stream().anyMatch(s -> s.startsWith("parse")),
                "nothing changed: nothing is parsed");
        String property = "troubleshoot.markdown";
        String before = System.getProperty(property);
        try {
            System.setProperty(property, "flexmark"); // the triage switch: every page through Flexmark
            assertTrue(build(content, out, cache).timings().containsKey("parse (2 of 2 files)"));
            System.setProperty(property, "subset");
            assertTrue(build(content, out, cache).timings().containsKey("parse (2 of 2 files)"));
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
        // The site's own column names make other tables of the same bytes.
        Files.writeString(content.resolve("troubleshoot.properties"), "columns.fix = Vorgehen\n");
        assertTrue(build(content, out, cache).timings().containsKey("parse (2 of 2 files)"));
        Path fresh = dir.resolve("fresh");
        build(content, fresh, null);
        assertSameBytes(fresh, out);
    }

    @Test
    void theDatesOfRowsAreInputsThoughNoFileAndNoFilesDateChanged() throws IOException {
        Path repository = dir.resolve("repo");
        Path content = Files.createDirectories(repository.resolve("content"));
        Path page = content.resolve("troubleshooting.md");
        Files.writeString(
                page,
                "# Help\n\n## Calls\n\n| Symptom | What to do |\n|---|---|\n| No calls | Wait |\n"
                        + "| No audio | Update |\n");
        EveryFeatureSite.commit(repository, "2021-02-03T10:00:00+00:00");
        replace(page, "| Wait |", "| Wait 15 min |");
        EveryFeatureSite.commit(repository, "2022-03-04T10:00:00+00:00");
        Path out = dir.resolve("site");
        Path cache = dir.resolve("cache");
        build(content, out, cache);
        assertTrue(Files.readString(out.resolve("troubleshooting/calls.html")).contains("2021-02-03"));
        // The row "No audio" was written by the first commit: only its date changes.
        EveryFeatureSite.redateFirstOfTwo(repository, "2020-01-02T10:00:00+00:00");
        build(content, out, cache);
        String calls = Files.readString(out.resolve("troubleshooting/calls.html"));
        assertTrue(calls.contains("2020-01-02") && !calls.contains("2021-02-03"), calls);
        Path fresh = dir.resolve("fresh");
        build(content, fresh, null);
        assertSameBytes(fresh, out);
    }

    /** How many files a build made (the others were the last build's, kept unmade). */
    private static int made(BuildResult result) {
        for (String stage : result.timings().keySet()) {
            Matcher m = Pattern.compile("write and publish \\((\\d+) made, ").matcher(stage);
            if (m.lookingAt()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no publish stage in " + result.timings());
    }

    @Test
    void aCacheInsideTheOutputFolderIsRefused() throws IOException {
        Path content = content();
        Path out = dir.resolve("site");
        BuildResult result = build(content, out, out.resolve("cache"));
        assertFalse(result.output().isPresent());
        assertTrue(
                result.diagnostics().get(0).message().contains("inside the output folder"),
                result.diagnostics().toString());
        assertFalse(Files.exists(out));
    }
}
