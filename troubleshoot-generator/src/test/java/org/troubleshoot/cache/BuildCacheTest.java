package org.troubleshoot.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;
import org.troubleshoot.parse.ContentParser;
import org.troubleshoot.parse.ParseResult;
import org.troubleshoot.publish.FileStamp;

class BuildCacheTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            ---
            title: Calls
            order: -3
            ---
            # Calls

            Intro with a [link](faq.md#billing) and `code`.

            ## Calls {#calls #old-calls}
            | Symptom | Likely cause | What to do | Ticket |
            |---|---|---|---|
            | No calls | Sync \\* delay | **Wait** 15 `min` | T-1 |
            | Zürich calls drop ☎ | | Call 𝄞 support | |

            ## Closing words

            The end.
            """;

    private BuildCache.Snapshot snapshot() {
        ParseResult parsed = new ContentParser().parseText("calls.md", PAGE);
        Page page = parsed.pages().get(0);
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.warning("calls.md", 3, 1, "a warning", "a hint"),
                Diagnostic.error("x.md", 0, 0, "an error", "fix it"));
        return new BuildCache.Snapshot(
                new byte[] {1, 2, 3},
                new byte[] {4},
                Map.of("calls.md", new BuildCache.Parsed(new byte[] {9, 9}, parsed)),
                new Site(
                        new SiteSettings("Help", Optional.empty(), Optional.empty(), null, false),
                        List.of(page),
                        Map.of("calls", "2026-11-30")),
                diagnostics,
                List.of("left.pdf"),
                List.of(new BuildCache.Published("calls.html", "the page", "public")),
                Map.of("calls.html", new FileStamp(12, -5, "(dev=1,ino=2)")),
                Map.of("calls.html", new byte[] {7, 8}));
    }

    @Test
    void aSnapshotReadsBackAsWrittenSharingWhatItShared() throws IOException {
        BuildCache cache = new BuildCache(dir.resolve("cache"), "version 1");
        BuildCache.Snapshot written = snapshot();
        assertTrue(written.site().pages().get(0).categories().get(0).entries().size() == 2);
        Cell cause = written.site()
                .pages()
                .get(0)
                .categories()
                .get(0)
                .entries()
                .get(0)
                .cause();
        assertEquals(
                List.of("Sync \\* delay", "Sync * delay", "Sync * delay"),
                List.of(cause.markdown(), cause.html(), cause.text()),
                "a cell whose text is its HTML, not its Markdown");
        cache.write(dir.resolve("site"), written);
        BuildCache.Snapshot read = cache.read(dir.resolve("site")).orElseThrow();
        assertArrayEquals(written.key(), read.key());
        assertEquals(written.site().pages(), read.site().pages());
        assertEquals(written.site(), read.site());
        assertEquals(
                written.parsed().get("calls.md").result(),
                read.parsed().get("calls.md").result());
        assertArrayEquals(
                written.parsed().get("calls.md").hash(),
                read.parsed().get("calls.md").hash());
        assertSame(
                read.site().pages().get(0),
                read.parsed().get("calls.md").result().pages().get(0),
                "the linked page that is the parsed one is read as one object");
        assertEquals(written.site().lastChanged(), read.site().lastChanged());
        assertEquals(written.diagnostics(), read.diagnostics());
        assertEquals(written.leftOut(), read.leftOut());
        assertEquals(written.published(), read.published());
        assertEquals(written.stamps(), read.stamps());
        assertArrayEquals(written.configKey(), read.configKey());
        assertArrayEquals(written.inputs().get("calls.html"), read.inputs().get("calls.html"));
    }

    @Test
    void theDefaultTemplatesJarOrFolderIsPartOfTheCodeVersion() throws Exception {
        Path jar = dir.resolve("site-template.jar");
        assertEquals(
                Optional.of(jar),
                CodeVersion.templateLocation(new URL("jar:" + jar.toUri() + "!/troubleshoot/template/assets.list")));
        Path classes = dir.resolve("classes");
        assertEquals(
                Optional.of(classes),
                CodeVersion.templateLocation(classes.resolve("troubleshoot/template/assets.list")
                        .toUri()
                        .toURL()));
        String version = CodeVersion.of("1", List.of());
        URL template = getClass().getClassLoader().getResource("troubleshoot/template/assets.list");
        assertTrue(version.contains(CodeVersion.templateLocation(template).orElseThrow() + " "), version);
    }

    @Test
    void aTornAlteredForeignOrMisplacedFileIsNotTrusted() throws IOException {
        BuildCache cache = new BuildCache(dir.resolve("cache"), "version 1");
        Path site = dir.resolve("site");
        cache.write(site, snapshot());
        Path file = cache.fileFor(site);
        byte[] whole = Files.readAllBytes(file);

        assertEquals(Optional.empty(), new BuildCache(dir.resolve("cache"), "version 2").read(site));
        for (int at = whole.length / 3; at < whole.length; at += whole.length / 7) {
            byte[] altered = whole.clone();
            altered[at] ^= 0x01; // one bit, as a disk or a careless edit might flip it
            Files.write(file, altered);
            assertEquals(Optional.empty(), cache.read(site), "bit flipped at " + at);
        }
        for (int length : new int[] {0, 10, whole.length / 2, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, length));
            assertEquals(Optional.empty(), cache.read(site), "cut at " + length);
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        Files.write(file, longer);
        assertEquals(Optional.empty(), cache.read(site), "a byte added");
        Files.write(file, "{\"not\": \"a cache\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), cache.read(site));

        Files.write(file, whole);
        assertTrue(cache.read(site).isPresent());
        Path elsewhere = dir.resolve("other-site");
        Files.copy(file, cache.fileFor(elsewhere));
        assertEquals(Optional.empty(), cache.read(elsewhere), "a snapshot of another output folder");
    }
}
