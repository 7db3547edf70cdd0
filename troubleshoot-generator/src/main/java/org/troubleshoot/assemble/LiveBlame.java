package org.troubleshoot.assemble;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The line dates of the live preview: every file blamed once, in the background, when the preview starts; a file
 * blamed again once its size or modification time changed since (a save shifts its rows' lines, and blame of the
 * file as it is now counts edited lines as not committed yet). Outside a git repository, nothing is ever run.
 */
public final class LiveBlame {
    private final Path contentDirectory;
    private final boolean inRepository;
    private final GitBlame.Pending start;
    private Map<String, String[]> lines;
    private final Map<String, Stamp> stamps = new HashMap<>();

    private record Stamp(long size, long modified) {}

    public LiveBlame(Path contentDirectory) {
        this.contentDirectory = contentDirectory;
        this.inRepository = GitHistory.inRepository(contentDirectory);
        this.start = GitBlame.start(contentDirectory);
    }

    /**
     * The dates of every blamed file's lines, after blaming again those of {@code files} (content-relative) that
     * changed since they were last blamed. The first call waits for the blame started with the preview.
     */
    public synchronized Map<String, String[]> current(Collection<String> files) {
        if (!inRepository) {
            return Map.of();
        }
        if (lines == null) {
            lines = new HashMap<>(start.lines());
            files.forEach(file -> stamps.put(file, stamp(file)));
            return Map.copyOf(lines);
        }
        for (String file : files) {
            Stamp now = stamp(file);
            if (!now.equals(stamps.get(file))) {
                stamps.put(file, now);
                String[] dates = GitBlame.file(contentDirectory, file);
                if (dates == null) {
                    lines.remove(file);
                } else {
                    lines.put(file, dates);
                }
            }
        }
        return Map.copyOf(lines);
    }

    private Stamp stamp(String file) {
        Path path = contentDirectory.resolve(file);
        try {
            return new Stamp(Files.size(path), Files.getLastModifiedTime(path).toMillis());
        } catch (IOException e) {
            return new Stamp(-1, -1);
        }
    }
}
