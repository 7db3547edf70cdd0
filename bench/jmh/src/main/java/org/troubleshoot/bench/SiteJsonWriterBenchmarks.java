package org.troubleshoot.bench;

import com.google.gson.stream.JsonWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.troubleshoot.publish.PrettyJsonWriter;
import org.troubleshoot.publish.TextFiles;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * site.json written two ways: by {@code PrettyJsonWriter} (Gson's pretty layout printed straight into bytes) and by
 * Gson's own {@code JsonWriter} (two-space indent, HTML-safe off) streaming into the writer the site's other text
 * files go through ({@code TextFiles}, the JDK's buffered UTF-8 writer; when first measured, into the
 * {@code Utf8FileWriter} that is gone now: docs/benchmarks.md). The document has the shape and fields
 * {@code render/SiteJson} writes: 20,040 entries (334 pages × 6 categories × 10 rows, the benchmark corpus's
 * shape), each with related entries, some text with quotes and non-ASCII characters. Both must print the same
 * bytes ({@link #setUp} checks). {@code sink}: a real file in a temporary folder, or {@code /dev/null} (the
 * writers' own cost, without the file system's).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class SiteJsonWriterBenchmarks {
    record Source(String file, int line) {
    }

    record Related(String url, String reason) {
    }

    record Entry(String id, String symptom, String cause, String resolution, String url, List<String> aliases,
                 Source source, List<Related> related) {
    }

    record Category(String id, String title, String audience, String url, List<String> aliases, Source source,
                    List<Entry> entries) {
    }

    record Page(String id, String title, String kind, String url, String audience, String description, String source,
                String lastChanged, List<Category> categories) {
    }

    @Param({"file", "null"})
    public String sink;

    private List<Page> pages;
    private int entryCount;
    private Path file;

    @Setup
    public void setUp() throws IOException {
        pages = document(334, 6, 10);
        entryCount = 334 * 6 * 10;
        file = sink.equals("null") ? Path.of("/dev/null") : Files.createTempDirectory("jmh-site-json").resolve("site.json");
        Path folder = Files.createTempDirectory("jmh-site-json-check");
        byte[] pretty = Files.readAllBytes(writePretty(folder.resolve("pretty.json")));
        byte[] gson = Files.readAllBytes(writeGson(folder.resolve("gson.json")));
        if (!Arrays.equals(pretty, gson)) {
            throw new IllegalStateException("the two writers printed different site.json files");
        }
    }

    @Benchmark
    public Path prettyJsonWriter() throws IOException {
        return writePretty(file);
    }

    @Benchmark
    public Path gsonJsonWriter() throws IOException {
        return writeGson(file);
    }

    /** As SiteJson writes it, method for method (the JIT sees the same shapes). */
    Path writePretty(Path target) throws IOException {
        try (PrettyJsonWriter json = new PrettyJsonWriter(target)) {
            json.beginObject();
            json.name("format").value(1);
            json.name("title").value("Portal Help Center");
            json.name("entryCount").value(entryCount);
            json.name("pages").beginArray();
            for (Page page : pages) {
                page(json, page);
            }
            json.endArray();
            json.endObject();
            json.newlineAtEnd();
        }
        return target;
    }

    private static void page(PrettyJsonWriter json, Page page) throws IOException {
        json.beginObject();
        json.name("id").value(page.id());
        json.name("title").value(page.title());
        json.name("kind").value(page.kind());
        json.name("url").value(page.url());
        json.name("audience").value(page.audience());
        json.name("description").value(page.description());
        json.name("source").value(page.source());
        json.name("lastChanged").value(page.lastChanged());
        json.name("categories").beginArray();
        for (Category category : page.categories()) {
            category(json, category);
        }
        json.endArray();
        json.endObject();
    }

    private static void category(PrettyJsonWriter json, Category category) throws IOException {
        json.beginObject();
        json.name("id").value(category.id());
        json.name("title").value(category.title());
        json.name("audience").value(category.audience());
        json.name("url").value(category.url());
        aliases(json, category.aliases());
        source(json, category.source());
        json.name("entries").beginArray();
        for (Entry entry : category.entries()) {
            json.beginObject();
            json.name("id").value(entry.id());
            json.name("symptom").value(entry.symptom());
            json.name("cause").value(entry.cause());
            json.name("resolution").value(entry.resolution());
            json.name("url").value(entry.url());
            aliases(json, entry.aliases());
            source(json, entry.source());
            if (!entry.related().isEmpty()) {
                json.name("related").beginArray();
                for (Related related : entry.related()) {
                    json.beginObject();
                    json.name("url").value(related.url());
                    json.name("reason").value(related.reason());
                    json.endObject();
                }
                json.endArray();
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void aliases(PrettyJsonWriter json, List<String> aliases) throws IOException {
        json.name("aliases").beginArray();
        for (String alias : aliases) {
            json.value(alias);
        }
        json.endArray();
    }

    private static void source(PrettyJsonWriter json, Source source) throws IOException {
        json.name("source").beginObject();
        json.name("file").value(source.file());
        json.name("line").value(source.line());
        json.endObject();
    }

    /** The same walk with Gson's writer (its methods have the same names). */
    Path writeGson(Path target) throws IOException {
        try (Writer out = TextFiles.create(target)) {
            JsonWriter json = new JsonWriter(out);
            json.setIndent("  ");
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("format").value(1);
            json.name("title").value("Portal Help Center");
            json.name("entryCount").value(entryCount);
            json.name("pages").beginArray();
            for (Page page : pages) {
                page(json, page);
            }
            json.endArray();
            json.endObject();
            json.flush();
            out.write('\n');
        }
        return target;
    }

    private static void page(JsonWriter json, Page page) throws IOException {
        json.beginObject();
        json.name("id").value(page.id());
        json.name("title").value(page.title());
        json.name("kind").value(page.kind());
        json.name("url").value(page.url());
        json.name("audience").value(page.audience());
        json.name("description").value(page.description());
        json.name("source").value(page.source());
        json.name("lastChanged").value(page.lastChanged());
        json.name("categories").beginArray();
        for (Category category : page.categories()) {
            category(json, category);
        }
        json.endArray();
        json.endObject();
    }

    private static void category(JsonWriter json, Category category) throws IOException {
        json.beginObject();
        json.name("id").value(category.id());
        json.name("title").value(category.title());
        json.name("audience").value(category.audience());
        json.name("url").value(category.url());
        aliases(json, category.aliases());
        source(json, category.source());
        json.name("entries").beginArray();
        for (Entry entry : category.entries()) {
            json.beginObject();
            json.name("id").value(entry.id());
            json.name("symptom").value(entry.symptom());
            json.name("cause").value(entry.cause());
            json.name("resolution").value(entry.resolution());
            json.name("url").value(entry.url());
            aliases(json, entry.aliases());
            source(json, entry.source());
            if (!entry.related().isEmpty()) {
                json.name("related").beginArray();
                for (Related related : entry.related()) {
                    json.beginObject();
                    json.name("url").value(related.url());
                    json.name("reason").value(related.reason());
                    json.endObject();
                }
                json.endArray();
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void aliases(JsonWriter json, List<String> aliases) throws IOException {
        json.name("aliases").beginArray();
        for (String alias : aliases) {
            json.value(alias);
        }
        json.endArray();
    }

    private static void source(JsonWriter json, Source source) throws IOException {
        json.name("source").beginObject();
        json.name("file").value(source.file());
        json.name("line").value(source.line());
        json.endObject();
    }

    private static final String[] SYMPTOMS = {"Widget %d-%d is blank", "\"Invalid email or password\" on form %d-%d",
            "Can't get past the 2FA screen (%d-%d)", "Export %d-%d shows “N/A” for every café", "Calls %d-%d not appearing"};
    private static final String[] CAUSES = {"Browser cache or sync delay", "Five9 sync delay", "Typo or unconfirmed account",
            "S3 move job hasn't run yet", "Résumé parser timed out – retry later"};
    private static final String[] RESOLUTIONS = {"Hard refresh (Cmd-Shift-R); if still blank, escalate with the org id",
            "Wait 15 min; if still missing, escalate", "Try password reset; check confirmation email",
            "Use a recovery code, or contact admin to disable 2FA", "Re-run the export… then check C:\\exports"};

    static List<Page> document(int pageCount, int categoriesPerPage, int rows) {
        Random random = new Random(1);
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < pageCount; p++) {
            String pageId = String.format("guide-%04d", p);
            List<Category> categories = new ArrayList<>();
            for (int c = 0; c < categoriesPerPage; c++) {
                String categoryId = "area-" + c;
                String categoryUrl = pageId + "/" + categoryId + ".html";
                List<Entry> entries = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    String symptom = String.format(SYMPTOMS[random.nextInt(SYMPTOMS.length)], c, r);
                    List<Related> related = new ArrayList<>();
                    for (int n = random.nextInt(4); n > 0; n--) {
                        related.add(new Related(String.format("guide-%04d/area-%d.html#widget-%d-%d-is-blank",
                                random.nextInt(pageCount), random.nextInt(categoriesPerPage), c, random.nextInt(rows)),
                                random.nextBoolean() ? "cause" : "resolution"));
                    }
                    String id = "entry-" + c + "-" + r;
                    entries.add(new Entry(id, symptom, CAUSES[random.nextInt(CAUSES.length)],
                            RESOLUTIONS[random.nextInt(RESOLUTIONS.length)], categoryUrl + "#" + id,
                            r % 7 == 0 ? List.of("old-" + id) : List.of(), new Source(pageId + ".md", 8 + c * 14 + r),
                            related));
                }
                categories.add(new Category(categoryId, "Area " + c, "public", categoryUrl, List.of(),
                        new Source(pageId + ".md", 6 + c * 14), entries));
            }
            pages.add(new Page(pageId, "Troubleshooting guide " + p, "troubleshooting", pageId + ".html", "public",
                    "Find your symptom below.", pageId + ".md", "2026-11-28", categories));
        }
        return pages;
    }
}
