package org.troubleshoot.parse;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.Columns;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.SourcePosition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Reads one Flexmark table into a {@link Category} (symptom tables) or a {@link DataTable} (any other). */
final class TableReader {
    private final FileContext context;
    private final TableBlock table;
    private final List<TableCell> header;
    private final List<TableRow> rows = new ArrayList<>();

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
    }

    /** True when the header names a symptom column, which makes this table a troubleshooting category. */
    boolean isSymptomTable() {
        return roles().containsKey(ColumnRole.SYMPTOM);
    }

    /** Reports a table on a troubleshooting page that the parser cannot read as a category. */
    void reportNotASymptomTable() {
        context.error(table, "table has no symptom column (its columns are "
                        + String.join(", ", header.stream().map(c -> '"' + FileContext.text(c) + '"').toList()) + ")",
                "Name the first column " + ColumnRole.SYMPTOM.acceptedNames()
                        + "; the others " + ColumnRole.CAUSE.acceptedNames()
                        + " and " + ColumnRole.RESOLUTION.acceptedNames() + ".");
    }

    Category category(String id, String title, List<String> aliases, String audience, String introHtml,
                      SourcePosition source) {
        Map<ColumnRole, Integer> roles = roles();
        int symptom = roles.get(ColumnRole.SYMPTOM);
        Integer cause = roles.get(ColumnRole.CAUSE);
        Integer resolution = roles.get(ColumnRole.RESOLUTION);
        Integer code = roles.get(ColumnRole.CODE);
        if (resolution == null) {
            context.error(table, "table \"" + title + "\" has no \"What to do\" column",
                    "Add a column named " + ColumnRole.RESOLUTION.acceptedNames()
                            + ": every symptom needs something a reader can do.");
        }
        // The code column stays an extra column (readers see the codes); its cells also give the entry's codes.
        List<Integer> extraIndexes = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!roles.containsValue(i) || Objects.equals(code, i)) {
                extraIndexes.add(i);
            }
        }
        Columns columns = new Columns(headerText(symptom), cause == null ? null : headerText(cause),
                resolution == null ? "What to do" : headerText(resolution),
                extraIndexes.stream().map(this::headerText).toList());
        if (rows.isEmpty()) {
            context.warning(table, "category \"" + title + "\" has no rows",
                    "Add rows under the |---| line, or remove the table.");
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, TableRow> seenSymptoms = new HashMap<>();
        EntryRows open = null;
        for (TableRow row : rows) {
            List<TableCell> cells = checkedCells(row);
            IdAttribute pinned = IdAttribute.of(cell(cells, symptom).text());
            Cell symptomCell = withoutAttribute(cell(cells, symptom));
            Cell resolutionCell = resolution == null ? Cell.EMPTY : cell(cells, resolution);
            if (symptomCell.isBlank()) {
                context.error(row, "row has an empty symptom",
                        "Write the symptom a reader sees in the first cell, or delete the row; to add a cause to"
                                + " the symptom above, repeat that symptom.");
            }
            // A missing cell is already reported by checkedCells; only a written but empty one is news.
            if (resolution != null && resolution < cells.size() && resolutionCell.isBlank()) {
                context.error(cells.get(resolution), "row \"" + symptomCell.text() + "\" says nothing to do",
                        "Fill in the \"" + headerText(resolution) + "\" cell: every symptom needs a next step.");
            }
            List<Cell> extraCells = extraIndexes.stream().map(i -> cell(cells, i)).toList();
            List<String> codes = code == null || code >= cells.size() ? List.of()
                    : EntryCodes.read(context, context.position(cells.get(code).getText().getStartOffset()),
                    cell(cells, code).text());
            Cause pair = new Cause(cause == null ? Cell.EMPTY : cell(cells, cause), resolutionCell,
                    context.position(row));
            String key = symptomCell.text().toLowerCase(Locale.ROOT);
            // Consecutive rows with the same symptom are one entry with several causes.
            if (open != null && open.continuedBy(key, pinned)) {
                int differing = open.add(pair, extraCells, codes);
                if (differing >= 0) {
                    int column = extraIndexes.get(differing);
                    context.error(context.position(cells.get(column).getText().getStartOffset()),
                            "row adds a cause to \"" + symptomCell.text() + "\" but its \""
                                    + headerText(column) + "\" cell differs from the first row's",
                            "A symptom has one value per column: leave the cell empty on the rows that add causes, or"
                                    + " reword the symptom to make it an entry of its own.");
                }
                continue;
            }
            if (open != null) {
                entries.add(open.entry());
            }
            TableRow earlier = seenSymptoms.putIfAbsent(key, row);
            if (earlier != null && !key.isEmpty()) {
                context.warning(row, "symptom \"" + symptomCell.text() + "\" appears twice in category \"" + title
                                + "\" (first on line " + context.position(earlier).line() + ")",
                        "Put the rows one under the other to make one symptom with several causes, or reword one"
                                + " symptom so readers can tell them apart.");
            }
            String entryId = context.assignId(pinned, "entry", symptom < cells.size()
                    ? context.position(cells.get(symptom).getText().getStartOffset()) : context.position(row));
            open = new EntryRows(key, pinned, entryId, symptomCell, extraCells,
                    code == null ? -1 : extraIndexes.indexOf(code), context.position(row));
            open.add(pair, extraCells, codes);
        }
        if (open != null) {
            entries.add(open.entry());
        }
        return new Category(id, title, introHtml, columns, entries, aliases, audience, source);
    }

    DataTable dataTable(String title) {
        List<DataRow> dataRows = new ArrayList<>();
        for (TableRow row : rows) {
            List<TableCell> cells = checkedCells(row);
            List<Cell> values = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                values.add(cell(cells, i));
            }
            String first = values.isEmpty() ? "" : values.get(0).text();
            dataRows.add(new DataRow(context.ids.unique(first, "row"), values, context.position(row)));
        }
        return new DataTable(title, header.stream().map(FileContext::text).toList(), dataRows,
                context.position(table));
    }

    /** The row's cells, with an error when their number differs from the header's: nothing may be lost. */
    private List<TableCell> checkedCells(TableRow row) {
        List<TableCell> cells = cells(row);
        if (cells.size() > header.size()) {
            TableCell surplus = cells.get(header.size());
            context.error(context.position(surplus.getText().getStartOffset()), "row has " + cells.size() + " cells but the header has " + header.size()
                            + "; the extra cells would be lost",
                    "Write a | inside a cell as \\|, or add a column to the header.");
        } else if (cells.size() < header.size()) {
            context.error(row, "row has " + cells.size() + " cells but the header has " + header.size(),
                    "Add the missing cells; an empty cell is written | |.");
        }
        return cells;
    }

    private Map<ColumnRole, Integer> roles;

    private Map<ColumnRole, Integer> roles() {
        if (roles == null) {
            roles = findRoles();
        }
        return roles;
    }

    private Map<ColumnRole, Integer> findRoles() {
        Map<ColumnRole, Integer> roles = new EnumMap<>(ColumnRole.class);
        for (int i = 0; i < header.size(); i++) {
            ColumnRole role = ColumnRole.of(FileContext.text(header.get(i)));
            if (role != ColumnRole.EXTRA) {
                roles.putIfAbsent(role, i);
            }
        }
        return roles;
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
        return new Cell(markdown, html(cell), FileContext.text(cell));
    }

    private java.util.Map<TableCell, String> renderedCells;

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
    private java.util.Map<TableCell, String> renderCells() {
        java.util.Map<TableCell, String> result = new java.util.IdentityHashMap<>();
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
        String html = context.html(table);
        int at = 0;
        for (TableCell cell : all) {
            int open = nextCellTag(html, at);
            int contentStart = open < 0 ? 0 : html.indexOf('>', open) + 1;
            String closeTag = open >= 0 && html.startsWith("<th", open) ? "</th>" : "</td>";
            int close = contentStart == 0 ? -1 : html.indexOf(closeTag, contentStart);
            if (close < 0) {
                // Unexpected shape: forget the links this rendering recorded; cells are rendered one by one.
                context.links.subList(linksBefore, context.links.size()).clear();
                return java.util.Map.of();
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
        return new Cell(IdAttribute.strip(cell.markdown()).strip(), IdAttribute.strip(cell.html()).strip(),
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
