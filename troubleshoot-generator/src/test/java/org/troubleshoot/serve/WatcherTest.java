package org.troubleshoot.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher's contract, on the operating system's real events: whole trees (new folders too), excluded and
 * hidden paths left out, a burst reported as one batch, template changes flagged.
 */
class WatcherTest {
    /** Generous, as the machine may be busy: how quickly a change arrives is bench/run.py's business. */
    private static final long WAIT_SECONDS = 30;
    /** A burst's writes come microseconds apart; half a second of quiet keeps a busy machine from splitting it. */
    private static final long QUIET_MILLIS = 500;

    @TempDir
    Path dir;

    private Path content;
    private Path templates;
    private Watcher watcher;
    private final BlockingQueue<Batch> batches = new LinkedBlockingQueue<>();

    private record Batch(Set<Path> paths, boolean templates) {}

    @BeforeEach
    void folders() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "# A\n");
        Files.writeString(content.resolve("b.md"), "# B\n");
        Files.createDirectories(content.resolve("target/site"));
        Files.createDirectories(content.resolve(".git"));
        templates = Files.createDirectories(dir.resolve("templates"));
    }

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void watch(Path templateFolder, Set<Path> excluded) throws Exception {
        watcher = new Watcher(
                content,
                Optional.of(templateFolder),
                excluded,
                (paths, inTemplates) -> batches.add(new Batch(Set.copyOf(paths), inTemplates)),
                QUIET_MILLIS);
        watcher.start();
    }

    /** The batches up to and including the first that has {@code path}. */
    private List<Batch> batchesUntil(Path path) throws InterruptedException {
        List<Batch> seen = new ArrayList<>();
        while (true) {
            Batch batch = batches.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(batch, "no change reported with " + path + " after " + seen);
            seen.add(batch);
            if (batch.paths().contains(path)) {
                return seen;
            }
        }
    }

    @Test
    void aBurstOfChangesIsOneBatchWithEveryChangedPathInNewFoldersToo() throws Exception {
        watch(templates, Set.of());
        Files.writeString(content.resolve("a.md"), "# A changed\n");
        Files.writeString(content.resolve("b.md"), "# B changed\n");
        Path guides = Files.createDirectories(content.resolve("guides"));
        Files.writeString(guides.resolve("c.md"), "# C\n");

        Batch batch = batches.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(batch);
        assertEquals(
                Set.of(content.resolve("a.md"), content.resolve("b.md"), guides, guides.resolve("c.md")),
                batch.paths());
        assertFalse(batch.templates());

        // The new folder is watched itself from now on.
        Files.writeString(guides.resolve("c.md"), "# C changed\n");
        assertEquals(List.of(new Batch(Set.of(guides.resolve("c.md")), false)), batchesUntil(guides.resolve("c.md")));
    }

    @Test
    void excludedAndHiddenPathsAreNotReported() throws Exception {
        // Relative, as on the command line (--exclude target): relative to the working folder.
        Path target = Path.of("").toAbsolutePath().relativize(content.resolve("target"));
        watch(templates, Set.of(target));
        Files.writeString(content.resolve("target/site/index.html"), "<p>built</p>");
        Files.writeString(content.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(content.resolve(".a.md.swp"), "swap");
        Files.createDirectories(content.resolve(".cache/deep"));
        Files.writeString(content.resolve(".cache/deep/x.md"), "# X\n");
        Files.createDirectories(content.resolve("target/more"));
        Files.writeString(content.resolve("target/more/y.md"), "# Y\n");
        // Written last: every event before it has been reported by the time it is.
        Files.writeString(content.resolve("a.md"), "# A changed\n");

        for (Batch batch : batchesUntil(content.resolve("a.md"))) {
            assertEquals(Set.of(content.resolve("a.md")), batch.paths());
        }
    }

    @Test
    void templateChangesAreFlaggedEvenWhenTheTemplateFolderIsInsideTheContentAndExcludedFromIt() throws Exception {
        // As the Maven plugin builds it: the template folder in the content folder, absolute, and excluded from
        // the content (the generator excludes it so that templates are not read as pages).
        Path inside = Files.createDirectories(content.resolve("templates"));
        watch(inside, Set.of(inside));
        Files.writeString(inside.resolve("page.mustache"), "{{title}}");
        List<Batch> seen = batchesUntil(inside.resolve("page.mustache"));
        assertEquals(new Batch(Set.of(inside.resolve("page.mustache")), true), seen.get(seen.size() - 1));

        Files.writeString(content.resolve("a.md"), "# A changed\n");
        assertEquals(List.of(new Batch(Set.of(content.resolve("a.md")), false)), batchesUntil(content.resolve("a.md")));
    }

    @Test
    void theSettingsFileIsAChangeOfTheWholeSiteThoughTheContentExcludesIt() throws Exception {
        Path settings = content.resolve("troubleshoot.properties");
        Files.writeString(settings, "title = Help\n");
        watch(templates, Set.of(settings)); // as the generator excludes it: it is not a page
        Files.writeString(settings, "title = Support\n");
        List<Batch> seen = batchesUntil(settings);
        assertEquals(new Batch(Set.of(settings), true), seen.get(seen.size() - 1));
    }

    @Test
    void aTemplateFolderBesideTheContentIsWatchedToo() throws Exception {
        watch(templates, Set.of());
        Files.createDirectories(templates.resolve("partials"));
        Files.writeString(templates.resolve("partials/nav.mustache"), "<nav></nav>");
        List<Batch> seen = batchesUntil(templates.resolve("partials/nav.mustache"));
        assertTrue(seen.get(seen.size() - 1).templates());
    }
}
