package org.troubleshoot.assemble;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * When each line of each content file last changed, from git: {@code git ls-files} names the Markdown files git
 * tracks, then one {@code git blame -w --porcelain} per file (a few at a time), except for a file whose one
 * commit added it ({@link OneCommitFiles}). Without git, outside a repository
 * or for a file git does not track there are no dates, and nothing fails; a line not committed yet has none
 * either. Whitespace-only changes do not count ({@code -w}): aligning a table's pipes changes no row's date.
 * Dates are committer dates in the committer's time zone, as {@code git log --format=%cs} gives them
 * ({@link GitHistory}).
 */
public final class GitBlame {
    /** How many blames run at once: each is a process that mostly waits on git reading its objects. */
    private static final int PARALLEL = 4;

    private static final String NOT_COMMITTED = "0".repeat(40);
    /** From how many files to blame on, those that one commit added and no other touched are found first. */
    static final int ONE_COMMIT_FILES_FROM = 16;

    private GitBlame() {}

    /** The blame of a whole folder, started: {@link #lines()} waits for it. */
    public interface Pending {
        /** Content-relative file → the date of each line (index 0 for line 1; null if not committed). */
        Map<String, String[]> lines();
    }

    /**
     * Starts blaming every tracked Markdown file of the folder, so that git runs while the build parses;
     * outside a git repository nothing is started.
     */
    public static Pending start(Path contentDirectory) {
        return start(contentDirectory, Optional.empty());
    }

    /**
     * Like {@link #start(Path)}, keeping what it found in {@code cacheFile} (see {@link BlameCache}) and blaming
     * only the files that a commit since the last build touched or that have uncommitted changes.
     */
    public static Pending start(Path contentDirectory, Optional<Path> cacheFile) {
        if (!GitHistory.inRepository(contentDirectory)) {
            return Map::of;
        }
        FutureTask<Map<String, String[]>> blame = new FutureTask<>(() -> all(contentDirectory, cacheFile));
        Thread thread = new Thread(blame, "troubleshoot-blame");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return blame.get();
            } catch (ExecutionException e) {
                return Map.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Map.of();
            }
        };
    }

    /** Blames every tracked Markdown file of the folder, on the caller's thread (and a few helpers). */
    public static Map<String, String[]> all(Path contentDirectory) {
        return all(contentDirectory, Optional.empty());
    }

    /**
     * Like {@link #all(Path)}, with the blames of the last build from {@code cacheFile} where they still hold,
     * and this build's written back to it.
     */
    public static Map<String, String[]> all(Path contentDirectory, Optional<Path> cacheFile) {
        if (!GitHistory.inRepository(contentDirectory)) {
            return Map.of();
        }
        String listing = run(contentDirectory, "ls-files", "-z", "--", "*.md");
        if (listing == null || listing.isEmpty()) {
            return Map.of();
        }
        List<String> files = List.of(listing.split("\0"));
        String head = strip(run(contentDirectory, "rev-parse", "--verify", "-q", "HEAD"));
        // Files with changes not committed yet (staged or not): blamed now, and not kept for the next build.
        String changed = head == null ? null : run(contentDirectory, "diff", "--name-only", "--relative", "-z", "HEAD");
        Set<String> uncommitted = changed == null ? null : names(changed);
        Map<String, String[]> known = uncommitted == null
                ? Map.of()
                : cacheFile
                        .flatMap(BlameCache::read)
                        .map(last -> stillTrue(contentDirectory, last, head))
                        .orElse(Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, files.size()), runnable -> {
            Thread thread = new Thread(runnable, "troubleshoot-blame-file");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Set<String> committedToBlame = new HashSet<>();
            if (uncommitted != null) {
                for (String file : files) {
                    if (!uncommitted.contains(file) && !known.containsKey(file)) {
                        committedToBlame.add(file);
                    }
                }
            }
            // A few blames cost less than reading the content folder's history.
            Map<String, String> oneCommit = committedToBlame.size() < ONE_COMMIT_FILES_FROM
                    ? Map.of()
                    : OneCommitFiles.find(contentDirectory, committedToBlame);
            List<Future<String[]>> blames = new ArrayList<>();
            for (String file : files) {
                String[] kept = uncommitted == null || uncommitted.contains(file) ? null : known.get(file);
                String date = oneCommit.get(file);
                if (kept == null && date != null) {
                    kept = OneCommitFiles.lines(contentDirectory, file, date);
                }
                blames.add(
                        kept != null
                                ? CompletableFuture.completedFuture(kept)
                                : pool.submit(() -> file(contentDirectory, file)));
            }
            Map<String, String[]> lines = new HashMap<>();
            Map<String, String[]> committed = new HashMap<>();
            for (int i = 0; i < files.size(); i++) {
                String[] dates = blames.get(i).get();
                if (dates != null) {
                    lines.put(files.get(i), dates);
                    if (uncommitted != null && !uncommitted.contains(files.get(i))) {
                        committed.put(files.get(i), dates);
                    }
                }
            }
            if (uncommitted != null) {
                cacheFile.ifPresent(file -> BlameCache.write(file, new BlameCache.Blames(head, committed)));
            }
            return lines;
        } catch (ExecutionException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The date of each line of one content file (index 0 for line 1; null for a line not committed yet), or null
     * when git has no history for it.
     */
    public static String[] file(Path contentDirectory, String file) {
        String porcelain = run(contentDirectory, "blame", "-w", "--porcelain", "--", file);
        return porcelain == null ? null : dates(porcelain);
    }

    /**
     * Reads {@code git blame --porcelain}: a header line per line of the file ({@code SHA ORIG FINAL [COUNT]}),
     * the commit's details the first time it appears ({@code committer-time}, {@code committer-tz}), then the
     * line itself after a tab.
     */
    static String[] dates(String porcelain) {
        Map<String, Long> times = new HashMap<>();
        Map<String, String> zones = new HashMap<>();
        List<String> lines = new ArrayList<>();
        String sha = null;
        int finalLine = 0;
        Map<String, String> dateOf = new HashMap<>();
        for (String line : porcelain.split("\n")) {
            if (line.startsWith("\t")) {
                while (lines.size() < finalLine) {
                    lines.add(null);
                }
                String date = sha == null || sha.equals(NOT_COMMITTED)
                        ? null
                        : dateOf.computeIfAbsent(sha, s -> date(times.get(s), zones.get(s)));
                lines.set(finalLine - 1, date);
                continue;
            }
            int space = line.indexOf(' ');
            if (space == 40 && isHex(line, 40)) {
                String[] fields = line.split(" ");
                sha = fields[0];
                finalLine = Integer.parseInt(fields[2]);
            } else if (line.startsWith("committer-time ") && sha != null) {
                times.put(
                        sha,
                        Long.parseLong(
                                line.substring("committer-time ".length()).strip()));
            } else if (line.startsWith("committer-tz ") && sha != null) {
                zones.put(sha, line.substring("committer-tz ".length()).strip());
            }
        }
        return lines.toArray(new String[0]);
    }

    private static String date(Long epochSeconds, String zone) {
        if (epochSeconds == null) {
            return null;
        }
        ZoneOffset offset;
        try {
            offset = zone == null ? ZoneOffset.UTC : ZoneOffset.of(zone);
        } catch (DateTimeException e) {
            offset = ZoneOffset.UTC;
        }
        return Instant.ofEpochSecond(epochSeconds)
                .atOffset(offset)
                .toLocalDate()
                .toString();
    }

    private static boolean isHex(String text, int length) {
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The blames of the last build that still hold at commit {@code head}: all of them at the same commit; at a
     * later one, those of the files no commit since touched (a commit that changes a file and one that changes it
     * back both count); none after history was rewritten (the old commit is not an ancestor), when a rebased
     * line's date may have changed.
     */
    private static Map<String, String[]> stillTrue(Path folder, BlameCache.Blames last, String head) {
        if (last.head().equals(head)) {
            return last.lines();
        }
        if (!isHex(last.head(), last.head().length())
                || run(folder, "merge-base", "--is-ancestor", last.head(), head) == null) {
            return Map.of();
        }
        String touched = run(folder, "log", "--format=", "--name-only", "--relative", "-z", last.head() + ".." + head);
        if (touched == null) {
            return Map.of();
        }
        Map<String, String[]> kept = new HashMap<>(last.lines());
        kept.keySet().removeAll(names(touched));
        return kept;
    }

    /** The names of a {@code -z} listing (NUL-separated; blank lines between commits dropped). */
    private static Set<String> names(String listing) {
        Set<String> names = new HashSet<>();
        for (String name : listing.split("[\0\n]")) {
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String strip(String output) {
        return output == null || output.isBlank() ? null : output.strip();
    }

    /** The standard output of a git command run in {@code folder}, or null if it failed or there is no git. */
    static String run(Path folder, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return null; // no git on this machine
        }
        try (InputStream in = process.getInputStream()) {
            String output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
            return output;
        } catch (IOException e) {
            process.destroyForcibly();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return null;
        }
    }
}
