package org.troubleshoot.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.troubleshoot.plan.PlannedFile;

/**
 * Publishes a plan over the previous site, rewriting only the files whose bytes change. Each new file is
 * compared with the previous site's file at its path as it is made ({@link ComparingOutput}); only the ones that
 * differ are written into the staging folder. If none differs and the previous site has exactly the planned
 * files, the output folder is left alone: every file keeps its inode and modification time, so {@code rsync},
 * {@code aws s3 sync}, CDNs and browser caches see nothing new. Otherwise the unchanged files are hard-linked
 * into the staging folder (copied where the file system has no hard links), which is then swapped in as a
 * whole: readers of the output folder never see a mix of two builds, and a failure anywhere before the swap
 * removes the staging folder and leaves the previous site exactly as it was.
 */
public final class Republisher {
    private Republisher() {}

    /**
     * Whether the previous site's file is already what a planned file would write, known without making its
     * bytes (a cache of what made it). Asked only for files the previous site has.
     */
    @FunctionalInterface
    public interface Reuse {
        Reuse NEVER = (file, stamp) -> false;

        boolean reusable(PlannedFile file, FileStamp previous);
    }

    /**
     * What publishing did.
     *
     * @param changed whether the output folder was replaced (false: it was already exactly this site)
     * @param written the files whose bytes were new, by path
     * @param reused  how many files were kept from the previous site without making their bytes
     * @param stamps  every published file's stamp, by path, as it is in the output folder now
     */
    public record Outcome(boolean changed, Set<String> written, int reused, Map<String, FileStamp> stamps) {}

    private enum State {
        SAME,
        WRITTEN
    }

    /** Publishes {@code files} into {@code output} (which {@link OutputFolder#refusal} allowed). */
    public static Outcome publish(OutputFolder output, List<PlannedFile> files, Reuse reuse) throws IOException {
        Path previous = output.path();
        Map<String, BasicFileAttributes> before = Files.isDirectory(previous) ? listing(previous) : Map.of();
        Path staging = output.createStaging();
        try {
            Map<String, State> states = new ConcurrentHashMap<>();
            Map<String, FileStamp> stamps = new ConcurrentHashMap<>();
            Set<String> reused = ConcurrentHashMap.newKeySet();
            Set<Path> folders = ConcurrentHashMap.newKeySet();
            SiteWriter.forEach(files, file -> {
                BasicFileAttributes old = before.get(file.path());
                if (old != null && old.isRegularFile()) {
                    FileStamp stamp = FileStamp.of(old);
                    if (reuse.reusable(file, stamp)) {
                        reused.add(file.path());
                        states.put(file.path(), State.SAME);
                        stamps.put(file.path(), stamp);
                        return;
                    }
                    Path target = staging.resolve(file.path());
                    ComparingOutput out = new ComparingOutput(previous.resolve(file.path()), target, folders);
                    try (out) {
                        file.content().writeTo(out);
                    }
                    states.put(file.path(), out.same() ? State.SAME : State.WRITTEN);
                    stamps.put(file.path(), out.same() ? stamp : FileStamp.of(target));
                } else {
                    Path target = staging.resolve(file.path());
                    createParent(target, folders);
                    try (OutputStream out = Files.newOutputStream(target)) {
                        file.content().writeTo(out);
                    }
                    states.put(file.path(), State.WRITTEN);
                    stamps.put(file.path(), FileStamp.of(target));
                }
            });
            Set<String> written = new HashSet<>();
            states.forEach((path, state) -> {
                if (state == State.WRITTEN) {
                    written.add(path);
                }
            });
            if (written.isEmpty() && sameListing(before, files)) {
                Folders.deleteTree(staging); // holds at most empty folders
                return new Outcome(false, Set.of(), reused.size(), Map.copyOf(stamps));
            }
            List<PlannedFile> unchanged = files.stream()
                    .filter(f -> states.get(f.path()) == State.SAME)
                    .toList();
            AtomicBoolean copy = new AtomicBoolean();
            SiteWriter.forEach(
                    unchanged,
                    file -> keep(previous.resolve(file.path()), staging.resolve(file.path()), folders, copy));
            output.publish(staging);
            return new Outcome(true, Set.copyOf(written), reused.size(), Map.copyOf(stamps));
        } catch (IOException | RuntimeException | Error e) {
            try {
                output.discard(staging);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Puts the previous site's unchanged file into the staging folder: a hard link (same inode, same time, no
     * bytes written), or a copy with its time where the file system refuses links.
     */
    private static void keep(Path from, Path to, Set<Path> folders, AtomicBoolean copy) throws IOException {
        createParent(to, folders);
        if (!copy.get()) {
            try {
                Files.createLink(to, from);
                return;
            } catch (UnsupportedOperationException | FileSystemException e) {
                copy.set(true); // no hard links here (or across these folders): copy from now on
            }
        }
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }

    static void createParent(Path file, Set<Path> folders) throws IOException {
        Path parent = file.getParent();
        if (!folders.contains(parent)) {
            Files.createDirectories(parent);
            folders.add(parent);
        }
    }

    /**
     * The stamp of every file under {@code root}, by '/'-separated relative path; empty when it holds anything
     * but files and folders, or cannot be read.
     */
    public static Optional<Map<String, FileStamp>> stamps(Path root) {
        Map<String, FileStamp> stamps = new HashMap<>();
        try {
            for (Map.Entry<String, BasicFileAttributes> entry : listing(root).entrySet()) {
                BasicFileAttributes attributes = entry.getValue();
                if (attributes.isRegularFile()) {
                    stamps.put(entry.getKey(), FileStamp.of(attributes));
                } else if (!attributes.isDirectory()) {
                    return Optional.empty();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(stamps);
    }

    /** Every file and folder of the previous site, by '/'-separated relative path, with its attributes. */
    private static Map<String, BasicFileAttributes> listing(Path root) throws IOException {
        Map<String, BasicFileAttributes> entries = new HashMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root)) {
                    entries.put(relative(root, dir) + "/", attributes);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                entries.put(relative(root, file), attributes);
                return FileVisitResult.CONTINUE;
            }
        });
        return entries;
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** Whether the previous site has the planned files, their folders and nothing else. */
    private static boolean sameListing(Map<String, BasicFileAttributes> before, List<PlannedFile> files) {
        Set<String> planned = new HashSet<>();
        for (PlannedFile file : files) {
            planned.add(file.path());
            String path = file.path();
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!planned.add(path.substring(0, slash + 1))) {
                    break; // this folder and the ones above it are counted already
                }
            }
        }
        return planned.equals(before.keySet());
    }
}
