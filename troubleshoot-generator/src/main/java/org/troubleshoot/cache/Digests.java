package org.troubleshoot.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.apache.commons.codec.digest.MurmurHash3;
import org.troubleshoot.model.Page;

/**
 * 128-bit digests (MurmurHash3) of what a build reads and what output files are made from, in an unambiguous
 * form: every string length-prefixed, a page in the cache's own binary form (every field of every record), so
 * that two different inputs never give the same bytes to hash. Not a cryptographic hash: nobody gains by
 * forging one (a writer who wants other output changes the content), and under the launcher's C1 compiler
 * SHA-256 runs at about 50 MB/s, this at 300 MB/s; 128 bits leave accidental collisions out of reach.
 */
public final class Digests {
    private byte[] buffer;
    private int used;

    public Digests() {
        this(256);
    }

    /** A digest of about {@code bytes} bytes of input: its buffer is not copied while it grows to that size. */
    public Digests(int bytes) {
        buffer = new byte[Math.max(64, bytes)];
    }

    /** The digest of {@code bytes} alone. */
    public static byte[] of(byte[] bytes) {
        return toBytes(MurmurHash3.hash128x64(bytes, 0, bytes.length, 0));
    }

    /**
     * A string as its length and UTF-16 code units, each in two bytes: as unambiguous as UTF-8 and without
     * encoding it into a new array first (a large site's page digests read tens of megabytes, most of it text).
     */
    public Digests add(String text) {
        if (text == null) {
            return put((byte) 0);
        }
        put((byte) 1);
        int length = text.length();
        add(length);
        room(2 * length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            buffer[used++] = (byte) c;
            buffer[used++] = (byte) (c >>> 8);
        }
        return this;
    }

    /** How many bytes have been added. */
    public int size() {
        return used;
    }

    public Digests add(long number) {
        room(8);
        for (int i = 0; i < 8; i++) {
            buffer[used++] = (byte) (number >>> (8 * i));
        }
        return this;
    }

    public Digests add(byte[] bytes) {
        add(bytes.length);
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
        return this;
    }

    /**
     * Every component of a record by name, and of the records in it: its whole value, like its {@code toString()},
     * which would cost a build 10–20 ms to set up on its first call for each kind of record.
     */
    public Digests addComponents(Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Method accessor = component.getAccessor();
            Object value;
            try {
                accessor.setAccessible(true); // the record may be private to its package; its value is not secret
                value = accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            add(component.getName());
            if (value instanceof Record nested) {
                addComponents(nested);
            } else {
                add(String.valueOf(value));
            }
        }
        return this;
    }

    /** Every field of the page, its sections and entries. */
    public Digests add(Page page) {
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                put((byte) b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                room(length);
                System.arraycopy(bytes, offset, buffer, used, length);
                used += length;
            }
        };
        try (BinaryOut out = BinaryOut.unchecked(sink)) {
            new ModelWriter(out).page(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing into memory does not fail
        }
        return this;
    }

    public byte[] digest() {
        return toBytes(MurmurHash3.hash128x64(buffer, 0, used, 0));
    }

    private Digests put(byte b) {
        room(1);
        buffer[used++] = b;
        return this;
    }

    private void room(int bytes) {
        if (used + bytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, used + bytes));
        }
    }

    private static byte[] toBytes(long[] hash) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            bytes[i] = (byte) (hash[i / 8] >>> (8 * (i % 8)));
        }
        return bytes;
    }
}
