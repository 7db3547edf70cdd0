package org.troubleshoot.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The publish stage: the site is written into a staging folder next to the output folder and swapped in
 * only when everything was written. A failed or interrupted build leaves the previous site as it was.
 */
public final class OutputFolder {
    /** The file that marks a folder as a site this generator wrote, and so one it may replace. */
    public static final String MARKER = "site.json";

    private final Path output;

    public OutputFolder(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    public Path path() {
        return output;
    }

    /** Why a folder may not be written: what is wrong and what to do instead. */
    public record Refusal(String message, String hint) {}

    /**
     * Why this folder must not be written, or empty if it may be: it must not be the content folder or
     * contain it, and an existing non-empty folder is replaced only if it is a site written by us.
     */
    public Optional<Refusal> refusal(Path contentDirectory) throws IOException {
        Path content = contentDirectory.toAbsolutePath().normalize();
        if (content.startsWith(output)) {
            return Optional.of(new Refusal(
                    "the output folder " + output + " is the content folder or contains it",
                    "Choose an output folder outside the content folder, such as target/site."));
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return Optional.of(new Refusal(
                    "the output path " + output + " is a file, not a folder", "Choose a folder path for the site."));
        }
        if (Files.isDirectory(output) && !isEmpty(output) && !Files.isRegularFile(output.resolve(MARKER))) {
            return Optional.of(new Refusal(
                    "the output folder " + output
                            + " is not empty and is not a site built by troubleshoot (it has no " + MARKER
                            + "), so it will not be replaced",
                    "Choose an empty folder, a new one, or one that an earlier troubleshoot build wrote."));
        }
        return Optional.empty();
    }

    /** A new empty staging folder beside the output folder (same file system, so the swap is a rename). */
    public Path createStaging() throws IOException {
        Files.createDirectories(output.getParent());
        return Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".staging-");
    }

    /** Replaces the output folder by the staging folder. */
    public void publish(Path staging) throws IOException {
        Path old = null;
        if (Files.exists(output)) {
            old = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
            Files.delete(old);
            move(output, old);
        }
        try {
            move(staging, output);
        } catch (IOException e) {
            if (old != null) {
                move(old, output);
            }
            throw e;
        }
        if (old != null) {
            Folders.deleteTree(old);
        }
    }

    /** Removes a staging folder after a failed build. */
    public void discard(Path staging) throws IOException {
        Folders.deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
