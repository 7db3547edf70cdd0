package org.troubleshoot.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Watches the content and template folders (sub-folders too, including new ones) and reports changes in
 * batches: events that arrive within {@value #QUIET_MILLIS} ms of each other are one change, so an editor's
 * burst of writes, a rename or a `git checkout` gives one rebuild.
 */
final class Watcher implements AutoCloseable {
    static final long QUIET_MILLIS = 12;

    private final Path content;
    private final Optional<Path> templates;
    private final Set<Path> excluded;
    private final BiConsumer<List<Path>, Boolean> onChange;
    private final WatchService service;
    private final Thread thread;

    /** @param onChange called with the changed paths, and whether any is in the template folder */
    Watcher(Path content, Optional<Path> templates, Set<Path> excluded, BiConsumer<List<Path>, Boolean> onChange)
            throws IOException {
        this.content = content.toAbsolutePath().normalize();
        this.templates = templates.map(t -> t.toAbsolutePath().normalize());
        this.excluded = excluded;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        register(this.content);
        if (this.templates.isPresent()) {
            register(this.templates.get());
        }
        this.thread = new Thread(this::run, "troubleshoot-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (excluded.contains(dir) || (!dir.equals(root) && dir.getFileName().toString().startsWith("."))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                collect(key, changed);
                // Coalesce: keep taking events until the folders have been quiet for a moment.
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                List<Path> relevant = new ArrayList<>();
                boolean inTemplates = false;
                for (Path path : changed) {
                    if (isExcluded(path)) {
                        continue;
                    }
                    relevant.add(path);
                    inTemplates |= templates.isPresent() && path.startsWith(templates.get());
                }
                if (!relevant.isEmpty()) {
                    try {
                        onChange.accept(relevant, inTemplates);
                    } catch (RuntimeException e) {
                        System.err.println("troubleshoot serve: rebuild failed: " + e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    private boolean isExcluded(Path path) {
        for (Path part = path; part != null; part = part.getParent()) {
            if (excluded.contains(part)) {
                return true;
            }
        }
        return path.getFileName().toString().startsWith(".");
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(dir);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path);
                } catch (IOException e) {
                    // the folder went away again
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
