package org.troubleshoot.cache;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Anchor;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.Columns;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.LinkRef;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.RowDates;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.Site;
import org.troubleshoot.model.SourcePosition;

/** Writes the model's records (see {@link ModelCodec}); one per cache file, since it remembers what it wrote. */
final class ModelWriter {
    private final BinaryOut out;
    private final Map<Object, Integer> seen = new IdentityHashMap<>();
    private String lastFile;

    ModelWriter(BinaryOut out) {
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

    /** A whole linked site: settings, pages, git dates, translations and row dates. */
    void site(Site site) throws IOException {
        settings(site.settings());
        pages(site.pages());
        stringMap(site.lastChanged());
        Map<String, List<String>> versions = new TreeMap<>(site.translations().versions());
        out.varint(versions.size());
        for (Map.Entry<String, List<String>> page : versions.entrySet()) {
            out.string(page.getKey());
            strings(page.getValue());
        }
        rowDates(site.rowDates());
    }

    private void settings(SiteSettings settings) throws IOException {
        out.string(settings.title());
        optional(settings.baseUrl());
        optional(settings.editUrl());
        out.string(settings.audience());
        out.bool(settings.strict());
        out.varint(settings.brokenLinks().ordinal());
        out.varint(settings.columns().size());
        for (Map.Entry<String, List<String>> role : settings.columns().entrySet()) { // sorted by role
            out.string(role.getKey());
            strings(role.getValue());
        }
        strings(settings.languages().tags());
        out.bool(settings.languages().named());
        optional(settings.feedbackUrl());
        optional(settings.noResultsUrl());
    }

    private void rowDates(RowDates dates) throws IOException {
        Map<String, String[]> lines = new TreeMap<>(dates.lines());
        out.varint(lines.size());
        for (Map.Entry<String, String[]> file : lines.entrySet()) {
            out.string(file.getKey());
            out.varint(file.getValue().length);
            for (String date : file.getValue()) {
                out.string(date);
            }
        }
        stringMap(dates.files());
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
        int32(page.order());
        out.string(page.description());
        out.string(page.sourceFile());
        out.varint(page.sections().size());
        for (Section section : page.sections()) {
            section(section);
        }
        out.varint(page.links().size());
        for (LinkRef link : page.links()) {
            link(link);
        }
        out.bool(page.autoLinks());
        out.varint(page.anchors().size());
        for (Anchor anchor : page.anchors()) {
            out.string(anchor.name());
            out.string(anchor.category());
            out.string(anchor.fragment());
        }
        out.bool(page.translationOf() != null);
        if (page.translationOf() != null) {
            link(page.translationOf());
        }
    }

    private void link(LinkRef link) throws IOException {
        out.string(link.target());
        source(link.source());
    }

    private void section(Section section) throws IOException {
        if (!first(section)) {
            return;
        }
        if (section instanceof Prose prose) {
            out.varint(ModelCodec.PROSE);
            out.string(prose.id());
            out.string(prose.title());
            int32(prose.level());
            out.string(prose.html());
        } else if (section instanceof Category category) {
            out.varint(ModelCodec.CATEGORY);
            out.string(category.id());
            out.string(category.title());
            out.string(category.introHtml());
            Columns columns = category.columns();
            out.string(columns.symptom());
            out.string(columns.cause());
            out.string(columns.resolution());
            strings(columns.extras());
            int32(columns.code());
            out.varint(category.entries().size());
            for (Entry entry : category.entries()) {
                entry(entry);
            }
            strings(category.aliases());
            out.string(category.audience());
        } else if (section instanceof Question question) {
            out.varint(ModelCodec.QUESTION);
            out.string(question.id());
            out.string(question.question());
            out.string(question.answerHtml());
            out.string(question.answerText());
        } else {
            DataTable table = (DataTable) section;
            out.varint(ModelCodec.TABLE);
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
        out.varint(entry.causes().size());
        for (Cause cause : entry.causes()) {
            cell(cause.cause());
            cell(cause.resolution());
            source(cause.source());
        }
        cells(entry.extras());
        strings(entry.aliases());
        strings(entry.codes());
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

    /** {@code value} as a reference to {@code first} or {@code second} when it equals one, else in full. */
    private void sameOr(String value, String first, String second) throws IOException {
        if (value != null && value.equals(first)) {
            out.varint(ModelCodec.SAME_AS_FIRST);
        } else if (value != null && value.equals(second)) {
            out.varint(ModelCodec.SAME_AS_SECOND);
        } else {
            out.varint(ModelCodec.OTHER);
            out.string(value);
        }
    }

    private void strings(List<String> strings) throws IOException {
        out.varint(strings.size());
        for (String string : strings) {
            out.string(string);
        }
    }

    /** A map of strings, in key order (the same bytes for the same map). */
    private void stringMap(Map<String, String> map) throws IOException {
        Map<String, String> sorted = new TreeMap<>(map);
        out.varint(sorted.size());
        for (Map.Entry<String, String> entry : sorted.entrySet()) {
            out.string(entry.getKey());
            out.string(entry.getValue());
        }
    }

    private void optional(Optional<String> value) throws IOException {
        out.string(value.orElse(null));
    }

    /** Any int, negative ones included (as their 32 bits). */
    private void int32(int value) throws IOException {
        out.varint(value & 0xFFFFFFFFL);
    }

    private void source(SourcePosition source) throws IOException {
        // Nearly every position is in the file of the one before it.
        boolean same = source.file() != null && source.file().equals(lastFile);
        out.bool(same);
        if (!same) {
            out.string(source.file());
            lastFile = source.file();
        }
        int32(source.line());
        int32(source.column());
    }

    void diagnostics(List<Diagnostic> diagnostics) throws IOException {
        out.varint(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.varint(d.severity().ordinal());
            out.string(d.file());
            int32(d.line());
            int32(d.column());
            out.string(d.message());
            out.string(d.hint());
        }
    }
}
