package org.troubleshoot.publish;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Streams JSON into a UTF-8 file exactly as Gson's {@code JsonWriter} prints it with a two-space indent and
 * without HTML escaping — the layout site.json has always had — but straight into bytes. site.json of a big
 * site is over a hundred megabytes, a third of it indentation: written through a {@code Writer}, its tens of
 * millions of small writes cost more than everything else about it. Measured against Gson's writer streaming
 * into a file: about three times as fast (docs/benchmarks.md, "Writers"); {@code PrettyJsonWriterTest} holds the two
 * to the same bytes. {@link #compactHtmlSafe} writes Gson's compact, HTML-safe form instead (the search index's
 * documents, read by a script).
 */
public final class PrettyJsonWriter implements Closeable {
    private static final int SIZE = 256 * 1024;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /**
     * For each byte of a string's Latin-1 form: 0 written as it is, 1 escaped (controls, quote, backslash), 2
     * looked at closer (not ASCII, or what the Latin-1 encoder writes for a character it cannot hold).
     */
    private static final byte[] KINDS = kinds(false);
    /** {@link #KINDS}, with the characters Gson's HTML-safe form writes as Unicode escapes too. */
    private static final byte[] HTML_SAFE_KINDS = kinds(true);

    /** What the innermost open value is, as in Gson. */
    private static final int EMPTY_ARRAY = 1;

    private static final int NONEMPTY_ARRAY = 2;
    private static final int EMPTY_OBJECT = 3;
    private static final int DANGLING_NAME = 4;
    private static final int NONEMPTY_OBJECT = 5;
    private static final int EMPTY_DOCUMENT = 6;
    private static final int NONEMPTY_DOCUMENT = 7;

    private final OutputStream out;
    private final byte[] buffer;
    private final byte[] kinds;
    private int used;
    private int[] stack = new int[32];
    private int depth;
    /** Values this deep or deeper are written on one line, without spaces (see {@link #beginObjectOnOneLine}). */
    private int oneLineDepth;

    public PrettyJsonWriter(Path file) throws IOException {
        this(Files.newOutputStream(file));
    }

    /** Writes into {@code out}, which {@link #close()} closes. */
    public PrettyJsonWriter(OutputStream out) {
        this(out, SIZE, KINDS, Integer.MAX_VALUE);
    }

    private PrettyJsonWriter(OutputStream out, int size, byte[] kinds, int oneLineDepth) {
        this.out = out;
        this.buffer = new byte[size];
        this.kinds = kinds;
        this.oneLineDepth = oneLineDepth;
        stack[depth++] = EMPTY_DOCUMENT;
    }

    /**
     * A writer of JSON as Gson's {@code JsonWriter} writes it without an indent and with {@code setHtmlSafe(true)}
     * ({@code <}, {@code >}, {@code &}, {@code =} and {@code '} as Unicode escapes), for a document of some
     * kilobytes: its buffer is small. {@link #flush()} writes what it holds to {@code out}, which is then the
     * caller's to close.
     */
    public static PrettyJsonWriter compactHtmlSafe(OutputStream out) {
        return new PrettyJsonWriter(out, 16 * 1024, HTML_SAFE_KINDS, 1);
    }

    public PrettyJsonWriter beginObject() throws IOException {
        return open(EMPTY_OBJECT, '{');
    }

    /**
     * An object written on one line, as Gson's compact form writes it ({@code {"a":1,"b":[2]}}), with everything
     * in it; placed like any value (a line of its own in an array). One record per line keeps a big file
     * diffable at two thirds of the size of the indented form.
     */
    public PrettyJsonWriter beginObjectOnOneLine() throws IOException {
        beforeValue();
        push(EMPTY_OBJECT);
        oneLineDepth = Math.min(oneLineDepth, depth);
        put((byte) '{');
        return this;
    }

    public PrettyJsonWriter endObject() throws IOException {
        return close(EMPTY_OBJECT, NONEMPTY_OBJECT, '}');
    }

    public PrettyJsonWriter beginArray() throws IOException {
        return open(EMPTY_ARRAY, '[');
    }

    public PrettyJsonWriter endArray() throws IOException {
        return close(EMPTY_ARRAY, NONEMPTY_ARRAY, ']');
    }

    /** The name of the next value of the open object. */
    public PrettyJsonWriter name(String name) throws IOException {
        int context = stack[depth - 1];
        if (context == NONEMPTY_OBJECT) {
            put((byte) ',');
        } else if (context != EMPTY_OBJECT) {
            throw new IllegalStateException("a name outside an object");
        }
        newline();
        stack[depth - 1] = DANGLING_NAME;
        string(name);
        return this;
    }

    public PrettyJsonWriter value(String value) throws IOException {
        beforeValue();
        string(value);
        return this;
    }

    public PrettyJsonWriter value(long value) throws IOException {
        beforeValue();
        ascii(Long.toString(value));
        return this;
    }

    /** A line break after the document (Gson leaves it to the caller too). */
    public void newlineAtEnd() throws IOException {
        put((byte) '\n');
    }

    private PrettyJsonWriter open(int empty, char bracket) throws IOException {
        beforeValue();
        push(empty);
        put((byte) bracket);
        return this;
    }

    private PrettyJsonWriter close(int empty, int nonempty, char bracket) throws IOException {
        int context = stack[depth - 1];
        if (context != empty && context != nonempty) {
            throw new IllegalStateException("closing the wrong kind of value");
        }
        boolean oneLine = depth >= oneLineDepth;
        depth--;
        if (context == nonempty && !oneLine) {
            newline();
        }
        put((byte) bracket);
        if (depth < oneLineDepth) {
            oneLineDepth = Integer.MAX_VALUE;
        }
        return this;
    }

    private void push(int context) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = context;
    }

    private void beforeValue() throws IOException {
        switch (stack[depth - 1]) {
            case EMPTY_DOCUMENT -> stack[depth - 1] = NONEMPTY_DOCUMENT;
            case EMPTY_ARRAY -> {
                stack[depth - 1] = NONEMPTY_ARRAY;
                newline();
            }
            case NONEMPTY_ARRAY -> {
                put((byte) ',');
                newline();
            }
            case DANGLING_NAME -> {
                room(2);
                buffer[used++] = ':';
                if (depth < oneLineDepth) {
                    buffer[used++] = ' ';
                }
                stack[depth - 1] = NONEMPTY_OBJECT;
            }
            default -> throw new IllegalStateException("a second value where one was expected");
        }
    }

    /** A line break and two spaces for every open value but the document (nothing on one line). */
    private void newline() throws IOException {
        if (depth >= oneLineDepth) {
            return;
        }
        int spaces = 2 * (depth - 1);
        room(1 + spaces);
        buffer[used++] = '\n';
        Arrays.fill(buffer, used, used + spaces, (byte) ' ');
        used += spaces;
    }

    /** A quoted string, escaped as Gson escapes it; characters encoded as UTF-8 (a lone surrogate as '?'). */
    private void string(String value) throws IOException {
        put((byte) '"');
        // One pass over the string's Latin-1 form finds the characters to escape and the end of ASCII; runs of
        // bytes between them are copied whole. On C1, much quicker than encoding character by character.
        byte[] latin1 = Latin1Form.of(value);
        int run = 0;
        for (int i = 0; i < latin1.length; i++) {
            int kind = kinds[latin1[i] & 0xFF];
            if (kind == 0) {
                continue;
            }
            copy(latin1, run, i - run);
            run = i + 1;
            if (kind == 1) {
                room(6);
                escape((char) latin1[i]);
            } else if (Latin1Form.endsAscii(latin1, i, value)) {
                // Not ASCII: the rest as UTF-8.
                utf8(value.substring(i));
                run = latin1.length;
                break;
            } else {
                run = i; // a question mark, written with the run after it
            }
        }
        copy(latin1, run, latin1.length - run);
        put((byte) '"');
    }

    /**
     * Text that is not all ASCII, from its UTF-8: no byte of a longer sequence is ASCII, so only ASCII is
     * looked at (escaped as in the Latin-1 pass, HTML characters included in the HTML-safe form), and U+2028 and
     * U+2029 by their three bytes; String.getBytes writes a lone surrogate as '?'.
     */
    private void utf8(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        int run = 0; // runs of bytes written as they are are copied whole
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            // What the Latin-1 pass escapes, by the same table: a '?' here is a real one or a lone surrogate's.
            if (b >= 0 ? kinds[b] != 1 : b != (byte) 0xE2) {
                continue;
            }
            if (b >= 0) {
                copy(bytes, run, i - run);
                room(6);
                escape((char) b);
                run = i + 1;
            } else if (i + 2 < length
                    && bytes[i + 1] == (byte) 0x80
                    && (bytes[i + 2] == (byte) 0xA8 || bytes[i + 2] == (byte) 0xA9)) {
                copy(bytes, run, i - run);
                room(6);
                unicodeEscape(bytes[i + 2] == (byte) 0xA8 ? '\u2028' : '\u2029');
                i += 2;
                run = i + 1;
            }
        }
        copy(bytes, run, length - run);
    }

    private void escape(char c) {
        buffer[used++] = '\\';
        switch (c) {
            case '"' -> buffer[used++] = '"';
            case '\\' -> buffer[used++] = '\\';
            case '\t' -> buffer[used++] = 't';
            case '\b' -> buffer[used++] = 'b';
            case '\n' -> buffer[used++] = 'n';
            case '\r' -> buffer[used++] = 'r';
            case '\f' -> buffer[used++] = 'f';
            default -> {
                used--;
                unicodeEscape(c);
            }
        }
    }

    private void unicodeEscape(char c) {
        buffer[used++] = '\\';
        buffer[used++] = 'u';
        buffer[used++] = HEX[c >> 12 & 0xF];
        buffer[used++] = HEX[c >> 8 & 0xF];
        buffer[used++] = HEX[c >> 4 & 0xF];
        buffer[used++] = HEX[c & 0xF];
    }

    private void ascii(String text) throws IOException {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[used++] = (byte) text.charAt(i);
        }
    }

    private void put(byte b) throws IOException {
        room(1);
        buffer[used++] = b;
    }

    /** Makes room for {@code bytes} more bytes (at most the buffer's size). */
    private static byte[] kinds(boolean htmlSafe) {
        byte[] kinds = new byte[256];
        Arrays.fill(kinds, 0, 0x20, (byte) 1);
        kinds['"'] = 1;
        kinds['\\'] = 1;
        if (htmlSafe) {
            for (char c : "<>&='".toCharArray()) {
                kinds[c] = 1;
            }
        }
        kinds['?'] = 2;
        Arrays.fill(kinds, 0x80, 0x100, (byte) 2);
        return kinds;
    }

    private void copy(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            out.write(buffer, 0, used);
            used = 0;
            if (length > buffer.length) {
                out.write(bytes, offset, length);
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, used, length);
        used += length;
    }

    private void room(int bytes) throws IOException {
        if (used + bytes > buffer.length) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    /** Writes what the writer holds to its stream, and flushes that. */
    public void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
