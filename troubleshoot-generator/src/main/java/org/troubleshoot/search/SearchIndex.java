package org.troubleshoot.search;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.Site;
import org.troubleshoot.publish.PrettyJsonWriter;
import org.troubleshoot.publish.TextFiles;

/**
 * The static search index, built at build time and read by search.js without any server.
 *
 * <p>It is split so that a reader downloads only what a query needs, however big the site: words are
 * grouped into one file per first character ({@code search/t-a.js}: word → documents and the fields they
 * occur in; per first two characters on very large sites; words in other scripts by their first code point,
 * see {@link Tokens#shard}), and documents into chunks of {@value #CHUNK}
 * ({@code search/d-0.js}), loaded only for the results shown. Files are scripts that call {@code troubleshootSearch.*}, not JSON fetched with XHR, so the
 * index works when the site is opened from {@code file://}.
 */
public final class SearchIndex {
    public static final int CHUNK = 100;
    /** Above this many postings, words are grouped by their first two characters instead of one. */
    static final int TWO_CHARACTER_SHARDS = 200_000;
    /** Field bits of a posting; search.js weighs them symptom above cause above what to do. */
    static final int TITLE = 1;

    static final int CAUSE = 2;
    static final int TEXT = 4;
    /** An error code of the entry: search-core.js weighs it above everything else. */
    static final int CODE = 8;
    /** The field bits of a document's title, cause, text and codes, in that order. */
    private static final int[] FIELDS = {TITLE, CAUSE, TEXT, CODE};
    /** Longest text kept per document field: enough for a result's snippet. */
    static final int MAX_FIELD = 300;

    private static final String META = "meta.js";
    private static final String WORDS_PREFIX = "t-";
    private static final String DOCS_PREFIX = "d-";

    /**
     * One searchable thing: a troubleshooting entry, an FAQ question or a row of another table.
     *
     * @param codes an entry's error codes, one space apart; empty for anything else
     */
    record Document(String title, String where, String cause, String text, String url, String codes) {}

    private final List<Document> documents = new ArrayList<>();
    private final int twoCharacterShardsAbove;
    private final Map<String, String> labels;

    /** Word → postings, and shard → its words in order; made once by {@link #split()}. */
    private Map<String, Postings> words;

    private Map<String, List<String>> shards;
    private int prefix;

    public SearchIndex(Site site) {
        this(site, TWO_CHARACTER_SHARDS, Map.of());
    }

    /**
     * @param labels what search.js says of results in the pages' language ({@code none}, {@code one},
     *               {@code many} with {@code {0}}, {@code error}), written into meta.js
     */
    public SearchIndex(Site site, Map<String, String> labels) {
        this(site, TWO_CHARACTER_SHARDS, labels);
    }

    /** @param twoCharacterShardsAbove the number of postings above which words are grouped by two characters */
    public SearchIndex(Site site, int twoCharacterShardsAbove) {
        this(site, twoCharacterShardsAbove, Map.of());
    }

    private SearchIndex(Site site, int twoCharacterShardsAbove, Map<String, String> labels) {
        this.twoCharacterShardsAbove = twoCharacterShardsAbove;
        this.labels = new LinkedHashMap<>(labels);
        boolean severalTroubleshootingPages = site.troubleshootingPages().size() > 1;
        for (Page page : site.pages()) {
            for (Section section : page.sections()) {
                if (section instanceof Category category) {
                    String where =
                            severalTroubleshootingPages ? page.title() + " › " + category.title() : category.title();
                    for (Entry entry : category.entries()) {
                        documents.add(new Document(
                                entry.symptom().text(),
                                where,
                                causes(entry, Cause::cause),
                                causes(entry, Cause::resolution),
                                page.entryUrl(category, entry),
                                String.join(" ", entry.codes())));
                    }
                } else if (section instanceof Question question) {
                    documents.add(new Document(
                            question.question(),
                            page.title(),
                            "",
                            question.answerText(),
                            page.url() + "#" + question.id(),
                            ""));
                } else if (section instanceof DataTable table) {
                    // Contact rows, and the rows of any ordinary table (settings, commands, error codes).
                    for (DataRow row : table.rows()) {
                        List<String> rest =
                                row.cells().stream().skip(1).map(c -> c.text()).toList();
                        documents.add(new Document(
                                row.cells().isEmpty()
                                        ? row.id()
                                        : row.cells().get(0).text(),
                                page.title(),
                                "",
                                String.join(" · ", rest),
                                page.url() + "#" + row.id(),
                                ""));
                    }
                }
            }
        }
    }

    /** The texts of one column of an entry's causes, one after the other ("Token expired · Key revoked"). */
    private static String causes(Entry entry, Function<Cause, Cell> column) {
        if (entry.causes().size() == 1) {
            return column.apply(entry.causes().get(0)).text();
        }
        StringBuilder text = new StringBuilder();
        for (Cause cause : entry.causes()) {
            String part = column.apply(cause).text();
            if (!part.isEmpty()) {
                text.append(text.length() == 0 ? "" : " · ").append(part);
            }
        }
        return text.toString();
    }

    public int size() {
        return documents.size();
    }

    /**
     * The names of the index's files, in the folder search.js reads ({@code assets/search/}): {@code meta.js},
     * the word files and the document chunks. Splitting the text into words happens here, once.
     */
    public synchronized List<String> fileNames() {
        if (shards == null) {
            split();
        }
        List<String> names = new ArrayList<>();
        names.add(META);
        for (String shard : shards.keySet()) {
            names.add(WORDS_PREFIX + shard + ".js");
        }
        for (int chunk = 0; chunk < chunks(); chunk++) {
            names.add(DOCS_PREFIX + chunk + ".js");
        }
        return names;
    }

    /** Writes the file {@code name} (one of {@link #fileNames()}) to {@code out}, which it does not close. */
    public void write(String name, OutputStream out) throws IOException {
        if (name.equals(META)) {
            writeMeta(out);
        } else if (name.startsWith(WORDS_PREFIX)) {
            writeWords(name.substring(WORDS_PREFIX.length(), name.length() - ".js".length()), out);
        } else if (name.startsWith(DOCS_PREFIX)) {
            writeDocs(Integer.parseInt(name.substring(DOCS_PREFIX.length(), name.length() - ".js".length())), out);
        } else {
            throw new IllegalArgumentException("not a file of the search index: " + name);
        }
    }

    private void split() {
        words = postings();
        long postingCount = 0;
        for (Postings postings : words.values()) {
            postingCount += postings.size();
        }
        prefix = postingCount > twoCharacterShardsAbove ? 2 : 1;
        Map<String, List<String>> byShard = new TreeMap<>();
        for (String word : words.keySet()) {
            byShard.computeIfAbsent(Tokens.shard(word, prefix), k -> new ArrayList<>())
                    .add(word);
        }
        byShard.values().forEach(list -> list.sort(null));
        shards = byShard;
    }

    private int chunks() {
        return Math.max(1, (documents.size() + CHUNK - 1) / CHUNK);
    }

    private void writeMeta(OutputStream stream) throws IOException {
        Writer out = TextFiles.writer(stream);
        out.write("troubleshootSearch.meta(");
        JsonWriter json = new JsonWriter(out);
        json.beginObject()
                .name("docs")
                .value(documents.size())
                .name("chunk")
                .value(CHUNK)
                .name("prefix")
                .value(prefix)
                .name("shards")
                .beginArray();
        for (String shard : shards.keySet()) {
            json.value(shard);
        }
        json.endArray();
        if (!labels.isEmpty()) {
            json.name("labels").beginObject();
            for (Map.Entry<String, String> label : labels.entrySet()) {
                json.name(label.getKey()).value(label.getValue());
            }
            json.endObject();
        }
        json.endObject().flush();
        out.write(");\n");
        out.flush();
    }

    private void writeWords(String shard, OutputStream out) throws IOException {
        List<String> shardWords = shards.get(shard);
        StringBuilder text =
                new StringBuilder("troubleshootSearch.words(\"").append(shard).append("\",{");
        for (int i = 0; i < shardWords.size(); i++) {
            String word = shardWords.get(i);
            // Words are letters, marks and digits only (Tokens), so they need no JSON escaping.
            text.append(i == 0 ? "\"" : ",\"").append(word).append("\":[");
            words.get(word).appendTo(text);
            text.append(']');
        }
        text.append("});\n");
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void writeDocs(int chunk, OutputStream out) throws IOException {
        out.write(("troubleshootSearch.docs(" + chunk + ",").getBytes(StandardCharsets.US_ASCII));
        // HTML-safe, as search.js has always read it; the JSON writer of site.json in that form, several times
        // quicker than Gson's for the megabytes of a large site's chunks.
        PrettyJsonWriter json = PrettyJsonWriter.compactHtmlSafe(out);
        json.beginArray();
        for (Document document : documents.subList(chunk * CHUNK, Math.min(documents.size(), (chunk + 1) * CHUNK))) {
            json.beginArray()
                    .value(document.title())
                    .value(document.where())
                    .value(clip(document.cause()))
                    .value(clip(document.text()))
                    .value(document.url());
            if (!document.codes().isEmpty()) {
                json.value(document.codes()); // only entries with codes pay for the field
            }
            json.endArray();
        }
        json.endArray().flush();
        out.write(");\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Every word → the documents it occurs in, in document order, each with the fields it occurs in. */
    private Map<String, Postings> postings() {
        // Causes and steps repeat across a site ("Browser cache", "Hard refresh"): each distinct text is split
        // into words once, all of them in parallel (splitting is most of the index's work, and the build waits
        // for it before it writes anything), and each of its words is looked up once.
        Map<String, Integer> distinct = new HashMap<>();
        List<String> texts = new ArrayList<>();
        int[][] fields = new int[documents.size()][];
        for (int doc = 0; doc < documents.size(); doc++) {
            Document document = documents.get(doc);
            String[] values = {document.title(), document.cause(), document.text(), document.codes()};
            int[] ids = new int[values.length];
            for (int f = 0; f < values.length; f++) {
                ids[f] = distinct.computeIfAbsent(values[f], text -> {
                    texts.add(text);
                    return texts.size() - 1;
                });
            }
            fields[doc] = ids;
        }
        List<List<String>> tokens = texts.parallelStream().map(Tokens::of).toList();
        Map<String, Postings> words = new HashMap<>();
        Postings[][] postings = new Postings[texts.size()][];
        for (int doc = 0; doc < documents.size(); doc++) {
            for (int f = 0; f < FIELDS.length; f++) {
                int text = fields[doc][f];
                if (postings[text] == null) {
                    List<String> split = tokens.get(text);
                    postings[text] = new Postings[split.size()];
                    for (int i = 0; i < split.size(); i++) {
                        postings[text][i] = words.computeIfAbsent(split.get(i), t -> new Postings());
                    }
                }
                for (Postings posting : postings[text]) {
                    posting.add(doc, FIELDS[f]);
                }
            }
        }
        return words;
    }

    /**
     * A word's postings as flat pairs (document, field bits) in an int array: a site's postings number in the
     * millions, too many for boxed lists.
     */
    /**
     * A word's postings: each document it is in and the bits of the fields it is in there, in one int (the
     * document, of fewer than 2^27, above the four field bits), in document order. A large site's index holds millions of them until
     * its files are written.
     */
    private static final class Postings {
        private int[] values = new int[2];
        private int size;

        void add(int doc, int field) {
            if (size > 0 && values[size - 1] >>> 4 == doc) {
                values[size - 1] |= field;
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = doc << 4 | field;
        }

        int size() {
            return size;
        }

        /** "doc,fields,doc,fields…", as search.js reads them. */
        void appendTo(StringBuilder text) {
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(values[i] >>> 4).append(',').append(values[i] & 0xF);
            }
        }
    }

    private static String clip(String text) {
        return text.length() <= MAX_FIELD ? text : text.substring(0, MAX_FIELD - 1) + "…";
    }
}
