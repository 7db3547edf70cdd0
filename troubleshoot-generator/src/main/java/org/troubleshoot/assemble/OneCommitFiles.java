package org.troubleshoot.assemble;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The content files whose whole history is the one commit that added them: every line of such a file was last
 * changed by that commit, which is what {@code git blame} would say of it, line by line, in a process of its own
 * (about 3.5 ms of CPU each: a first build of a site of 2,000 files in git took twice the CPU of the same build
 * outside git). One {@code git log --full-history} of the content folder finds the files that a single commit
 * touched; without it, git leaves out a side of a merge that the merge's content equals (a commit cherry-picked
 * or squashed there), while blame may date lines from that side. One {@code git diff-tree} per such commit then
 * keeps only the files it added in a commit that deleted no file anywhere in the repository: blame follows a
 * file back through a rename or a move from any deleted file it resembles (two pages split from one both go
 * back to it), and with no deleted file there is none to follow. A merge that changed a file (its combined diff
 * lists it) counts as a commit that touched it; a file whose one commit is a merge, or a symbolic link (blame
 * reads the link, not its target), is left to blame.
 */
final class OneCommitFiles {
    private OneCommitFiles() {}

    /**
     * The date of the one commit of each of {@code candidates} (content-relative names of committed files
     * without uncommitted changes) whose history is that commit adding it; the others are not in the map.
     */
    static Map<String, String> find(Path contentDirectory, Set<String> candidates) {
        String prefix = GitBlame.run(contentDirectory, "rev-parse", "--show-prefix");
        String log = GitBlame.run(
                contentDirectory,
                "log",
                "--full-history",
                "--cc",
                "--format=%x01%H %P%x02%cs",
                "--name-only",
                "--relative",
                "--no-renames",
                "--",
                ".");
        if (prefix == null || log == null) {
            return Map.of();
        }
        prefix = prefix.strip();
        Map<String, Integer> commits = new HashMap<>();
        Map<String, String> commitOf = new HashMap<>();
        Map<String, String> dateOf = new HashMap<>();
        String commit = null;
        boolean merge = false;
        for (String line : log.split("\n")) {
            if (line.startsWith("\u0001")) {
                int date = line.indexOf('\u0002');
                String[] shas = line.substring(1, date).strip().split(" ");
                commit = shas[0];
                merge = shas.length > 2;
                dateOf.put(commit, line.substring(date + 1).strip());
            } else if (!line.isEmpty() && commit != null) {
                // A file a merge lists is left to blame: it counts twice. A merge's combined diff names files
                // from the repository's top (git 2.39 ignores --relative there), so both forms count.
                int times = merge ? 2 : 1;
                commits.merge(line, times, Integer::sum);
                commitOf.put(line, commit);
                if (merge && line.startsWith(prefix)) {
                    commits.merge(line.substring(prefix.length()), times, Integer::sum);
                }
            }
        }
        Map<String, Set<String>> byCommit = new HashMap<>();
        for (String file : candidates) {
            if (commits.getOrDefault(file, 0) == 1) {
                byCommit.computeIfAbsent(commitOf.get(file), c -> new HashSet<>())
                        .add(file);
            }
        }
        Map<String, String> found = new HashMap<>();
        for (Map.Entry<String, Set<String>> files : byCommit.entrySet()) {
            Set<String> added = added(contentDirectory, files.getKey(), prefix);
            for (String file : files.getValue()) {
                if (added.contains(file)) {
                    found.put(file, dateOf.get(files.getKey()));
                }
            }
        }
        return found;
    }

    /**
     * The dates of the lines of a file {@link #find} found (one per line, as blame counts them: a last line
     * without a line break is a line), or null if it cannot be read or is a symbolic link: blame's to date.
     */
    static String[] lines(Path contentDirectory, String file, String date) {
        Path path = contentDirectory.resolve(file);
        if (Files.isSymbolicLink(path)) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return null;
        }
        int count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
            count++;
        }
        String[] dates = new String[count];
        Arrays.fill(dates, date);
        return dates;
    }

    /**
     * The content-relative names of the files {@code commit} added, if it deleted no file anywhere in the
     * repository (without rename detection, a rename is a deletion and an addition); none otherwise.
     */
    private static Set<String> added(Path contentDirectory, String commit, String prefix) {
        String diff = GitBlame.run(
                contentDirectory,
                "diff-tree",
                "--root",
                "--no-commit-id",
                "-r",
                "--no-renames",
                "--name-status",
                "-z",
                commit);
        Set<String> added = new HashSet<>();
        if (diff == null) {
            return added;
        }
        // -z: "STATUS NUL path NUL" for each file.
        String[] fields = diff.split("\0");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            String status = fields[i];
            if (status.equals("D")) {
                return Set.of();
            }
            if (status.equals("A") && fields[i + 1].startsWith(prefix)) {
                added.add(fields[i + 1].substring(prefix.length()));
            }
        }
        return added;
    }
}
