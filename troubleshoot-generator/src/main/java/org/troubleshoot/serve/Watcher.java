package org.troubleshoot.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.slf4j.helpers.NOPLogger;
import org.troubleshoot.config.SettingsFile;

/**
 * Watches the content and template folders (sub-folders too, including new ones) with the operating system's
 * change events, through directory-watcher: inotify on Linux and the native service on Windows (both through
 * the JDK's {@code WatchService}), FSEvents on macOS (through JNA: the JDK's service polls there, seconds between
 * a save and a rebuild). Excluded paths and hidden files and folders are left out. Changes are reported in
 * batches: events that arrive within {@value #QUIET_MILLIS} ms of each other are one change, so an editor's
 * burst of writes, a rename or a `git checkout` gives one rebuild.
 */
final class Watcher implements AutoCloseable {
    static final long QUIET_MILLIS = 12;

    private final long quietMillis;
    private final Path content;
    /** The settings file: excluded from the content, but a change of it is a change of the whole site. */
    private final Path settings;

    private final Optional<Path> templates;
    private final Set<Path> excluded;
    private final BiConsumer<List<Path>, Boolean> onChange;
    private final DirectoryWatcher watcher;
    private final BlockingQueue<Path> events = new LinkedBlockingQueue<>();
    private final Thread batches;

    /**
     * @param onChange called with the changed paths, and whether the whole site must be made again (a path in
     *                 the template folder, or the settings file)
     */
    Watcher(Path content, Optional<Path> templates, Set<Path> excluded, BiConsumer<List<Path>, Boolean> onChange)
            throws IOException {
        this(content, templates, excluded, onChange, QUIET_MILLIS);
    }

    /** @param quietMillis how long the folders must be quiet before a batch is reported (tests use a longer one) */
    Watcher(
            Path content,
            Optional<Path> templates,
            Set<Path> excluded,
            BiConsumer<List<Path>, Boolean> onChange,
            long quietMillis)
            throws IOException {
        this.quietMillis = quietMillis;
        this.content = content.toAbsolutePath().normalize();
        this.settings = this.content.resolve(SettingsFile.NAME);
        this.templates = templates.map(t -> t.toAbsolutePath().normalize());
        // As the content parser reads them: relative to the working folder.
        this.excluded =
                excluded.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        this.onChange = onChange;
        List<Path> roots = new ArrayList<>();
        for (Path root :
                this.templates.isPresent() ? List.of(this.content, this.templates.get()) : List.of(this.content)) {
            if (Files.isDirectory(root)) {
                roots.add(root);
            }
        }
        this.watcher = DirectoryWatcher.builder()
                .paths(roots)
                .listener(this::queue)
                .fileTreeVisitor(this::visit)
                // Every event is reported as it comes; hashing would read every file at start and on each change.
                .fileHashing(false)
                // Given, so that SLF4J is never set up (without a binding it prints a warning).
                .logger(NOPLogger.NOP_LOGGER)
                .build();
        this.batches = new Thread(this::batch, "troubleshoot-watch");
        batches.setDaemon(true);
    }

    /** Registers the folders (returning when they are watched) and starts reporting changes. */
    void start() throws IOException {
        CompletableFuture<Void> loop = watcher.watchAsync(task -> {
            Thread thread = new Thread(task, "troubleshoot-watch-events");
            thread.setDaemon(true);
            thread.start();
        });
        if (loop.isCompletedExceptionally()) { // registering failed
            try {
                loop.get();
            } catch (ExecutionException e) {
                throw new IOException("cannot watch " + content, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        batches.start();
    }

    private void queue(DirectoryChangeEvent event) {
        // An overflow has no path: something under the root changed.
        Path path = event.path() != null ? event.path() : event.rootPath();
        if (path != null) {
            events.add(path);
        }
    }

    private void batch() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                changed.add(events.take());
                // Coalesce: keep taking events until the folders have been quiet for a moment.
                for (Path more; (more = events.poll(quietMillis, TimeUnit.MILLISECONDS)) != null; ) {
                    changed.add(more);
                }
                List<Path> relevant = new ArrayList<>();
                boolean inTemplates = false;
                for (Path path : changed) {
                    if (!isSkipped(path)) {
                        relevant.add(path);
                        inTemplates |= isTemplate(path) || path.equals(settings);
                    }
                }
                if (!relevant.isEmpty()) {
                    try {
                        onChange.accept(relevant, inTemplates);
                    } catch (RuntimeException e) {
                        System.err.println("troubleshoot serve: rebuild failed: " + e);
                    }
                }
            }
        } catch (InterruptedException e) {
            // stopped
        }
    }

    private boolean isTemplate(Path path) {
        return templates.isPresent() && path.startsWith(templates.get());
    }

    /**
     * Whether a path is none of serve's business: hidden (a name under the watched folder starts with a dot),
     * excluded (it or a folder it is in; the template folder is never excluded here, even inside the content
     * folder), or outside both folders.
     */
    private boolean isSkipped(Path path) {
        if (path.equals(settings)) {
            return false;
        }
        boolean template = isTemplate(path);
        if (!template && !path.startsWith(content)) {
            return true;
        }
        for (Path name : (template ? templates.get() : content).relativize(path)) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        if (!template) {
            for (Path part = path; part != null && part.startsWith(content); part = part.getParent()) {
                if (excluded.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How the library walks a folder (to register it and its sub-folders, or to report what a new folder
     * holds): skipped folders are not entered, so on Linux they cost no inotify watch.
     */
    private void visit(Path start, FileTreeVisitor.Callback onFolder, FileTreeVisitor.Callback onFile)
            throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                if (isSkipped(folder)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onFolder.call(folder);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!isSkipped(file)) {
                    onFile.call(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // gone again
            }
        });
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        batches.interrupt();
    }
}
