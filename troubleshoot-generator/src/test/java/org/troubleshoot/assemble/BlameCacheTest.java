package org.troubleshoot.assemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.EveryFeatureSite;

/**
 * Blames kept from the last build ({@link BlameCache}) are used exactly while they still hold: the same commit,
 * or a later one that did not touch the file, and no uncommitted change. To see which blames were kept, the
 * cached dates of b.md are replaced by ones no commit has.
 */
class BlameCacheTest {
    private static final String[] FORGED = {"1999-01-01", "1999-01-01"};

    @TempDir
    Path dir;

    @Test
    void keptBlamesAreUsedOnlyWhileNoCommitOrEditTouchedTheirFile() throws Exception {
        Path content = Files.createDirectories(dir.resolve("repo/content"));
        Files.writeString(content.resolve("a.md"), "# A\n\nOne.\n");
        Files.writeString(content.resolve("b.md"), "# B\n");
        git(repo(), null, "init", "-q");
        commit("2024-01-10T10:00:00Z");
        Optional<Path> cache = Optional.of(dir.resolve("cache/blame.bin"));

        Map<String, String[]> first = GitBlame.all(content, cache);
        assertArrayEquals(new String[] {"2024-01-10", "2024-01-10", "2024-01-10"}, first.get("a.md"));
        assertArrayEquals(new String[] {"2024-01-10"}, first.get("b.md"));
        String head = BlameCache.read(cache.get()).orElseThrow().head();
        BlameCache.write(cache.get(), new BlameCache.Blames(head, Map.of("a.md", first.get("a.md"), "b.md", FORGED)));

        // The same commit, nothing edited: the kept blames.
        assertArrayEquals(FORGED, GitBlame.all(content, cache).get("b.md"));

        // An edit not committed yet: that file is blamed again (its new line has no date); the other is kept.
        Files.writeString(content.resolve("a.md"), "# A\n\nOne.\n\nTwo.\n");
        Map<String, String[]> edited = GitBlame.all(content, cache);
        assertArrayEquals(new String[] {"2024-01-10", "2024-01-10", "2024-01-10", null, null}, edited.get("a.md"));
        assertArrayEquals(FORGED, edited.get("b.md"));

        // A later commit that touched a.md only.
        commit("2024-02-20T10:00:00Z");
        Map<String, String[]> later = GitBlame.all(content, cache);
        assertArrayEquals(
                new String[] {"2024-01-10", "2024-01-10", "2024-01-10", "2024-02-20", "2024-02-20"}, later.get("a.md"));
        assertArrayEquals(FORGED, later.get("b.md"));

        // A commit that touched b.md, with no build between the edit and the commit: b.md is blamed again.
        Files.writeString(content.resolve("b.md"), "# B\n\nMore.\n");
        commit("2024-02-25T10:00:00Z");
        assertArrayEquals(
                new String[] {"2024-01-10", "2024-02-25", "2024-02-25"},
                GitBlame.all(content, cache).get("b.md"));
        BlameCache.write(
                cache.get(),
                new BlameCache.Blames(
                        BlameCache.read(cache.get()).orElseThrow().head(),
                        Map.of("a.md", later.get("a.md"), "b.md", FORGED)));

        // History rewritten: b.md's commit dropped, and a new one that touches a.md only. The kept commit is no
        // ancestor of the new one, and no commit since it touched b.md, yet b.md's blame changed: all blamed again.
        git(repo(), null, "reset", "-q", "--hard", "HEAD~1");
        Files.writeString(content.resolve("a.md"), "# A\n\nOne.\n\nTwo.\n\nThree.\n");
        commit("2024-03-01T10:00:00Z");
        Map<String, String[]> rewritten = GitBlame.all(content, cache);
        assertArrayEquals(new String[] {"2024-01-10"}, rewritten.get("b.md"));
        assertEquals("2024-03-01", rewritten.get("a.md")[6]);
    }

    @Test
    void anUnreadableCacheIsNoCache() throws Exception {
        Path content = Files.createDirectories(dir.resolve("repo/content"));
        Files.writeString(content.resolve("a.md"), "# A\n");
        git(repo(), null, "init", "-q");
        commit("2024-01-10T10:00:00Z");
        Path cache = Files.createDirectories(dir.resolve("cache")).resolve("blame.bin");
        Files.writeString(cache, "not a cache");
        assertArrayEquals(
                new String[] {"2024-01-10"},
                GitBlame.all(content, Optional.of(cache)).get("a.md"));
        assertTrue(BlameCache.read(cache).isPresent(), "written anew");
    }

    /** The repository: the cache is outside it, as a build's is outside the content. */
    private Path repo() {
        return dir.resolve("repo");
    }

    private void commit(String date) throws Exception {
        EveryFeatureSite.commit(repo(), date);
    }

    private static void git(Path repo, String date, String... args) throws Exception {
        EveryFeatureSite.git(repo, date, args);
    }
}
