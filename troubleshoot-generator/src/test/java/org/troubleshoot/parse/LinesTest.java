package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where lines start and end, the cursor, and the line and column of an offset. */
class LinesTest {
    @Test
    void eachLineHasAStartAnEndBeforeItsNewlineAndAnEndAfterIt() {
        Lines lines = new Lines("ab\n\ncde\nf");
        assertEquals(4, lines.count());
        assertEquals(0, lines.start(0));
        assertEquals(2, lines.end(0));
        assertEquals(3, lines.endWithNewline(0));
        assertTrue(lines.isBlank(1));
        assertEquals(3, lines.start(1));
        assertEquals(3, lines.end(1));
        assertEquals(4, lines.start(2));
        assertEquals(7, lines.end(2));
        assertEquals(8, lines.start(3));
        assertEquals(9, lines.end(3), "the last line has no newline: it ends with the text");
        assertEquals(9, lines.endWithNewline(3));
        assertFalse(lines.isBlank(3));
        assertFalse(new Lines(" ").isBlank(0), "a line of spaces is not blank");
    }

    @Test
    void theEmptyRestAfterAFinalNewlineIsNotALine() {
        Lines closed = new Lines("ab\ncd\n");
        assertEquals(2, closed.count());
        assertEquals(5, closed.end(1));
        assertEquals(6, closed.endWithNewline(1));
        assertEquals(0, new Lines("").count());
        assertEquals(1, new Lines("\n").count());
        assertTrue(new Lines("\n").isBlank(0));
        assertEquals(2, new Lines("\n\n").count());
    }

    @Test
    void theCursorMovesDownTheLines() {
        Lines lines = new Lines("a\nb\n");
        assertEquals(0, lines.current());
        assertTrue(lines.hasLine());
        assertEquals(1, lines.advance());
        assertTrue(lines.hasLine());
        assertEquals(2, lines.advance());
        assertFalse(lines.hasLine());
        assertFalse(new Lines("").hasLine());

        Lines again = lines.fromTheStart();
        assertEquals(0, again.current(), "a copy has a cursor of its own");
        assertEquals(2, lines.current());
        assertEquals(lines.end(1), again.end(1));
    }

    @Test
    void anOffsetHasALineAndAColumn() {
        Lines lines = new Lines("ab\n\nçde\n");
        assertEquals(0, lines.lineOf(0));
        assertEquals(1, lines.columnOf(0));
        assertEquals(0, lines.lineOf(1));
        assertEquals(2, lines.columnOf(1));
        assertEquals(0, lines.lineOf(2), "a newline belongs to the line it ends");
        assertEquals(3, lines.columnOf(2));
        assertEquals(1, lines.lineOf(3));
        assertEquals(1, lines.columnOf(3));
        assertEquals(2, lines.lineOf(5));
        assertEquals(2, lines.columnOf(5), "columns count characters");
        assertEquals(3, lines.lineOf(8), "the end of the text is on the empty rest after the final newline");
        assertEquals(1, lines.columnOf(8));
        assertEquals(3, lines.lineOf(99), "past the end counts as the end");
        assertEquals(0, lines.lineOf(-1), "before the start counts as the start");
    }

    @Test
    void sourceTextGivesTheWritersLineAndColumnFromItsLines() throws SourceText.NotUtf8Exception {
        // A blank line is inserted above the table and below it; positions stay the writer's.
        SourceText source = SourceText.decode("Calls\n| a |\n|---|\n| 1 |\nNext  x\n".getBytes(StandardCharsets.UTF_8));
        String text = source.text();
        assertEquals("Calls\n\n| a |\n|---|\n| 1 |\n\nNext  x\n", text);
        int next = text.indexOf("Next");
        assertEquals(5, source.line(next));
        assertEquals(1, source.column(next));
        assertEquals(5, source.line(text.lastIndexOf('x')));
        assertEquals(7, source.column(text.lastIndexOf('x')));
        assertEquals(4, source.line(text.indexOf("| 1")));

        Lines lines = source.lines();
        assertEquals(0, lines.current());
        assertEquals(7, lines.count());
        assertEquals(next, lines.start(6));
    }
}
