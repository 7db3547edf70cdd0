package org.troubleshoot.parse;

import java.util.Arrays;

/**
 * A text seen as lines: where each line starts and ends, the line and column of an offset, and a cursor that
 * a reader moves down the lines. It is the first layer of the subset parser (as jsoup's
 * {@code CharacterReader} is of its parser): {@link BlockReader} reads blocks from it, {@link InlineReader}
 * the text inside them. {@link SourceText} keeps one for the positions of diagnostics, so a file's lines are
 * found once.
 *
 * <p>Lines end at {@code \n} only ({@link SourceText} has made them so). Lines are numbered from 0; the empty
 * rest after a final newline is not a line, since no block can start there.
 */
final class Lines {
    private final String text;
    /**
     * The start offset of every line and, after a final newline, of the empty rest. Shared between the copies
     * {@link #fromTheStart()} makes and never changed.
     */
    private final int[] starts;

    private final int count;
    /** The line the reader is at. */
    private int current;

    Lines(String text) {
        this(text, startsOf(text));
    }

    private Lines(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
        boolean endsOpen = !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
        this.count = endsOpen ? starts.length : starts.length - 1;
    }

    private static int[] startsOf(String text) {
        int newlines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            newlines++;
        }
        int[] starts = new int[newlines + 1];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        return starts;
    }

    /** The same lines with a cursor of its own at the first line (the line table is shared, not found again). */
    Lines fromTheStart() {
        return new Lines(text, starts);
    }

    String text() {
        return text;
    }

    /** The number of lines. */
    int count() {
        return count;
    }

    /** The offset of a line's first character. */
    int start(int line) {
        return starts[line];
    }

    /** The offset just after a line's last character, before its newline. */
    int end(int line) {
        return line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    }

    /** The offset just after a line's newline, or the end of the text for a last line without one. */
    int endWithNewline(int line) {
        return line + 1 < starts.length ? starts[line + 1] : text.length();
    }

    /** Whether a line is empty (a line of spaces is not: the subset leaves it to Flexmark). */
    boolean isBlank(int line) {
        return start(line) == end(line);
    }

    /** The line the cursor is at; {@link #count()} once every line is read. */
    int current() {
        return current;
    }

    /** Whether the cursor is at a line, not past the last one. */
    boolean hasLine() {
        return current < count;
    }

    /** Moves the cursor to the next line, and returns that line. */
    int advance() {
        return ++current;
    }

    /** The line (from 0) an offset is on; offsets outside the text count as its first or last character. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(starts, Math.max(0, Math.min(offset, text.length())));
        return index >= 0 ? index : -index - 2;
    }

    /** The column (from 1) of an offset on its line. */
    int columnOf(int offset) {
        return offset - starts[lineOf(offset)] + 1;
    }
}
