package org.troubleshoot.cache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.config.Languages;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.diagnostic.Severity;
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
import org.troubleshoot.model.PageKind;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.RowDates;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.Site;
import org.troubleshoot.model.SourcePosition;
import org.troubleshoot.model.Translations;

/**
 * Reads what a {@link ModelWriter} wrote, in the same order, through each record's canonical constructor (see
 * {@link ModelCodec}).
 */
final class ModelReader {
    private final BinaryIn in;
    private final List<Object> seen = new ArrayList<>();
    private String lastFile;

    ModelReader(BinaryIn in) {
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

    Site site() throws IOException {
        SiteSettings settings = settings();
        List<Page> pages = pages();
        Map<String, String> lastChanged = stringMap();
        int translated = in.length();
        Map<String, List<String>> versions = new HashMap<>();
        for (int i = 0; i < translated; i++) {
            versions.put(in.string(), strings());
        }
        return new Site(settings, pages, lastChanged, new Translations(versions), rowDates());
    }

    private SiteSettings settings() throws IOException {
        String title = in.string();
        Optional<String> baseUrl = optional();
        Optional<String> editUrl = optional();
        String audience = in.string();
        boolean strict = in.bool();
        BrokenLinks brokenLinks = enumValue(BrokenLinks.values());
        int roles = in.length();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (int i = 0; i < roles; i++) {
            columns.put(in.string(), strings());
        }
        List<String> tags = strings();
        if (tags.isEmpty()) {
            throw new CorruptCacheException("a site without a language");
        }
        Languages languages = new Languages(tags, in.bool());
        return new SiteSettings(
                title, baseUrl, editUrl, audience, strict, brokenLinks, columns, languages, optional(), optional());
    }

    private RowDates rowDates() throws IOException {
        int files = in.length();
        Map<String, String[]> lines = new HashMap<>();
        for (int i = 0; i < files; i++) {
            String file = in.string();
            String[] dates = new String[in.length()];
            for (int line = 0; line < dates.length; line++) {
                dates[line] = in.string();
            }
            lines.put(file, dates);
        }
        return RowDates.of(lines, stringMap());
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
        int order = int32();
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
            links.add(link());
        }
        boolean autoLinks = in.bool();
        int anchorCount = in.length();
        List<Anchor> anchors = new ArrayList<>(Math.min(anchorCount, 1024));
        for (int i = 0; i < anchorCount; i++) {
            anchors.add(new Anchor(in.string(), in.string(), in.string()));
        }
        LinkRef translationOf = in.bool() ? link() : null;
        return keep(
                index,
                new Page(
                        id,
                        title,
                        kind,
                        audience,
                        order,
                        description,
                        sourceFile,
                        sections,
                        links,
                        autoLinks,
                        anchors,
                        translationOf));
    }

    private LinkRef link() throws IOException {
        return new LinkRef(in.string(), source());
    }

    private Section section() throws IOException {
        Object known = reference(Section.class);
        if (known != null) {
            return (Section) known;
        }
        int index = seen.size() - 1;
        int kind = in.integer();
        return keep(
                index,
                switch (kind) {
                    case ModelCodec.PROSE -> new Prose(in.string(), in.string(), int32(), in.string(), source());
                    case ModelCodec.CATEGORY -> category();
                    case ModelCodec.QUESTION ->
                        new Question(in.string(), in.string(), in.string(), in.string(), source());
                    case ModelCodec.TABLE -> table();
                    default -> throw new CorruptCacheException("an unknown kind of section");
                });
    }

    private Category category() throws IOException {
        String id = in.string();
        String title = in.string();
        String intro = in.string();
        String symptom = in.string();
        String cause = in.string();
        String resolution = in.string();
        List<String> extras = strings();
        int code = int32();
        if (code < Columns.NO_CODE || code >= extras.size()) {
            throw new CorruptCacheException("a code column that is not there");
        }
        Columns columns = new Columns(symptom, cause, resolution, extras, code);
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
        String id = in.string();
        Cell symptom = cell();
        int count = in.length();
        if (count == 0) {
            throw new CorruptCacheException("an entry without a cause");
        }
        List<Cause> causes = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            causes.add(new Cause(cell(), cell(), source()));
        }
        return keep(index, new Entry(id, symptom, causes, cells(), strings(), strings(), source()));
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
            case ModelCodec.OTHER -> in.string();
            case ModelCodec.SAME_AS_FIRST -> first;
            case ModelCodec.SAME_AS_SECOND -> second;
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

    private Map<String, String> stringMap() throws IOException {
        int count = in.length();
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < count; i++) {
            map.put(in.string(), in.string());
        }
        return map;
    }

    private Optional<String> optional() throws IOException {
        return Optional.ofNullable(in.string());
    }

    private int int32() throws IOException {
        return (int) in.varint();
    }

    private SourcePosition source() throws IOException {
        if (!in.bool()) {
            lastFile = in.string();
        }
        return new SourcePosition(lastFile, int32(), int32());
    }

    List<Diagnostic> diagnostics() throws IOException {
        int count = in.length();
        List<Diagnostic> diagnostics = new ArrayList<>(Math.min(count, 4096));
        for (int i = 0; i < count; i++) {
            diagnostics.add(new Diagnostic(
                    enumValue(Severity.values()), in.string(), int32(), int32(), in.string(), in.string()));
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
