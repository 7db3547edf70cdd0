package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of the {@link BlockReader} that reads a pipe table ({@code | a | b |}, a separator row, body rows up
 * to a blank line) into the {@link TableBlock} Flexmark's tables extension makes of it, with the options
 * {@link MarkdownEngine} gives that extension (one header row, surplus and missing cells kept as written).
 * Later, {@link TableReader} reads that block into the model, whichever parser made it.
 *
 * <p>Every row must start and end with a pipe; a cell's text is read by the {@link InlineReader}.
 */
final class PipeTableReader {
    private final Lines lines;
    private final String text;
    private final BasedSequence chars;
    private final InlineReader inline;

    PipeTableReader(Lines lines, BasedSequence chars, InlineReader inline) {
        this.lines = lines;
        this.text = lines.text();
        this.chars = chars;
        this.inline = inline;
    }

    private BasedSequence seq(int start, int end) {
        return chars.subSequence(start, end);
    }

    /**
     * The table at the cursor: a header row, a separator row and the body rows up to a blank line. The cursor
     * ends after them.
     */
    TableBlock read() {
        int header = lines.current();
        int separator = header + 1;
        if (separator >= lines.count() || lines.isBlank(separator)) {
            throw NotInSubset.INSTANCE;
        }
        List<TableCell.Alignment> alignments = alignments(separator);
        TableHead head = new TableHead(seq(lines.start(header), lines.end(header)));
        head.appendChild(row(header, 1, true, alignments));
        TableSeparator separatorSection = new TableSeparator(seq(lines.start(separator), lines.end(separator)));
        separatorSection.appendChild(row(separator, 0, false, alignments));
        lines.advance(); // to the separator row, read above
        TableBody body = new TableBody();
        int last = separator;
        for (int line = lines.advance(); lines.hasLine() && !lines.isBlank(line); line = lines.advance()) {
            if (text.charAt(lines.start(line)) != '|') {
                throw NotInSubset.INSTANCE;
            }
            body.appendChild(row(line, line - separator, false, alignments));
            last = line;
        }
        // Without body rows, Flexmark gives the body the empty piece at the end of the separator row.
        body.setChars(
                last > separator
                        ? seq(lines.start(separator + 1), lines.end(last))
                        : seq(lines.end(separator), lines.end(separator)));
        TableBlock table = new TableBlock(seq(lines.start(header), lines.endWithNewline(last)));
        table.appendChild(head);
        table.appendChild(separatorSection);
        table.appendChild(body);
        return table;
    }

    /**
     * The alignment of each column from the separator row ({@code |:--|--:|}), null where none is given.
     * Its cells must be dashes with optional colons, the row must start and end with a pipe.
     */
    private List<TableCell.Alignment> alignments(int line) {
        int start = lines.start(line);
        int end = lines.end(line);
        if (end - start < 3 || text.charAt(start) != '|' || text.charAt(end - 1) != '|') {
            throw NotInSubset.INSTANCE;
        }
        List<TableCell.Alignment> alignments = new ArrayList<>();
        int cell = start + 1;
        for (int i = cell; i < end; i++) {
            if (text.charAt(i) != '|') {
                continue;
            }
            int from = skipSpaces(cell, i);
            int to = skipSpacesBack(from, i);
            boolean left = from < to && text.charAt(from) == ':';
            boolean right = to - 1 > from && text.charAt(to - 1) == ':';
            int dashes = 0;
            for (int d = from + (left ? 1 : 0); d < to - (right ? 1 : 0); d++) {
                if (text.charAt(d) != '-') {
                    throw NotInSubset.INSTANCE;
                }
                dashes++;
            }
            if (dashes == 0) {
                throw NotInSubset.INSTANCE;
            }
            alignments.add(
                    left && right
                            ? TableCell.Alignment.CENTER
                            : left ? TableCell.Alignment.LEFT : right ? TableCell.Alignment.RIGHT : null);
            cell = i + 1;
        }
        return alignments;
    }

    /** The first position in {@code [from, to)} that is not a space, or {@code to}. */
    private int skipSpaces(int from, int to) {
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        return from;
    }

    /** The end of {@code [from, to)} without its trailing spaces. */
    private int skipSpacesBack(int from, int to) {
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return to;
    }

    /** One row: {@code | cell | cell |}, cells split at every pipe (there is no backslash to escape one). */
    private TableRow row(int line, int number, boolean header, List<TableCell.Alignment> alignments) {
        int start = lines.start(line);
        int end = lines.end(line);
        if (end - start < 2 || text.charAt(end - 1) != '|') {
            throw NotInSubset.INSTANCE;
        }
        TableRow row = new TableRow(seq(start, end));
        row.setRowNumber(number);
        int cellStart = start + 1;
        int column = 0;
        for (int pipe = cellStart; pipe < end; pipe++) {
            if (text.charAt(pipe) != '|') {
                continue;
            }
            TableCell cell = new TableCell();
            if (column == 0) {
                cell.setOpeningMarker(seq(start, start + 1));
            }
            cell.setClosingMarker(seq(pipe, pipe + 1));
            cell.setHeader(header);
            cell.setAlignment(column < alignments.size() ? alignments.get(column) : null);
            int from = skipSpaces(cellStart, pipe);
            int to = skipSpacesBack(from, pipe);
            if (from == to) {
                // Blank: Flexmark keeps the first space as the cell's text.
                if (cellStart < pipe) {
                    cell.setText(seq(cellStart, cellStart + 1));
                    cell.appendChild(new Text(seq(cellStart, cellStart + 1)));
                }
            } else {
                cell.setText(seq(from, to));
                inline.read(from, to, text.charAt(from - 1), text.charAt(to), cell);
                if (to < pipe && !(cell.getLastChild() instanceof Text)) {
                    // Flexmark leaves an empty text where it trimmed the spaces after markup.
                    cell.appendChild(new Text(seq(to, to)));
                }
            }
            cell.setChars(seq(column == 0 ? start : cellStart, pipe + 1));
            row.appendChild(cell);
            column++;
            cellStart = pipe + 1;
        }
        return row;
    }
}
