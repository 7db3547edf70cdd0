package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Tables that Markdown does not read as tables: their rows would be shown as code or as text and lost as
 * entries without a word, so each such case is a diagnostic at the line that causes it.
 */
final class LostTables {
    private final FileContext context;

    LostTables(FileContext context) {
        this.context = context;
    }

    /** Checks one top-level block of the page. */
    void check(Node node) {
        if (node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
            unclosedFence(fence);
        } else if (node instanceof Paragraph paragraph) {
            brokenSeparator(paragraph);
        }
    }

    /**
     * A table whose second line is meant as its separator row but is not one (a word typed into it), or that has
     * none (rows right under the header), is no table: its rows would be shown as one paragraph of text, lost as
     * entries without a word.
     */
    private void brokenSeparator(Paragraph paragraph) {
        String[] lines = paragraph.getChars().toString().split("\n", 3);
        if (lines.length < 2 || !isPipeRow(lines[0]) || !lines[1].stripLeading().startsWith("|")) {
            return;
        }
        int second = paragraph.getChars().getStartOffset() + lines[0].length() + 1;
        if (lines[1].contains("--") && !TableBoundaries.isSeparator(lines[1])) {
            context.error(
                    context.position(second),
                    "this table's second line is not a separator row, so the table is shown as text",
                    "Make the second line dashes only, one cell per column: |---|---|---| (colons may align).");
        } else if (isPipeRow(lines[1])) {
            context.error(
                    context.position(second),
                    "this table has no separator row under its header, so the table is shown as text",
                    "Add a line of dashes under the header row, one cell per column: |---|---|---|.");
        }
    }

    /** A line written as a table row, pipes at both ends. */
    private static boolean isPipeRow(String line) {
        String row = line.strip();
        return row.length() > 1 && row.startsWith("|") && row.endsWith("|");
    }

    /**
     * A code fence that is never closed runs to the end of the file, and whatever follows is shown as code:
     * an error when that swallows a table, whose rows would otherwise be lost without a word.
     */
    private void unclosedFence(FencedCodeBlock fence) {
        String[] lines = fence.getContentChars().toString().split("\n", -1);
        int offset = fence.getContentChars().getStartOffset();
        String marker = fence.getOpeningMarker().toString();
        for (int i = 0; i + 1 < lines.length; i++) {
            if (TableBoundaries.isRow(lines[i]) && TableBoundaries.isSeparator(lines[i + 1])) {
                context.error(
                        context.position(offset),
                        "the code block opened with " + marker + " on line "
                                + context.position(fence).line()
                                + " is never closed, so the table here is shown as code",
                        "Close the code block with a line of " + marker + " before the table.");
                return;
            }
            offset += lines[i].length() + 1;
        }
        context.warning(
                fence,
                "this code block is never closed: everything after it is shown as code",
                "Close it with a line of " + marker + ".");
    }
}
