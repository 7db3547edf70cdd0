package org.troubleshoot.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.troubleshoot.diagnostic.Diagnostic;

/**
 * Every file a build writes, decided before anything is written: the one list of outputs. Publishing writes
 * exactly these files and the live preview serves exactly these; two origins that would write the same file
 * are an error here, naming both, instead of a race between writers.
 *
 * <p>Files are kept in the order they were planned, which is the order they are written in: outputs plan
 * their biggest files first so that every thread has work to the end.
 */
public final class OutputPlan {
    private final List<PlannedFile> files;
    private final Map<String, PlannedFile> byPath;
    private final List<Diagnostic> diagnostics;

    private OutputPlan(List<PlannedFile> files, Map<String, PlannedFile> byPath, List<Diagnostic> diagnostics) {
        this.files = files;
        this.byPath = byPath;
        this.diagnostics = diagnostics;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every planned file, in write order. */
    public List<PlannedFile> files() {
        return files;
    }

    /** The planned file at {@code path} (relative to the site root), if any. */
    public Optional<PlannedFile> file(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * Collisions, each an error on the content file that would overwrite (or be overwritten by) another, and what
     * else planning {@linkplain Builder#report reported}.
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The planned files that {@code filter} accepts, as a plan of their own (in the same order). */
    public OutputPlan select(Predicate<PlannedFile> filter) {
        List<PlannedFile> selected = files.stream().filter(filter).toList();
        Map<String, PlannedFile> paths = new HashMap<>();
        selected.forEach(f -> paths.put(f.path(), f));
        return new OutputPlan(selected, Collections.unmodifiableMap(paths), List.of());
    }

    /** Collects planned files and finds collisions as they are added. */
    public static final class Builder {
        private final List<PlannedFile> files = new ArrayList<>();
        private final Map<String, PlannedFile> byPath = new HashMap<>();
        /** Paths compared without case: the site must survive a copy to a case-insensitive disk or host. */
        private final Map<String, PlannedFile> byFoldedPath = new HashMap<>();

        private final List<Diagnostic> diagnostics = new ArrayList<>();

        private Builder() {}

        /** Plans {@code file}; if another origin already planned its path, reports both and keeps the first. */
        public Builder add(PlannedFile file) {
            String path = file.path();
            if (path.isEmpty()
                    || path.startsWith("/")
                    || path.contains("\\")
                    || path.equals("..")
                    || path.startsWith("../")
                    || path.contains("/../")
                    || path.endsWith("/")) {
                throw new IllegalArgumentException("not a site-relative file path: " + path);
            }
            PlannedFile earlier = byFoldedPath.putIfAbsent(path.toLowerCase(Locale.ROOT), file);
            if (earlier != null) {
                diagnostics.add(collision(earlier, file));
                return this;
            }
            files.add(file);
            byPath.put(path, file);
            return this;
        }

        /**
         * Reports a problem found while planning that is not a collision (a template's messages file with an
         * unknown key, a language without messages): it goes with the plan's diagnostics.
         */
        public Builder report(Diagnostic diagnostic) {
            diagnostics.add(diagnostic);
            return this;
        }

        /**
         * The files planned so far, in order. Read by outputs made from the plan itself (sitemap.xml) when they
         * are written, by which time the plan is complete.
         */
        public List<PlannedFile> planned() {
            return Collections.unmodifiableList(files);
        }

        public OutputPlan build() {
            return new OutputPlan(
                    List.copyOf(files), Collections.unmodifiableMap(new HashMap<>(byPath)), List.copyOf(diagnostics));
        }

        /** The error goes to a content file, since only a writer can rename one; the message names both. */
        private static Diagnostic collision(PlannedFile earlier, PlannedFile later) {
            PlannedFile blamed = later.origin().isContent() || !earlier.origin().isContent() ? later : earlier;
            PlannedFile other = blamed == later ? earlier : later;
            Origin origin = blamed.origin();
            String samePath = earlier.path().equals(later.path())
                    ? ""
                    : " (file names that differ only in case are one file on many disks and hosts)";
            return Diagnostic.error(
                    origin.file() == null ? blamed.path() : origin.file(),
                    origin.line(),
                    1,
                    origin.what() + " would be written to " + blamed.path() + ", like "
                            + other.origin().describe() + samePath,
                    "Rename the file, the category or its id so that each has its own address.");
        }
    }
}
