package org.troubleshoot.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Writes the cache's binary form: variable-length integers and length-prefixed UTF-8 strings into a buffer
 * of its own, with a checksum of everything written, so that a reader can tell a whole file from a torn or
 * altered one. Hand-written because the cache of a big site holds millions of strings: a
 * {@code DataOutputStream} or Java serialization spends more per string than the build saves by reading it.
 */
final class BinaryOut implements AutoCloseable {
    private final OutputStream out;
    /** Null when writing into memory to be hashed (see {@link #unchecked}). */
    private final CRC32C checksum;

    private final byte[] buffer;
    private int used;

    BinaryOut(OutputStream out) {
        this(out, new CRC32C(), 64 * 1024);
    }

    private BinaryOut(OutputStream out, CRC32C checksum, int size) {
        this.out = out;
        this.checksum = checksum;
        this.buffer = new byte[size];
    }

    /**
     * The same form into {@code out}, with neither a checksum nor a big buffer of its own: a digest writes each
     * page of a site this way, and does not read it back.
     */
    static BinaryOut unchecked(OutputStream out) {
        return new BinaryOut(out, null, 1024);
    }

    void varint(long value) throws IOException {
        room(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            buffer[used++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buffer[used++] = (byte) v;
    }

    void bool(boolean value) throws IOException {
        varint(value ? 1 : 0);
    }

    /** A string that may be null. */
    void string(String value) throws IOException {
        if (value == null) {
            varint(0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        varint(bytes.length + 1L);
        bytes(bytes);
    }

    void bytes(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length / 2) {
            flushBuffer();
            if (checksum != null) {
                checksum.update(bytes);
            }
            out.write(bytes);
            return;
        }
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void room(int bytes) throws IOException {
        if (used + bytes > buffer.length) {
            flushBuffer();
        }
    }

    private void flushBuffer() throws IOException {
        if (checksum != null) {
            checksum.update(buffer, 0, used);
        }
        out.write(buffer, 0, used);
        used = 0;
    }

    /** Ends the file with the checksum of all that came before it, and closes the stream. */
    @Override
    public void close() throws IOException {
        try (out) {
            flushBuffer();
            if (checksum == null) {
                return;
            }
            long sum = checksum.getValue();
            for (int i = 0; i < 4; i++) {
                out.write((int) (sum >>> (8 * i)) & 0xFF);
            }
        }
    }
}
