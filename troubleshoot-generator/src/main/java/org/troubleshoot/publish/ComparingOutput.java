package org.troubleshoot.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;

/**
 * A file's new bytes, compared as they come with the bytes the previous site has at the same path. Nothing is
 * written while they agree; at the first difference the new file is created, the agreeing part copied into it
 * from the previous file, and the rest written through. So a file that did not change costs a read of the old
 * one (usually from the page cache) and no write, and a big file is never held in memory.
 */
final class ComparingOutput extends OutputStream {
    private final Path previous;
    private final Path target;
    private final Set<Path> folders;
    private final InputStream old;
    private byte[] compare = new byte[8192];
    /** Bytes that agreed with the previous file so far (while {@link #out} is null). */
    private long agreed;
    /** The new file, once the bytes differ; null while they agree. */
    private OutputStream out;

    private boolean closed;
    private boolean same;

    /**
     * @param previous the previous site's file, which must exist
     * @param target   where the file goes if it changed (its folder is made then)
     * @param folders  the folders made so far, shared by the threads writing a site
     */
    ComparingOutput(Path previous, Path target, Set<Path> folders) throws IOException {
        this.previous = previous;
        this.target = target;
        this.folders = folders;
        this.old = Files.newInputStream(previous);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (out != null) {
            out.write(bytes, offset, length);
            return;
        }
        if (compare.length < length) {
            compare = new byte[Math.max(length, compare.length * 2)];
        }
        int read = old.readNBytes(compare, 0, length);
        if (read == length && Arrays.equals(compare, 0, length, bytes, offset, offset + length)) {
            agreed += length;
            return;
        }
        diverge();
        out.write(bytes, offset, length);
    }

    /** Creates the new file with the bytes that agreed so far, copied from the previous file. */
    private void diverge() throws IOException {
        old.close();
        Republisher.createParent(target, folders);
        out = Files.newOutputStream(target);
        if (agreed > 0) {
            try (FileChannel from = FileChannel.open(previous, StandardOpenOption.READ)) {
                long done = 0;
                var channel = Channels.newChannel(out);
                while (done < agreed) {
                    done += from.transferTo(done, agreed - done, channel);
                }
            }
        }
    }

    /** Whether the new bytes are exactly the previous file's (valid after {@link #close()}). */
    boolean same() {
        return same;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (out == null) {
            if (old.read() < 0) {
                same = true; // as long as the previous file, and equal all along
                old.close();
                return;
            }
            diverge(); // the new file is a shorter one
        }
        out.close();
    }
}
