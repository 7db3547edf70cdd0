package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipe tables read as Flexmark's tables extension reads them, with the options the generator gives it. */
class PipeTableReaderTest {
    private static final MarkdownEngine FLEXMARK = new MarkdownEngine();

    /** The table at the start of {@code text}, and where the cursor ended. */
    private record Read(TableBlock table, int cursor) {}

    private static Read read(String text) {
        Lines lines = new Lines(text);
        BasedSequence chars = BasedSequence.of(text);
        TableBlock table = new PipeTableReader(lines, chars, new InlineReader(text, chars)).read();
        return new Read(table, lines.current());
    }

    /** Reads the table {@code text} starts with and checks it is Flexmark's to the offset. */
    private static TableBlock table(String text) {
        Read read = read(text);
        Node flexmark = FLEXMARK.parseWithFlexmark(text).getFirstChild();
        assertEquals(SubsetParserTest.tree(flexmark), SubsetParserTest.tree(read.table()), text);
        return read.table();
    }

    private static List<TableRow> rows(TableBlock table) {
        List<TableRow> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            section.getChildren().forEach(row -> rows.add((TableRow) row));
        }
        return rows;
    }

    private static TableCell cell(TableBlock table, int row, int column) {
        Node cell = rows(table).get(row).getFirstChild();
        for (int i = 0; i < column; i++) {
            cell = cell.getNext();
        }
        return (TableCell) cell;
    }

    private static void leftToFlexmark(String text) {
        assertThrows(NotInSubset.class, () -> read(text), text);
    }

    @Test
    void aHeaderASeparatorAndBodyRowsUpToABlankLine() {
        String text = "| Symptom | Cause | Fix |\n|---|---|---|\n"
                + "| Blank page | Cache | Reload |\n| Slow | Sync | Wait |\n\nText\n";
        Read read = read(text);
        table(text);
        assertEquals(4, rows(read.table()).size(), "header, separator and two body rows");
        assertEquals(4, read.cursor(), "the cursor ends on the blank line after the table");
        assertEquals("Reload", cell(read.table(), 2, 2).getText().toString());
        assertEquals(3, read("| a |\n|---|\n| 1 |").cursor(), "or at the end of the text");
    }

    @Test
    void theSeparatorRowGivesEachColumnItsAlignment() {
        TableBlock table = table("| a | b | c | d |\n|:--|--:|:-:| - |\n| 1 | 2 | 3 | 4 |\n");
        assertEquals(TableCell.Alignment.LEFT, cell(table, 2, 0).getAlignment());
        assertEquals(TableCell.Alignment.RIGHT, cell(table, 2, 1).getAlignment());
        assertEquals(TableCell.Alignment.CENTER, cell(table, 2, 2).getAlignment());
        assertNull(cell(table, 2, 3).getAlignment());
        table("| a |\n| :---: |\n");
    }

    @Test
    void cellsAreTrimmedAndMayHoldInlineMarkup() {
        TableBlock table = table("|a|  b  | `c` |**d**|\n|-|-|-|-|\n|[e](x.md#y)| R&D |  | |\n");
        assertEquals("b", cell(table, 0, 1).getText().toString());
        assertInstanceOf(Code.class, cell(table, 0, 2).getFirstChild());
        // Flexmark leaves an empty text where it trimmed the spaces after markup, and keeps the first space
        // of a blank cell as its text.
        assertInstanceOf(Text.class, cell(table, 0, 2).getLastChild());
        assertEquals(" ", cell(table, 2, 2).getText().toString());
    }

    @Test
    void aHeaderOnlyTableAndRowsWithMoreOrFewerCellsAreKeptAsWritten() {
        table("| a | b |\n|---|---|\n");
        table("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n");
        table("| a |\n|-|\n||\n");
    }

    @Test
    void whatIsNotAPlainPipeTableIsLeftToFlexmark() {
        leftToFlexmark("| a |\n"); // no separator
        leftToFlexmark("| a |\n\n|---|\n");
        leftToFlexmark("| a |\n| b |\n");
        leftToFlexmark("| a |\n|---|x\n");
        leftToFlexmark("| a |\n|:|\n"); // no dash
        leftToFlexmark("| a |\n|-x-|\n");
        leftToFlexmark("| a\n|---|\n");
        leftToFlexmark("| a |\n|---|\n| 1\n"); // a row that does not end with a pipe
        leftToFlexmark("| a |\n|---|\n| 1 |\nb |\n"); // nor start with one
        leftToFlexmark("| a |\n|---|\n| `x|y` |\n"); // a pipe in code splits the cell in two
        leftToFlexmark("| a |\n|---|\n| _em_ |\n");
    }
}
