package org.troubleshoot.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A writer of one large UTF-8 file (site.json) made of very many small writes: they are collected in a
 * {@link StringBuilder}, where each is a plain array copy, and encoded with {@link String#getBytes} a big piece
 * at a time. (For the many small pages, {@link Utf8FileWriter} allocates less.)
 */
public final class LargeTextFileWriter extends Writer {
    private static final int PIECE = 256 * 1024;

    private final OutputStream out;
    private final StringBuilder text = new StringBuilder(PIECE + 4096);

    public LargeTextFileWriter(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
    }

    @Override
    public void write(int c) throws IOException {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        text.append(chars, offset, length);
        encodeIfFull();
    }

    @Override
    public void write(String string) throws IOException {
        text.append(string);
        encodeIfFull();
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        text.append(string, offset, offset + length);
        encodeIfFull();
    }

    @Override
    public Writer append(CharSequence chars) throws IOException {
        text.append(chars);
        encodeIfFull();
        return this;
    }

    private void encodeIfFull() throws IOException {
        if (text.length() >= PIECE) {
            encode(false);
        }
    }

    /** Encodes what is collected, but a trailing high surrogate waits for its low half. */
    private void encode(boolean all) throws IOException {
        int end = text.length();
        if (!all && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        out.write(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
        text.delete(0, end);
    }

    @Override
    public void flush() throws IOException {
        encode(true);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            encode(true);
        }
    }
}
