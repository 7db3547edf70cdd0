package org.troubleshoot.search;

import com.google.gson.stream.JsonWriter;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.Site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The static search index, built at build time and read by search.js without any server.
 *
 * <p>It is split so that a reader downloads only what a query needs, however big the site: words are
 * grouped into one file per first character ({@code search/t-a.js}: word → documents and the fields they
 * occur in; per first two characters on very large sites), and documents into chunks of {@value #CHUNK}
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
    /** Longest text kept per document field: enough for a result's snippet. */
    static final int MAX_FIELD = 300;

    /** One searchable thing: a troubleshooting entry, an FAQ question or a contact row. */
    record Document(String title, String where, String cause, String text, String url) {
    }

    private final List<Document> documents = new ArrayList<>();
    private final int twoCharacterShardsAbove;

    public SearchIndex(Site site) {
        this(site, TWO_CHARACTER_SHARDS);
    }

    /** @param twoCharacterShardsAbove the number of postings above which words are grouped by two characters */
    public SearchIndex(Site site, int twoCharacterShardsAbove) {
        this.twoCharacterShardsAbove = twoCharacterShardsAbove;
        boolean severalTroubleshootingPages = site.troubleshootingPages().size() > 1;
        for (Page page : site.pages()) {
            for (Section section : page.sections()) {
                if (section instanceof Category category) {
                    String where = severalTroubleshootingPages ? page.title() + " › " + category.title() : category.title();
                    for (Entry entry : category.entries()) {
                        documents.add(new Document(entry.symptom().text(), where, entry.cause().text(),
                                entry.resolution().text(), page.entryUrl(category, entry)));
                    }
                } else if (section instanceof Question question) {
                    documents.add(new Document(question.question(), page.title(), "", question.answerText(),
                            page.url() + "#" + question.id()));
                } else if (section instanceof DataTable table && page.kind() == PageKind.CONTACT) {
                    for (DataRow row : table.rows()) {
                        List<String> rest = row.cells().stream().skip(1).map(c -> c.text()).toList();
                        documents.add(new Document(row.cells().isEmpty() ? row.id() : row.cells().get(0).text(),
                                page.title(), "", String.join(" · ", rest), page.url() + "#" + row.id()));
                    }
                }
            }
        }
    }

    public int size() {
        return documents.size();
    }

    /** Writes {@code search/meta.js}, the word files and the document chunks into {@code folder}. */
    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Map<String, Integer>> fieldsByDoc = new ArrayList<>(documents.size());
        long postingCount = 0;
        for (Document document : documents) {
            Map<String, Integer> fields = new TreeMap<>();
            add(fields, document.title(), TITLE);
            add(fields, document.cause(), CAUSE);
            add(fields, document.text(), TEXT);
            fieldsByDoc.add(fields);
            postingCount += fields.size();
        }
        int prefix = postingCount > twoCharacterShardsAbove ? 2 : 1;
        Map<String, Map<String, List<Integer>>> shards = new TreeMap<>();
        for (int doc = 0; doc < documents.size(); doc++) {
            for (Map.Entry<String, Integer> word : fieldsByDoc.get(doc).entrySet()) {
                List<Integer> postings = shards.computeIfAbsent(Tokens.shard(word.getKey(), prefix), k -> new TreeMap<>())
                        .computeIfAbsent(word.getKey(), k -> new ArrayList<>());
                postings.add(doc);
                postings.add(word.getValue());
            }
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve("meta.js"), StandardCharsets.UTF_8)) {
            out.write("troubleshootSearch.meta(");
            JsonWriter json = new JsonWriter(out);
            json.beginObject().name("docs").value(documents.size()).name("chunk").value(CHUNK)
                    .name("prefix").value(prefix).name("shards").beginArray();
            for (String shard : shards.keySet()) {
                json.value(shard);
            }
            json.endArray().endObject().flush();
            out.write(");\n");
        }
        for (Map.Entry<String, Map<String, List<Integer>>> shard : shards.entrySet()) {
            try (Writer out = Files.newBufferedWriter(folder.resolve("t-" + shard.getKey() + ".js"), StandardCharsets.UTF_8)) {
                out.write("troubleshootSearch.words(\"" + shard.getKey() + "\",");
                JsonWriter json = new JsonWriter(out);
                json.beginObject();
                for (Map.Entry<String, List<Integer>> word : shard.getValue().entrySet()) {
                    json.name(word.getKey()).beginArray();
                    for (int value : word.getValue()) {
                        json.value(value);
                    }
                    json.endArray();
                }
                json.endObject().flush();
                out.write(");\n");
            }
        }
        for (int chunk = 0; chunk * CHUNK < Math.max(1, documents.size()); chunk++) {
            try (Writer out = Files.newBufferedWriter(folder.resolve("d-" + chunk + ".js"), StandardCharsets.UTF_8)) {
                out.write("troubleshootSearch.docs(" + chunk + ",");
                JsonWriter json = new JsonWriter(out);
                json.setHtmlSafe(true);
                json.beginArray();
                for (Document document : documents.subList(chunk * CHUNK, Math.min(documents.size(), (chunk + 1) * CHUNK))) {
                    json.beginArray().value(document.title()).value(document.where()).value(clip(document.cause()))
                            .value(clip(document.text())).value(document.url()).endArray();
                }
                json.endArray().flush();
                out.write(");\n");
            }
        }
    }

    private static void add(Map<String, Integer> fields, String text, int field) {
        for (String token : Tokens.of(text)) {
            fields.merge(token, field, (a, b) -> a | b);
        }
    }

    private static String clip(String text) {
        return text.length() <= MAX_FIELD ? text : text.substring(0, MAX_FIELD - 1) + "…";
    }
}
