package org.troubleshoot.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a content file as the parser sees it: strict UTF-8 without byte order mark, lines ended by
 * {@code \n} only, and blank lines inserted where a table meets the text around it (see
 * {@link TableBoundaries}). Keeps the map back to the writer's line numbers.
 */
final class SourceText {
    private final String text;
    /** Its lines, for the positions of diagnostics; its cursor is never moved (readers get their own). */
    private final Lines lines;

    private final int[] originalLines;

    private SourceText(String text, int[] originalLines) {
        this.text = text;
        this.originalLines = originalLines;
        this.lines = new Lines(text);
    }

    /** Thrown when the bytes are not UTF-8, with the position of the first bad byte. */
    static final class NotUtf8Exception extends Exception {
        private static final long serialVersionUID = 1L;

        final int line;
        final int column;

        NotUtf8Exception(int line, int column) {
            super("not UTF-8", null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    static SourceText decode(byte[] bytes) throws NotUtf8Exception {
        String raw = decodeStrictUtf8(bytes);
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
            raw = raw.substring(1);
        }
        // CommonMark: U+0000 is replaced by U+FFFD for security.
        raw = raw.replace('\u0000', '\uFFFD');
        String text = normalizeLineEnds(raw);
        return TableBoundaries.separate(text, text.split("\n", -1));
    }

    static SourceText of(String[] lines, int[] originalLines) {
        return new SourceText(String.join("\n", lines), originalLines);
    }

    /** {@code text}, whose lines are those of the file as they are. */
    static SourceText of(String text, int lineCount) {
        int[] lines = new int[lineCount];
        for (int i = 0; i < lineCount; i++) {
            lines[i] = i + 1;
        }
        return new SourceText(text, lines);
    }

    private static String decodeStrictUtf8(byte[] bytes) throws NotUtf8Exception {
        // The String constructor is much quicker but replaces bad bytes with U+FFFD: trust it when it did not
        // have to (no U+FFFD in its result), else decode again strictly to find the bad byte.
        String quick = new String(bytes, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) {
            return quick;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw locate(bytes, in.position());
        }
        return out.flip().toString();
    }

    /** Line and column of the first byte that is not UTF-8, so the writer can find it. */
    private static NotUtf8Exception locate(byte[] bytes, int badByte) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < badByte; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, badByte - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new NotUtf8Exception(line, column);
    }

    private static String normalizeLineEnds(String raw) {
        if (raw.indexOf('\r') < 0) {
            return raw;
        }
        return raw.replace("\r\n", "\n").replace('\r', '\n');
    }

    String text() {
        return text;
    }

    /** The lines of {@link #text()}, with a cursor of their own at the first line. */
    Lines lines() {
        return lines.fromTheStart();
    }

    /** The writer's 1-based line of a character offset in {@link #text()}. */
    int line(int offset) {
        return originalLines[lines.lineOf(offset)];
    }

    /** The 1-based column of a character offset (inserted lines are whole, so columns never shift). */
    int column(int offset) {
        return lines.columnOf(offset);
    }
}
