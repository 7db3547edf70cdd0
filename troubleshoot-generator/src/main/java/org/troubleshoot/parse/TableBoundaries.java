package org.troubleshoot.parse;

import java.util.regex.Pattern;

/**
 * Separates tables from the text around them with blank lines, so that Flexmark sees each table as a
 * block of its own.
 *
 * <p>Writers (and the seed page) put a category's name on the line directly above its table and start the
 * next category on the line right after the last row, with no blank lines at all. In CommonMark all of that
 * is one paragraph, in which Flexmark finds no table. Here a blank line is inserted before the header row of
 * every table, before a one-line title directly above it, and after the last row. Only whole empty lines
 * are inserted, so columns are unchanged and {@link SourceText} maps lines back to the writer's.
 */
final class TableBoundaries {
    private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,}).*");
    /** Lines that open a block of their own (headings, lists, quotes, code, HTML): never a title line. */
    private static final Pattern BLOCK_START =
            Pattern.compile("^(\\s{4,}|\\s{0,3}([#>*+-]|\\d{1,9}[.)]\\s|<|`{3,}|~{3,})).*");

    private TableBoundaries() {}

    /** @param text the file's text, split into {@code lines} */
    static SourceText separate(String text, String[] lines) {
        boolean[] blankBefore = new boolean[lines.length + 1];
        boolean inFence = false;
        String fence = null;
        boolean inTable = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (inFence) {
                if (line.strip().startsWith(fence)) {
                    inFence = false;
                }
                continue;
            }
            var fenceMatch = FENCE.matcher(line);
            if (mayOpenFence(line) && fenceMatch.matches()) {
                inFence = true;
                fence = fenceMatch.group(1);
                inTable = false;
                continue;
            }
            if (inTable) {
                if (isRow(line)) {
                    continue;
                }
                inTable = false;
                if (!line.isBlank()) {
                    blankBefore[i] = true;
                }
            }
            if (isRow(line) && i + 1 < lines.length && isSeparator(lines[i + 1])) {
                inTable = true;
                if (i > 0 && isParagraphLine(lines[i - 1])) {
                    blankBefore[i] = true;
                    // The line above is the category's title: make it a paragraph of its own.
                    if (i > 1 && isParagraphLine(lines[i - 2])) {
                        blankBefore[i - 1] = true;
                    }
                }
                i++; // the separator row
            }
        }
        return build(text, lines, blankBefore);
    }

    private static SourceText build(String text, String[] lines, boolean[] blankBefore) {
        int inserted = 0;
        for (int i = 0; i < lines.length; i++) {
            inserted += blankBefore[i] ? 1 : 0;
        }
        if (inserted == 0) {
            return SourceText.of(text, lines.length); // tables already stand apart: the text as it is
        }
        String[] out = new String[lines.length + inserted];
        int[] original = new int[out.length];
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            if (blankBefore[i]) {
                out[at] = "";
                original[at++] = i + 1;
            }
            out[at] = lines[i];
            original[at++] = i + 1;
        }
        return SourceText.of(out, original);
    }

    /** A cheap test before the fence regex, which would otherwise run on every line of every file. */
    private static boolean mayOpenFence(String line) {
        String stripped = line.stripLeading();
        return stripped.startsWith("```") || stripped.startsWith("~~~");
    }

    /** A line with an unescaped pipe outside code: a table row, with or without outer pipes. */
    static boolean isRow(String line) {
        String stripped = line.stripLeading();
        if (stripped.startsWith("|")) {
            return true;
        }
        if (stripped.isEmpty() || BLOCK_START.matcher(line).matches()) {
            return false;
        }
        boolean inCode = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                inCode = !inCode;
            } else if (c == '|' && !inCode) {
                return true;
            }
        }
        return false;
    }

    /** "|---|:--:|" or "--- | ---": cells of dashes with optional colons. A loop, not one regex: rows can be long. */
    static boolean isSeparator(String line) {
        String row = line.strip();
        if (row.indexOf('|') < 0 || line.length() - line.stripLeading().length() > 3) {
            return false;
        }
        if (row.startsWith("|")) {
            row = row.substring(1);
        }
        if (row.endsWith("|")) {
            row = row.substring(0, row.length() - 1);
        }
        for (String cell : row.split("\\|", -1)) {
            if (!SEPARATOR_CELL.matcher(cell.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParagraphLine(String line) {
        return !line.isBlank() && !isRow(line) && !BLOCK_START.matcher(line).matches();
    }
}
