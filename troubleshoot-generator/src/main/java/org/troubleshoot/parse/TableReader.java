package org.troubleshoot.parse;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.Columns;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.SourcePosition;

/**
 * Reads one Flexmark table into a {@link Category} (a troubleshooting table: its columns name a symptom and a
 * fix, see {@link TableColumns}) or a {@link DataTable} (any other table).
 */
final class TableReader {
    private final FileContext context;
    private final TableBlock table;
    private final List<TableCell> header;
    private final List<TableRow> rows = new ArrayList<>();
    private final TableColumns columns;

    private Map<TableCell, String> renderedCells;

    TableReader(FileContext context, TableBlock table) {
        this.context = context;
        this.table = table;
        List<TableCell> headerCells = List.of();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    headerCells = cells(row);
                }
            } else if (section instanceof TableBody) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow tableRow) {
                        rows.add(tableRow);
                    }
                }
            }
        }
        this.header = headerCells;
        this.columns = TableColumns.of(header.stream().map(FileContext::text).toList(), context.vocabulary);
    }

    /** True when the header names a symptom and a fix column: the table is a troubleshooting category. */
    boolean isTroubleshootingTable() {
        return columns.isTroubleshooting();
    }

    /**
     * Warns about a table that is ordinary content only because it has one of the two columns a troubleshooting
     * table needs, naming the other.
     */
    void reportHalfTable(String title) {
        columns.missing().ifPresent(missing -> {
            boolean hasSymptom = missing == ColumnRole.FIX;
            String has = hasSymptom ? "a symptom column" : "a \"what to do\" column";
            String lacks = hasSymptom ? "\"what to do\" column" : "symptom column";
            String written = columns.headers().get(hasSymptom ? columns.symptom() : columns.fix());
            String names = String.join(
                    ", ",
                    context.vocabulary.names(missing, columns.languages()).stream()
                            .map(name -> '"' + name + '"')
                            .toList());
            context.warning(
                    table,
                    "table" + (title == null ? "" : " \"" + title + "\"") + " has " + has + " (\"" + written
                            + "\") but no " + lacks + ", so it is shown as an ordinary table",
                    "To make it a troubleshooting table, add a " + lacks + " named one of " + names
                            + (hasSymptom ? "" : " (a \"Description\" beside a code column counts too)")
                            + "; or add your column's name to troubleshoot.properties: columns." + missing.id()
                            + " = Your name.");
        });
    }

    Category category(
            String id, String title, List<String> aliases, String audience, String introHtml, SourcePosition source) {
        int symptom = columns.symptom();
        int cause = columns.cause();
        int fix = columns.fix();
        int code = columns.code();
        // The code column stays an extra column (readers see the codes); its cells also give the entry's codes.
        List<Integer> extraIndexes = columns.extras();
        Columns labels = new Columns(
                headerText(symptom),
                cause == TableColumns.NONE ? null : headerText(cause),
                headerText(fix),
                extraIndexes.stream().map(this::headerText).toList(),
                columns.codeAmongExtras());
        if (rows.isEmpty()) {
            context.warning(
                    table,
                    "category \"" + title + "\" has no rows",
                    "Add rows under the |---| line, or remove the table.");
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, TableRow> seenSymptoms = new HashMap<>();
        EntryRows open = null;
        for (TableRow row : rows) {
            List<TableCell> cells = checkedCells(row, true);
            IdAttribute pinned = IdAttribute.of(cell(cells, symptom).text());
            Cell symptomCell = withoutAttribute(cell(cells, symptom));
            Cell resolutionCell = cell(cells, fix);
            if (symptom < cells.size() && symptomCell.isBlank()) {
                context.error(
                        row,
                        "row has an empty symptom",
                        "Write the symptom a reader sees in the \"" + headerText(symptom) + "\" cell, or delete the"
                                + " row; to add a cause to the symptom above, repeat that symptom.");
            }
            // A missing cell is already reported by checkedCells; only a written but empty one is news.
            if (fix < cells.size() && resolutionCell.isBlank()) {
                context.error(
                        cells.get(fix),
                        "row \"" + symptomCell.text() + "\" says nothing to do",
                        "Fill in the \"" + headerText(fix) + "\" cell: every symptom needs a next step.");
            }
            List<Cell> extraCells =
                    extraIndexes.stream().map(i -> cell(cells, i)).toList();
            List<String> codes = code == TableColumns.NONE || code >= cells.size()
                    ? List.of()
                    : EntryCodes.read(
                            context,
                            context.position(cells.get(code).getText().getStartOffset()),
                            cell(cells, code).text());
            Cause pair = new Cause(
                    cause == TableColumns.NONE ? Cell.EMPTY : cell(cells, cause),
                    resolutionCell,
                    context.position(row));
            String key = symptomCell.text().toLowerCase(Locale.ROOT);
            // Consecutive rows with the same symptom are one entry with several causes, unless their other cells
            // differ: then the row says something else about the symptom and is an entry of its own.
            int differing = -1;
            if (open != null && open.continuedBy(key, pinned)) {
                differing = open.differing(extraCells, codes);
                if (differing < 0) {
                    open.add(pair, codes);
                    continue;
                }
            }
            if (open != null) {
                entries.add(open.entry());
            }
            TableRow earlier = seenSymptoms.putIfAbsent(key, row);
            if (differing >= 0) {
                int column = extraIndexes.get(differing);
                context.warning(
                        context.position(cells.get(column).getText().getStartOffset()),
                        "row repeats the symptom \"" + symptomCell.text() + "\" of the row above but its \""
                                + headerText(column) + "\" cell differs, so it is an entry of its own",
                        "Leave the cell empty (or write the same) to make the row another cause of the symptom above,"
                                + " or reword the symptom so readers can tell the two apart.");
            } else if (earlier != null && !key.isEmpty()) {
                context.warning(
                        row,
                        "symptom \"" + symptomCell.text() + "\" appears twice in category \"" + title
                                + "\" (first on line "
                                + context.position(earlier).line() + ")",
                        "Put the rows one under the other to make one symptom with several causes, or reword one"
                                + " symptom so readers can tell them apart.");
            }
            String entryId = context.assignId(
                    pinned,
                    "entry",
                    symptom < cells.size()
                            ? context.position(cells.get(symptom).getText().getStartOffset())
                            : context.position(row));
            open = new EntryRows(
                    key, pinned, entryId, symptomCell, extraCells, columns.codeAmongExtras(), context.position(row));
            open.add(pair, codes);
        }
        if (open != null) {
            entries.add(open.entry());
        }
        return new Category(id, title, introHtml, labels, entries, aliases, audience, source);
    }

    DataTable dataTable(String title) {
        List<DataRow> dataRows = new ArrayList<>();
        for (TableRow row : rows) {
            List<TableCell> cells = checkedCells(row, false);
            List<Cell> values = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                values.add(cell(cells, i));
            }
            String first = values.isEmpty() ? "" : values.get(0).text();
            dataRows.add(new DataRow(context.ids.unique(first, "row"), values, context.position(row)));
        }
        return new DataTable(title, columns.headers(), dataRows, context.position(table));
    }

    /**
     * The row's cells. A row shorter than the header is read with empty cells at its end, as GitHub shows it —
     * but in a troubleshooting table a row that lacks its symptom or "what to do" cell is an error. A longer row
     * would lose cells: an error in a troubleshooting table, a warning in any other (GitHub drops them silently).
     */
    private List<TableCell> checkedCells(TableRow row, boolean troubleshooting) {
        List<TableCell> cells = cells(row);
        if (cells.size() > header.size()) {
            TableCell surplus = cells.get(header.size());
            SourcePosition at = context.position(surplus.getText().getStartOffset());
            String message = "row has " + cells.size() + " cells but the header has " + header.size();
            String hint = "Write a | inside a cell as \\|, or add a column to the header.";
            if (troubleshooting) {
                context.error(at, message + "; the extra cells would be lost", hint);
            } else {
                context.warning(at, message + "; the extra cells are not shown", hint);
            }
        } else if (troubleshooting && cells.size() <= Math.max(columns.symptom(), columns.fix())) {
            context.error(
                    row,
                    "row has " + cells.size() + " cells but the header has " + header.size(),
                    "Add the missing cells; an empty cell is written | |.");
        }
        return cells;
    }

    private String headerText(int index) {
        return FileContext.text(header.get(index));
    }

    private Cell cell(List<TableCell> cells, int index) {
        if (index >= cells.size()) {
            return Cell.EMPTY;
        }
        TableCell cell = cells.get(index);
        String plain = FileContext.plainTextOf(cell);
        String markdown = FileContext.string(cell.getText()).strip();
        if (plain != null) {
            // Most cells: plain text, so the HTML is the escaped text (worked out once for both).
            String text = plain.strip();
            // One string for all three forms when they agree: a big site keeps hundreds of thousands of cells.
            return new Cell(markdown.equals(text) ? text : markdown, Html.escape(text), text);
        }
        if (context.hasRawHtml(List.of(cell))) {
            // Writers' HTML: checked once more, and its text taken from what a reader sees (a <br> is a space).
            HtmlPolicy.Published published = HtmlPolicy.publish(html(cell));
            return new Cell(markdown, published.html(), published.text());
        }
        return new Cell(markdown, html(cell), FileContext.text(cell));
    }

    /**
     * A cell's inner HTML. Plain-text cells are escaped directly; if any cell has markup, the whole table is
     * rendered once and cut into cells (Flexmark's renderer is costly to set up, once per table is enough).
     */
    private String html(TableCell cell) {
        String plain = FileContext.plainTextOf(cell);
        if (plain != null) {
            return Html.escape(plain.strip());
        }
        if (renderedCells == null) {
            renderedCells = renderCells();
        }
        String html = renderedCells.get(cell);
        return html != null ? html : context.innerHtml(cell);
    }

    /** Every cell of the table with its HTML, from one rendering, matched to the cells in document order. */
    private Map<TableCell, String> renderCells() {
        Map<TableCell, String> result = new IdentityHashMap<>();
        List<TableCell> all = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead || section instanceof TableBody) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    all.addAll(cells(row));
                }
            }
        }
        List<String> simple = context.simpleInnerHtml(all);
        if (simple != null) {
            for (int i = 0; i < all.size(); i++) {
                result.put(all.get(i), simple.get(i));
            }
            return result;
        }
        int linksBefore = context.links.size();
        String html = context.renderedHtml(List.of(table));
        int at = 0;
        for (TableCell cell : all) {
            int open = nextCellTag(html, at);
            int contentStart = open < 0 ? 0 : html.indexOf('>', open) + 1;
            String closeTag = open >= 0 && html.startsWith("<th", open) ? "</th>" : "</td>";
            int close = contentStart == 0 ? -1 : html.indexOf(closeTag, contentStart);
            if (close < 0) {
                // Unexpected shape: forget the links this rendering recorded; cells are rendered one by one.
                context.links.subList(linksBefore, context.links.size()).clear();
                return Map.of();
            }
            result.put(cell, html.substring(contentStart, close).strip());
            at = close + closeTag.length();
        }
        return result;
    }

    private static int nextCellTag(String html, int from) {
        int th = html.indexOf("<th", from);
        int td = html.indexOf("<td", from);
        // "<thead" starts with "<th" too: skip it.
        while (th >= 0 && html.startsWith("<thead", th)) {
            th = html.indexOf("<th", th + 1);
        }
        if (th < 0) {
            return td;
        }
        return td < 0 ? th : Math.min(th, td);
    }

    /** The cell without a trailing {@code {#id}}: the id is not part of the symptom a reader sees. */
    private static Cell withoutAttribute(Cell cell) {
        IdAttribute attribute = IdAttribute.of(cell.text());
        if (attribute.id().isEmpty() && attribute.audience().isEmpty()) {
            return cell;
        }
        return new Cell(
                IdAttribute.strip(cell.markdown()).strip(),
                IdAttribute.strip(cell.html()).strip(),
                attribute.text().strip());
    }

    private static List<TableCell> cells(Node row) {
        List<TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                cells.add(tableCell);
            }
        }
        return cells;
    }
}
