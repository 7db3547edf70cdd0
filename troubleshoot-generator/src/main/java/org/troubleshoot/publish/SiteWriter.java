package org.troubleshoot.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.troubleshoot.plan.PlannedFile;

/**
 * Writes planned files into a folder: on as many threads as there are processors, each taking the next file
 * in plan order, so that the big shared files (planned first) start at once and the pages fill in around
 * them. The first failure stops the rest and is thrown, an {@link Error} too: a file a helper thread failed
 * to write must not go unnoticed, or a site with a page missing would be published.
 */
public final class SiteWriter {
    private SiteWriter() {}

    /** Writes {@code files} into {@code folder}; returns how many. */
    public static int write(List<PlannedFile> files, Path folder) throws IOException {
        // Folders already made: asking the file system again for every page costs an exception each time.
        Set<Path> folders = ConcurrentHashMap.newKeySet();
        forEach(files, file -> write(file, folder, folders));
        return files.size();
    }

    /** One file's work, which may fail. */
    interface Task<T> {
        void run(T item) throws IOException;
    }

    /**
     * Runs {@code task} for every item, in list order, on as many threads as there are processors; the first
     * failure stops the rest and is thrown.
     */
    static <T> void forEach(List<T> items, Task<T> task) throws IOException {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "troubleshoot-write");
            thread.setDaemon(true);
            return thread;
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            for (T item : items) {
                pool.execute(() -> {
                    if (failure.get() != null) {
                        return;
                    }
                    try {
                        task.run(item);
                    } catch (IOException | RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a very big site: keep waiting
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the site", e);
        }
        Throwable first = failure.get();
        if (first instanceof IOException io) {
            throw io;
        }
        if (first instanceof UncheckedIOException unchecked) {
            throw unchecked.getCause();
        }
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first instanceof Error error) {
            throw error;
        }
    }

    private static void write(PlannedFile file, Path folder, Set<Path> folders) throws IOException {
        Path target = folder.resolve(file.path());
        Path parent = target.getParent();
        if (!folders.contains(parent)) {
            Files.createDirectories(parent);
            folders.add(parent);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            file.content().writeTo(out);
        }
    }
}
