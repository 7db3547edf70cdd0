package org.troubleshoot.cache;

import org.troubleshoot.model.Page;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * SHA-256 digests of what output files are made from, in an unambiguous form: every string length-prefixed,
 * a page in the cache's own binary form (every field of every record), so that two different inputs never
 * give the same bytes to hash.
 */
public final class Digests {
    private final MessageDigest digest = BuildCache.digest();

    public Digests add(String text) {
        if (text == null) {
            digest.update((byte) 0);
            return this;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        add(bytes.length);
        digest.update(bytes);
        return this;
    }

    public Digests add(long number) {
        for (int i = 0; i < 8; i++) {
            digest.update((byte) (number >>> (8 * i)));
        }
        return this;
    }

    public Digests add(byte[] bytes) {
        add(bytes.length);
        digest.update(bytes);
        return this;
    }

    /** Every field of the page, its sections and entries. */
    public Digests add(Page page) {
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                digest.update((byte) b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                digest.update(bytes, offset, length);
            }
        };
        try (BinaryOut out = new BinaryOut(sink)) {
            new ModelCodec.Writer(out).page(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // hashing in memory does not fail
        }
        return this;
    }

    public byte[] digest() {
        return digest.digest();
    }
}
