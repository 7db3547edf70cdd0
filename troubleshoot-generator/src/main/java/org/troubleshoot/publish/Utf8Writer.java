package org.troubleshoot.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes characters straight into a byte buffer as UTF-8, and can HTML-escape a value in the same
 * pass. The launcher runs on C1 only, where the JDK's {@code BufferedWriter} over a charset encoder copies every
 * Latin-1 string into a UTF-16 buffer, then encodes that buffer in a slow loop once it holds one non-ASCII
 * character: in a cold build those layers, with a separate scan of each template value for characters to
 * escape, were a quarter of the CPU time (docs/benchmarks.md, "Cold builds"). Broken UTF-16 (a lone surrogate)
 * is written as '?', as {@code String.getBytes} writes it, instead of failing the build.
 */
public final class Utf8Writer extends Writer {
    /** Most pages fit (a large site's median is 16 kB); a writer is made per file, so larger costs garbage. */
    private static final int SIZE = 16 * 1024;
    /** The length from which what follows a whole string's ASCII start is encoded by the JDK ({@link #write(String, int, int)}). */
    private static final int WHOLE = 32;

    private final OutputStream out;
    private final byte[] buffer = new byte[SIZE];
    /** Strings are copied out into this array in pieces: on C1, a loop over an array beats charAt. */
    private final char[] scratch = new char[512];

    private int used;
    /** A high surrogate written last, waiting for its low half (a template may write them apart). */
    private char pendingHigh;

    /** A writer into {@code out}; closing it closes {@code out}. */
    public Utf8Writer(OutputStream out) {
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
        if (offset == 0 && length == string.length() && pendingHigh == 0) {
            // A whole string, such as a template's text or a cell's HTML: its ASCII start, from its Latin-1 form,
            // copied whole.
            byte[] latin1 = Latin1Form.of(string);
            int ascii = 0;
            while (ascii < length && !Latin1Form.endsAscii(latin1, ascii, string)) {
                ascii++;
            }
            bytes(latin1, 0, ascii);
            if (ascii == length) {
                return;
            }
            offset = ascii;
            length -= ascii;
            if (length >= WHOLE && !Character.isSurrogate(string.charAt(string.length() - 1))) {
                // The JDK's encoder writes a lone surrogate as '?' too; the rest starts with a character that
                // is not ASCII, and none at either end can pair with a neighbour's (checked above and here).
                bytes(string.substring(offset).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        int end = offset + length;
        for (int from = offset; from < end; from += scratch.length) {
            int to = Math.min(end, from + scratch.length);
            string.getChars(from, to, scratch, 0);
            write(scratch, 0, to - from);
        }
    }

    /**
     * An escaping table ({@code table[c]}, if not null, is written instead of the character {@code c}), such as
     * {@code Html.valueReplacements()}, made once into the forms {@link #write(String, Escapes)} reads.
     */
    public static final class Escapes {
        private final char[][] chars;
        private final byte[][] bytes;
        /** For each byte of a string's Latin-1 form: 0 written as it is, 1 replaced, 2 looked at closer. */
        private final byte[] kinds = new byte[256];

        /** @param table replacements of ASCII characters only (a table of 128 entries at most) */
        public Escapes(String[] table) {
            if (table.length > 0x80) {
                throw new IllegalArgumentException("only ASCII characters can be escaped: " + table.length);
            }
            chars = new char[table.length][];
            bytes = new byte[table.length][];
            for (int c = 0; c < table.length; c++) {
                if (table[c] != null) {
                    chars[c] = table[c].toCharArray();
                    bytes[c] = table[c].getBytes(StandardCharsets.UTF_8);
                    kinds[c] = 1;
                }
            }
            // Not ASCII, or what the Latin-1 encoder writes for a character it cannot hold.
            Arrays.fill(kinds, 0x80, 0x100, (byte) 2);
            kinds['?'] = 2;
        }
    }

    /**
     * Writes {@code string} with every character that has a replacement in {@code escapes} written as that
     * replacement instead, in one pass.
     */
    public void write(String string, Escapes escapes) throws IOException {
        if (pendingHigh != 0) {
            writeEscaped(string, 0, escapes.chars); // the loop pairs a surrogate split between writes
            return;
        }
        // One pass over the string's Latin-1 form finds the characters to replace and the end of ASCII; runs of
        // bytes between them are copied whole. On C1, several times quicker than encoding character by character.
        byte[] latin1 = Latin1Form.of(string);
        byte[] kinds = escapes.kinds;
        int run = 0;
        for (int i = 0; i < latin1.length; i++) {
            int kind = kinds[latin1[i] & 0xFF];
            if (kind == 0) {
                continue;
            }
            bytes(latin1, run, i - run);
            run = i + 1;
            if (kind == 1) {
                byte[] replacement = escapes.bytes[latin1[i]];
                bytes(replacement, 0, replacement.length);
            } else if (Latin1Form.endsAscii(latin1, i, string)) {
                // Not ASCII: the rest is encoded character by character.
                writeEscaped(string, i, escapes.chars);
                return;
            } else if ('?' < escapes.bytes.length && escapes.bytes['?'] != null) {
                bytes(escapes.bytes['?'], 0, escapes.bytes['?'].length);
            } else {
                run = i; // a question mark, written with the run after it
            }
        }
        bytes(latin1, run, latin1.length - run);
    }

    private void writeEscaped(String string, int start, char[][] replacements) throws IOException {
        int end = string.length();
        for (int from = start; from < end; from += scratch.length) {
            int to = Math.min(end, from + scratch.length);
            string.getChars(from, to, scratch, 0);
            for (int i = 0; i < to - from; i++) {
                char c = scratch[i];
                char[] replacement = c < replacements.length ? replacements[c] : null;
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
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                used = utf8CodePoint(Character.toCodePoint(high, c), buffer, used);
                return;
            }
            buffer[used++] = '?'; // a lone high surrogate, as String.getBytes writes it
            put(c);
        } else if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            used = utf8(c, buffer, used);
        }
    }

    private void bytes(byte[] bytes) throws IOException {
        bytes(bytes, 0, bytes.length);
    }

    private void bytes(byte[] bytes, int offset, int length) throws IOException {
        if (length > SIZE - 4 - used) {
            drain();
            if (length > SIZE - 4) {
                out.write(bytes, offset, length);
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, used, length);
        used += length;
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

    /** The two or three bytes of {@code c}, a character that is neither ASCII nor a surrogate. */
    private static int utf8(char c, byte[] buffer, int at) {
        int i = at;
        if (c < 0x800) {
            buffer[i++] = (byte) (0xC0 | c >> 6);
        } else {
            buffer[i++] = (byte) (0xE0 | c >> 12);
            buffer[i++] = (byte) (0x80 | c >> 6 & 0x3F);
        }
        buffer[i++] = (byte) (0x80 | c & 0x3F);
        return i;
    }

    /** The four bytes of a code point beyond the Basic Multilingual Plane (written in UTF-16 as a surrogate pair). */
    private static int utf8CodePoint(int code, byte[] buffer, int at) {
        buffer[at] = (byte) (0xF0 | code >> 18);
        buffer[at + 1] = (byte) (0x80 | code >> 12 & 0x3F);
        buffer[at + 2] = (byte) (0x80 | code >> 6 & 0x3F);
        buffer[at + 3] = (byte) (0x80 | code & 0x3F);
        return at + 4;
    }
}
