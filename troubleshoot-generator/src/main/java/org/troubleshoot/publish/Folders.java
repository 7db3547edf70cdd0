package org.troubleshoot.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Removing folders the generator made itself (staging folders, the serve command's preview). */
public final class Folders {
    private Folders() {}

    /** Deletes {@code root} and everything in it; nothing happens if it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        delete(root, true);
    }

    /** Deletes everything in {@code folder} but keeps the folder (creating it if needed). */
    public static void empty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            return;
        }
        delete(folder, false);
    }

    private static void delete(Path root, boolean includingRoot) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (includingRoot || !dir.equals(root)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
