package org.troubleshoot.cache;

import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.diagnostic.Severity;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.Columns;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.LinkRef;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.SourcePosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's records in the cache's binary form, field by field in declaration order (a record that gains a
 * field fails to compile here until it is written too; {@link BuildCache#FORMAT} then changes, so older caches
 * are ignored). Pages, sections and entries met again — the linked site shares most of them with the parsed
 * pages — are written once and referred to after that, and read back as the same objects.
 */
final class ModelCodec {
    private ModelCodec() {
    }

    /** Writes records; one per cache file, since it remembers what it wrote. */
    static final class Writer {
        private final BinaryOut out;
        private final Map<Object, Integer> seen = new IdentityHashMap<>();
        private String lastFile;

        Writer(BinaryOut out) {
            this.out = out;
        }

        /** Writes 0 and returns true for an object not seen before (to be written now), else a reference. */
        private boolean first(Object value) throws IOException {
            Integer index = seen.get(value);
            if (index != null) {
                out.varint(index + 1L);
                return false;
            }
            seen.put(value, seen.size());
            out.varint(0);
            return true;
        }

        void pages(List<Page> pages) throws IOException {
            out.varint(pages.size());
            for (Page page : pages) {
                page(page);
            }
        }

        void page(Page page) throws IOException {
            if (!first(page)) {
                return;
            }
            out.string(page.id());
            out.string(page.title());
            out.varint(page.kind().ordinal());
            out.string(page.audience());
            out.varint(page.order() & 0xFFFFFFFFL);
            out.string(page.description());
            out.string(page.sourceFile());
            out.varint(page.sections().size());
            for (Section section : page.sections()) {
                section(section);
            }
            out.varint(page.links().size());
            for (LinkRef link : page.links()) {
                out.string(link.target());
                source(link.source());
            }
            out.bool(page.autoLinks());
        }

        private void section(Section section) throws IOException {
            if (!first(section)) {
                return;
            }
            if (section instanceof Prose prose) {
                out.varint(0);
                out.string(prose.id());
                out.string(prose.title());
                out.varint(prose.level());
                out.string(prose.html());
            } else if (section instanceof Category category) {
                out.varint(1);
                out.string(category.id());
                out.string(category.title());
                out.string(category.introHtml());
                Columns columns = category.columns();
                out.string(columns.symptom());
                out.string(columns.cause());
                out.string(columns.resolution());
                strings(columns.extras());
                out.varint(category.entries().size());
                for (Entry entry : category.entries()) {
                    entry(entry);
                }
                strings(category.aliases());
                out.string(category.audience());
            } else if (section instanceof Question question) {
                out.varint(2);
                out.string(question.id());
                out.string(question.question());
                out.string(question.answerHtml());
                out.string(question.answerText());
            } else {
                DataTable table = (DataTable) section;
                out.varint(3);
                out.string(table.title());
                strings(table.columns());
                out.varint(table.rows().size());
                for (DataRow row : table.rows()) {
                    out.string(row.id());
                    cells(row.cells());
                    source(row.source());
                }
            }
            source(section.source());
        }

        private void entry(Entry entry) throws IOException {
            if (!first(entry)) {
                return;
            }
            out.string(entry.id());
            cell(entry.symptom());
            cell(entry.cause());
            cell(entry.resolution());
            cells(entry.extras());
            strings(entry.aliases());
            source(entry.source());
        }

        private void cells(List<Cell> cells) throws IOException {
            out.varint(cells.size());
            for (Cell cell : cells) {
                cell(cell);
            }
        }

        /** A cell's HTML and text are mostly its Markdown again: written once, and read back as one string. */
        private void cell(Cell cell) throws IOException {
            out.string(cell.markdown());
            sameOr(cell.html(), cell.markdown(), null);
            sameOr(cell.text(), cell.markdown(), cell.html());
        }

        /** 1 when {@code value} equals {@code first}, 2 when it equals {@code second}, else 0 and the string. */
        private void sameOr(String value, String first, String second) throws IOException {
            if (value != null && value.equals(first)) {
                out.varint(1);
            } else if (value != null && value.equals(second)) {
                out.varint(2);
            } else {
                out.varint(0);
                out.string(value);
            }
        }

        private void strings(List<String> strings) throws IOException {
            out.varint(strings.size());
            for (String string : strings) {
                out.string(string);
            }
        }

        private void source(SourcePosition source) throws IOException {
            // Nearly every position is in the file of the one before it.
            boolean same = source.file() != null && source.file().equals(lastFile);
            out.bool(same);
            if (!same) {
                out.string(source.file());
                lastFile = source.file();
            }
            out.varint(source.line() & 0xFFFFFFFFL);
            out.varint(source.column() & 0xFFFFFFFFL);
        }

        void diagnostics(List<Diagnostic> diagnostics) throws IOException {
            out.varint(diagnostics.size());
            for (Diagnostic d : diagnostics) {
                out.varint(d.severity().ordinal());
                out.string(d.file());
                out.varint(d.line() & 0xFFFFFFFFL);
                out.varint(d.column() & 0xFFFFFFFFL);
                out.string(d.message());
                out.string(d.hint());
            }
        }
    }

    /** Reads what a {@link Writer} wrote, in the same order. */
    static final class Reader {
        private final BinaryIn in;
        private final List<Object> seen = new ArrayList<>();
        private String lastFile;

        Reader(BinaryIn in) {
            this.in = in;
        }

        /** The object referred to, or null when a new one follows (its place is then kept by {@link #keep}). */
        private Object reference(Class<?> type) throws IOException {
            int marker = in.integer();
            if (marker == 0) {
                seen.add(null);
                return null;
            }
            if (marker > seen.size() || !type.isInstance(seen.get(marker - 1))) {
                throw new CorruptCacheException("a reference to nothing of its kind");
            }
            return seen.get(marker - 1);
        }

        private <T> T keep(int index, T value) {
            seen.set(index, value);
            return value;
        }

        List<Page> pages() throws IOException {
            int count = in.length();
            List<Page> pages = new ArrayList<>(Math.min(count, 1024));
            for (int i = 0; i < count; i++) {
                pages.add(page());
            }
            return pages;
        }

        Page page() throws IOException {
            Object known = reference(Page.class);
            if (known != null) {
                return (Page) known;
            }
            int index = seen.size() - 1;
            String id = in.string();
            String title = in.string();
            PageKind kind = enumValue(PageKind.values());
            String audience = in.string();
            int order = (int) in.varint();
            String description = in.string();
            String sourceFile = in.string();
            int sectionCount = in.length();
            List<Section> sections = new ArrayList<>(Math.min(sectionCount, 1024));
            for (int i = 0; i < sectionCount; i++) {
                sections.add(section());
            }
            int linkCount = in.length();
            List<LinkRef> links = new ArrayList<>(Math.min(linkCount, 1024));
            for (int i = 0; i < linkCount; i++) {
                links.add(new LinkRef(in.string(), source()));
            }
            return keep(index, new Page(id, title, kind, audience, order, description, sourceFile, sections, links,
                    in.bool()));
        }

        private Section section() throws IOException {
            Object known = reference(Section.class);
            if (known != null) {
                return (Section) known;
            }
            int index = seen.size() - 1;
            int kind = in.integer();
            return keep(index, switch (kind) {
                case 0 -> new Prose(in.string(), in.string(), in.integer(), in.string(), source());
                case 1 -> category();
                case 2 -> new Question(in.string(), in.string(), in.string(), in.string(), source());
                case 3 -> table();
                default -> throw new CorruptCacheException("an unknown kind of section");
            });
        }

        private Category category() throws IOException {
            String id = in.string();
            String title = in.string();
            String intro = in.string();
            Columns columns = new Columns(in.string(), in.string(), in.string(), strings());
            int count = in.length();
            List<Entry> entries = new ArrayList<>(Math.min(count, 4096));
            for (int i = 0; i < count; i++) {
                entries.add(entry());
            }
            List<String> aliases = strings();
            String audience = in.string();
            return new Category(id, title, intro, columns, entries, aliases, audience, source());
        }

        private DataTable table() throws IOException {
            String title = in.string();
            List<String> columns = strings();
            int count = in.length();
            List<DataRow> rows = new ArrayList<>(Math.min(count, 4096));
            for (int i = 0; i < count; i++) {
                rows.add(new DataRow(in.string(), cells(), source()));
            }
            return new DataTable(title, columns, rows, source());
        }

        private Entry entry() throws IOException {
            Object known = reference(Entry.class);
            if (known != null) {
                return (Entry) known;
            }
            int index = seen.size() - 1;
            return keep(index, new Entry(in.string(), cell(), cell(), cell(), cells(), strings(), source()));
        }

        private List<Cell> cells() throws IOException {
            int count = in.length();
            List<Cell> cells = new ArrayList<>(Math.min(count, 64));
            for (int i = 0; i < count; i++) {
                cells.add(cell());
            }
            return cells;
        }

        private Cell cell() throws IOException {
            String markdown = in.string();
            String html = sameOr(markdown, null);
            return new Cell(markdown, html, sameOr(markdown, html));
        }

        private String sameOr(String first, String second) throws IOException {
            return switch (in.integer()) {
                case 0 -> in.string();
                case 1 -> first;
                case 2 -> second;
                default -> throw new CorruptCacheException("an unknown string reference");
            };
        }

        private List<String> strings() throws IOException {
            int count = in.length();
            List<String> strings = new ArrayList<>(Math.min(count, 64));
            for (int i = 0; i < count; i++) {
                strings.add(in.string());
            }
            return strings;
        }

        private SourcePosition source() throws IOException {
            if (!in.bool()) {
                lastFile = in.string();
            }
            return new SourcePosition(lastFile, (int) in.varint(), (int) in.varint());
        }

        List<Diagnostic> diagnostics() throws IOException {
            int count = in.length();
            List<Diagnostic> diagnostics = new ArrayList<>(Math.min(count, 4096));
            for (int i = 0; i < count; i++) {
                diagnostics.add(new Diagnostic(enumValue(Severity.values()), in.string(), (int) in.varint(),
                        (int) in.varint(), in.string(), in.string()));
            }
            return diagnostics;
        }

        private <E extends Enum<E>> E enumValue(E[] values) throws IOException {
            int ordinal = in.integer();
            if (ordinal >= values.length) {
                throw new CorruptCacheException("an unknown constant");
            }
            return values[ordinal];
        }
    }
}
