package org.troubleshoot.publish;

import org.troubleshoot.model.Html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A writer of a UTF-8 file that encodes characters straight into a byte buffer. A build writes hundreds of
 * megabytes of HTML and JSON in small pieces; a {@code BufferedWriter} over a charset encoder spends more time
 * in its layers (and in a slow loop after the first non-ASCII character of every buffer) than in encoding.
 */
public final class Utf8FileWriter extends Writer {
    private static final int SIZE = 32 * 1024;

    private final OutputStream out;
    private final byte[] buffer = new byte[SIZE];
    private final char[] scratch = new char[1024];
    private int used;
    /** A high surrogate written last, waiting for its low half (a template may write them apart). */
    private char pendingHigh;

    public Utf8FileWriter(Path file) throws IOException {
        this(Files.newOutputStream(file));
    }

    /** Encodes into {@code out}, which {@link #close()} closes. */
    public Utf8FileWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0 && used < SIZE - 4) {
                buffer[used++] = (byte) c; // ASCII, the usual case, without a call
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        // Copied out in pieces: a loop over a char array is much faster than charAt on a UTF-16 string.
        int end = offset + length;
        for (int from = offset; from < end; from += scratch.length) {
            int to = Math.min(end, from + scratch.length);
            string.getChars(from, to, scratch, 0);
            write(scratch, 0, to - from);
        }
    }

    /** Writes a template value HTML-escaped ({@link Html#valueEscape}), escaping and encoding in one pass. */
    public void writeEscaped(String string) throws IOException {
        int end = string.length();
        for (int from = 0; from < end; from += scratch.length) {
            int to = Math.min(end, from + scratch.length);
            string.getChars(from, to, scratch, 0);
            for (int i = 0; i < to - from; i++) {
                char c = scratch[i];
                char[] replacement = Html.valueEscape(c);
                if (replacement != null) {
                    for (char r : replacement) {
                        put(r);
                    }
                } else if (c < 0x80 && pendingHigh == 0 && used < SIZE - 4) {
                    buffer[used++] = (byte) c;
                } else {
                    put(c);
                }
            }
        }
    }

    @Override
    public Writer append(CharSequence chars) throws IOException {
        String string = String.valueOf(chars);
        write(string, 0, string.length());
        return this;
    }

    private void put(char c) throws IOException {
        if (used > SIZE - 4) {
            drain();
        }
        if (c < 0x80 && pendingHigh == 0) {
            buffer[used++] = (byte) c;
            return;
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                used = Utf8.putCodePoint(buffer, used, Character.toCodePoint(high, c));
                return;
            }
            buffer[used++] = '?'; // a lone high surrogate, as String.getBytes writes it
            put(c);
            return;
        }
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            used = Utf8.putChar(buffer, used, c);
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                if (used > SIZE - 4) {
                    drain();
                }
                buffer[used++] = '?';
            }
            drain();
        }
    }
}
