package org.troubleshoot.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What tells that a published file is still the one a build wrote, without reading it: its size, modification
 * time and file key (device and inode on Unix). Any write to the file changes its time; replacing it changes
 * its inode. {@code rsync} trusts the same signs.
 *
 * @param key the file system's key of the file, or "" where there is none
 */
public record FileStamp(long size, long modifiedNanos, String key) {
    public static FileStamp of(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return new FileStamp(
                attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                key == null ? "" : key.toString());
    }

    public static FileStamp of(Path file) throws IOException {
        return of(Files.readAttributes(file, BasicFileAttributes.class));
    }
}
