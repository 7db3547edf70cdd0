package org.troubleshoot.assemble;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * When each content file last changed, from git history: one {@code git log} for the whole folder. Without git,
 * or outside a repository, there are no dates and nothing fails. Dates come from commits only, so two builds
 * of the same commit give the same output.
 */
public final class GitHistory {
    private GitHistory() {}

    /** Content-relative file name → date of the last commit that changed it (YYYY-MM-DD). */
    public static Map<String, String> lastChanged(Path contentDirectory) {
        return inRepository(contentDirectory) ? run(contentDirectory) : Map.of();
    }

    /**
     * Starts reading the history, so that git runs while the build does other work; {@link Pending#dates}
     * waits for it. Outside a git repository nothing is started.
     */
    public static Pending start(Path contentDirectory) {
        if (!inRepository(contentDirectory)) {
            return Map::of;
        }
        // Even starting a process takes a while: a thread of its own does that too.
        FutureTask<Map<String, String>> history = new FutureTask<>(() -> run(contentDirectory));
        Thread thread = new Thread(history, "troubleshoot-git");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return history.get();
            } catch (ExecutionException e) {
                return Map.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Map.of();
            }
        };
    }

    private static Map<String, String> run(Path contentDirectory) {
        Process process;
        try {
            process = new ProcessBuilder(
                            "git",
                            "-c",
                            "core.quotepath=off",
                            "log",
                            "--format=%x01%cs",
                            "--name-only",
                            "--relative",
                            "--no-renames",
                            "--",
                            ".")
                    .directory(contentDirectory.toFile())
                    .redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return Map.of(); // no git on this machine
        }
        return read(process);
    }

    /** The history of a started {@code git log}. */
    public interface Pending {
        Map<String, String> dates();
    }

    /** A folder in a git work tree: itself or a folder above has a .git (or git is pointed elsewhere). */
    static boolean inRepository(Path folder) {
        if (System.getenv("GIT_DIR") != null) {
            return true;
        }
        for (Path at = folder.toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> read(Process process) {
        Map<String, String> dates = new HashMap<>();
        try (InputStream in = process.getInputStream()) {
            String date = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("\u0001")) {
                    date = line.substring(1).strip();
                } else if (!line.isBlank() && date != null) {
                    dates.putIfAbsent(line.strip(), date);
                }
            }
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Map.of();
            }
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
        return dates;
    }
}
