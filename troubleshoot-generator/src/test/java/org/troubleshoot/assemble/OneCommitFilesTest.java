package org.troubleshoot.assemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.EveryFeatureSite;

/**
 * Files whose one commit added them get their dates without a blame each, and exactly the dates blame gives:
 * a file renamed or moved into the content folder, split from a deleted one, changed again, changed by a merge
 * (even one no other commit changed), added on both sides of a merge, edited and not committed, or a symbolic
 * link is still blamed.
 */
class OneCommitFilesTest {
    @TempDir
    Path dir;

    @Test
    void onlyFilesThatOneCommitAddedSkipBlameAndTheirDatesAreBlames() throws Exception {
        Path repo = dir.resolve("repo");
        Path content = Files.createDirectories(repo.resolve("docs/content"));
        Path elsewhere = Files.createDirectories(repo.resolve("notes"));
        for (int i = 0; i < GitBlame.ONE_COMMIT_FILES_FROM; i++) {
            Files.writeString(content.resolve("plain-" + i + ".md"), "# Plain " + i + "\n\nText.\n");
        }
        Files.writeString(content.resolve("changed.md"), "# Changed\n\nFirst.\n");
        Files.writeString(content.resolve("old-name.md"), "# Renamed\n\nKept lines.\n");
        Files.writeString(elsewhere.resolve("moved.md"), "# Moved\n\nFrom outside the content folder.\n");
        Files.writeString(content.resolve("merged.md"), "# Merged\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n");
        Files.writeString(content.resolve("changed-by-merge.md"), "# Changed by the merge only\n");
        Files.writeString(content.resolve("empty.md"), "");
        Files.writeString(content.resolve("no-last-break.md"), "# No last break\n\nEnds here.");
        Files.writeString(content.resolve("edited.md"), "# Edited\n");
        Files.writeString(repo.resolve("README.md"), "# Read me\n\nThree lines.\n");
        Files.createSymbolicLink(content.resolve("link.md"), Path.of("../../README.md"));
        EveryFeatureSite.commit(repo, "2024-01-10T10:00:00Z");

        git(repo, null, "checkout", "-q", "-b", "side");
        Files.writeString(content.resolve("from-side.md"), "# From a side branch\n");
        Files.writeString(content.resolve("merged.md"), "# Merged\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nSide.\n");
        EveryFeatureSite.commit(repo, "2024-01-12T10:00:00Z");
        git(repo, null, "checkout", "-q", "-");
        Files.writeString(content.resolve("changed.md"), "# Changed\n\nFirst.\n\nSecond.\n");
        git(repo, null, "mv", "docs/content/old-name.md", "docs/content/renamed.md");
        git(repo, null, "mv", "notes/moved.md", "docs/content/moved.md");
        Files.writeString(content.resolve("merged.md"), "# Main\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n");
        EveryFeatureSite.commit(repo, "2024-01-15T10:00:00Z");
        git(repo, null, "merge", "-q", "--no-commit", "side");
        // The merge changes merged.md beyond what either side had.
        Files.writeString(
                content.resolve("merged.md"), "# Main\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nSide.\n\nResolved.\n");
        Files.writeString(content.resolve("changed-by-merge.md"), "# Changed by the merge only\n\nResolved.\n");
        EveryFeatureSite.commit(repo, "2024-01-20T10:00:00Z");
        Files.writeString(content.resolve("edited.md"), "# Edited\n\nNot committed.\n");

        List<String> tracked =
                List.of(git(repo, null, "-C", "docs/content", "ls-files").split("\n"));
        Set<String> committed = new HashSet<>(tracked);
        committed.remove("edited.md");
        // A symbolic link is found, but its dates are left to blame (which reads the link itself).
        Set<String> expected = new HashSet<>(Set.of("from-side.md", "empty.md", "no-last-break.md", "link.md"));
        for (int i = 0; i < GitBlame.ONE_COMMIT_FILES_FROM; i++) {
            expected.add("plain-" + i + ".md");
        }
        Map<String, String> found = assertSameAsBlame(content, committed, expected);
        assertEquals("2024-01-12", found.get("from-side.md"));
        assertEquals("2024-01-10", found.get("plain-0.md"));

        Map<String, String[]> all = GitBlame.all(content);
        assertEquals(Set.copyOf(tracked), all.keySet());
        for (String file : tracked) {
            assertArrayEquals(GitBlame.file(content, file), all.get(file), file);
        }
        assertArrayEquals(new String[] {"2024-01-10", "2024-01-10", "2024-01-10"}, all.get("moved.md"));
        assertArrayEquals(new String[0], all.get("empty.md"));
    }

    @Test
    void aFileAlsoAddedOnTheOtherSideOfAMergeOrSplitFromADeletedOneIsLeftToBlame() throws Exception {
        // The same file added on a branch and, cherry-picked, on main; then the branch merged. The merge equals
        // the branch in the content folder, so a plain git log leaves out main's commit, whose date blame gives.
        Path picked = dir.resolve("picked");
        Path content = Files.createDirectories(picked.resolve("content"));
        Files.writeString(content.resolve("base.md"), "# Base\n");
        EveryFeatureSite.commit(picked, "2024-01-01T10:00:00Z");
        git(picked, null, "checkout", "-q", "-b", "feature");
        Files.writeString(content.resolve("picked.md"), "# Picked\n\nOne.\n");
        EveryFeatureSite.commit(picked, "2024-02-01T10:00:00Z");
        Files.writeString(content.resolve("later.md"), "# Later\n");
        EveryFeatureSite.commit(picked, "2024-02-10T10:00:00Z");
        git(picked, null, "checkout", "-q", "-");
        Files.writeString(content.resolve("picked.md"), "# Picked\n\nOne.\n");
        EveryFeatureSite.commit(picked, "2024-04-01T10:00:00Z");
        git(
                picked,
                "2024-05-01T10:00:00Z",
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.com",
                "merge",
                "-q",
                "--no-edit",
                "feature");
        assertSameAsBlame(content, Set.of("base.md", "picked.md", "later.md"), Set.of("base.md", "later.md"));

        // One page split into two in the content folder, its old file deleted: blame follows either new page
        // back to the old one.
        Path split = dir.resolve("split");
        Path splitContent = Files.createDirectories(split.resolve("content"));
        Path old = Files.createDirectories(split.resolve("old"));
        String guide = "# Guide\n\n" + "Step.\n".repeat(20);
        Files.writeString(old.resolve("guide.md"), guide);
        Files.writeString(splitContent.resolve("index.md"), "# Index\n");
        EveryFeatureSite.commit(split, "2024-01-01T10:00:00Z");
        Files.delete(old.resolve("guide.md"));
        Files.writeString(splitContent.resolve("a.md"), guide + "A.\n");
        Files.writeString(splitContent.resolve("b.md"), guide + "B.\n");
        EveryFeatureSite.commit(split, "2024-06-01T10:00:00Z");
        assertSameAsBlame(splitContent, Set.of("index.md", "a.md", "b.md"), Set.of("index.md"));
    }

    /**
     * The files {@link OneCommitFiles#find} finds among {@code committed}, after checking that each one's dates
     * are blame's and that they are {@code expected}.
     */
    private static Map<String, String> assertSameAsBlame(Path content, Set<String> committed, Set<String> expected) {
        Map<String, String> found = OneCommitFiles.find(content, committed);
        for (Map.Entry<String, String> file : found.entrySet()) {
            String[] lines = OneCommitFiles.lines(content, file.getKey(), file.getValue());
            if (lines != null) {
                assertArrayEquals(GitBlame.file(content, file.getKey()), lines, file.getKey());
            }
        }
        assertEquals(new TreeSet<>(expected), new TreeSet<>(found.keySet()));
        return found;
    }

    private static String git(Path repo, String date, String... args) throws Exception {
        return EveryFeatureSite.git(repo, date, args);
    }
}
