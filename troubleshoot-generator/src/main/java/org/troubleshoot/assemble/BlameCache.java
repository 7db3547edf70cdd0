package org.troubleshoot.assemble;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The line dates {@link GitBlame} found in the last build, kept in the build cache's folder: the commit they were
 * found at and, for each file that had no uncommitted change then, the date of each of its lines. Blame is the
 * slow part of reading row dates (one git process per file: seconds for a few thousand files), and a file that
 * no commit since touched and that is not being edited has the same blame. A file that cannot be read is as no
 * file (everything is blamed again).
 */
public final class BlameCache {
    private static final String MAGIC = "troubleshoot-blame 1";

    /** What was found at commit {@code head}: content-relative file → the date of each line (null: none). */
    public record Blames(String head, Map<String, String[]> lines) {}

    private BlameCache() {}

    public static Optional<Blames> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!in.readUTF().equals(MAGIC)) {
                return Optional.empty();
            }
            String head = in.readUTF();
            int files = in.readInt();
            Map<String, String[]> lines = new HashMap<>();
            for (int f = 0; f < files; f++) {
                String name = in.readUTF();
                String[] dates = new String[in.readInt()];
                for (int i = 0; i < dates.length; i++) {
                    String date = in.readUTF();
                    dates[i] = date.isEmpty() ? null : date;
                }
                lines.put(name, dates);
            }
            return Optional.of(new Blames(head, lines));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // torn or not ours: blamed again
        }
    }

    /** Writes {@code blames} over the file, whole or not at all; a cache that cannot be written is no error. */
    public static void write(Path file, Blames blames) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary =
                    Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                try (DataOutputStream out =
                        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                    out.writeUTF(MAGIC);
                    out.writeUTF(blames.head());
                    out.writeInt(blames.lines().size());
                    for (Map.Entry<String, String[]> entry : new TreeMap<>(blames.lines()).entrySet()) {
                        out.writeUTF(entry.getKey());
                        out.writeInt(entry.getValue().length);
                        for (String date : entry.getValue()) {
                            out.writeUTF(date == null ? "" : date);
                        }
                    }
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            // the next build blames everything again
        }
    }
}
