package org.troubleshoot.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Reads what {@link BinaryOut} wrote, checking as it goes that the file is whole: any problem (a short file,
 * an impossible length, a wrong checksum) is a {@link CorruptCacheException}, and the caller then builds
 * without the cache. Nothing read is used before {@link #verifyEnd()} has checked the checksum.
 */
final class BinaryIn implements AutoCloseable {
    /** No string or list in a cache is longer; a bigger length means the file is not what it claims to be. */
    private static final int MAX_LENGTH = 256 * 1024 * 1024;

    private final InputStream in;
    private final CRC32C checksum = new CRC32C();
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;

    BinaryIn(InputStream in) {
        this.in = in;
    }

    long varint() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = next();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new CorruptCacheException("a number runs on");
    }

    int integer() throws IOException {
        long value = varint();
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new CorruptCacheException("a number out of range");
        }
        return (int) value;
    }

    /** A count of things that follow; bounded so that a damaged file cannot ask for gigabytes. */
    int length() throws IOException {
        int length = integer();
        if (length > MAX_LENGTH) {
            throw new CorruptCacheException("a length out of range");
        }
        return length;
    }

    boolean bool() throws IOException {
        return varint() != 0;
    }

    String string() throws IOException {
        int length = length();
        if (length == 0) {
            return null;
        }
        int size = length - 1;
        if (size <= limit - position) {
            String value = new String(buffer, position, size, StandardCharsets.UTF_8);
            position += size;
            return value;
        }
        return new String(bytes(size), StandardCharsets.UTF_8);
    }

    byte[] bytes(int size) throws IOException {
        byte[] bytes = new byte[size];
        int done = 0;
        while (done < size) {
            if (position == limit) {
                fill();
            }
            int n = Math.min(size - done, limit - position);
            System.arraycopy(buffer, position, bytes, done, n);
            position += n;
            done += n;
        }
        return bytes;
    }

    private int next() throws IOException {
        if (position == limit) {
            fill();
        }
        return buffer[position++] & 0xFF;
    }

    /** Refills the buffer; every byte of it was read, so it is taken into the checksum now. */
    private void fill() throws IOException {
        checksum.update(buffer, 0, limit);
        position = 0;
        limit = 0;
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            throw new CorruptCacheException("the file ends early");
        }
        limit = n;
    }

    /** Checks that the checksum of all the data read follows it, and nothing after it. */
    void verifyEnd() throws IOException {
        checksum.update(buffer, 0, position);
        long sum = checksum.getValue();
        long written = 0;
        for (int i = 0; i < 4; i++) {
            int b = position < limit ? buffer[position++] & 0xFF : in.read();
            if (b < 0) {
                throw new CorruptCacheException("the file ends early");
            }
            written |= (long) b << (8 * i);
        }
        if (position != limit || in.read() >= 0) {
            throw new CorruptCacheException("more bytes after the end");
        }
        if (sum != written) {
            throw new CorruptCacheException("checksum mismatch");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
