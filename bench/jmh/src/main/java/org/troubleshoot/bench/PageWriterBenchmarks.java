package org.troubleshoot.bench;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.util.HtmlEscaper;
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
import org.troubleshoot.publish.Utf8FileWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Category pages written the way a build writes them: the default template's {@code category.mustache} (with its
 * layout and rows) run by Mustache.java, whose text and values arrive as many small {@code write(char[], int, int)}
 * and {@code write(String)} calls, values HTML-escaped as {@code render/TemplateFactory} escapes them — in one pass
 * into a {@code Utf8FileWriter}, with Mustache's {@code HtmlEscaper} into any other writer. Written into a
 * {@code Utf8FileWriter} or into {@code Files.newBufferedWriter(path, UTF_8)}: 100 pages of 10 rows (the
 * benchmark corpus's categories) per operation, mostly ASCII with some non-ASCII text and characters to escape.
 * The {@code writesOnly} pair replays the same pages' writes (recorded once) without running Mustache: the
 * writers' own share. All must write the same bytes ({@link #setUp} checks). {@code sink}: real files in a
 * temporary folder (rewritten each time), or {@code /dev/null} (without the file system's cost).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class PageWriterBenchmarks {
    private static final int PAGES = 100;

    /** render/TemplateFactory's escaping, as it is (that class is package-private). */
    static final class EscapingFactory extends DefaultMustacheFactory {
        private static final char[][] ESCAPES = new char[97][];

        static {
            for (int c = 0; c <= 13; c++) {
                ESCAPES[c] = ("&#" + c + ";").toCharArray();
            }
            ESCAPES['&'] = "&amp;".toCharArray();
            ESCAPES['<'] = "&lt;".toCharArray();
            ESCAPES['>'] = "&gt;".toCharArray();
            ESCAPES['"'] = "&quot;".toCharArray();
            ESCAPES['\''] = "&#39;".toCharArray();
            ESCAPES['`'] = "&#96;".toCharArray();
            ESCAPES['='] = "&#61;".toCharArray();
        }

        EscapingFactory() {
            super("troubleshoot/template");
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                if (writer instanceof Recorder recorder) {
                    recorder.calls.add(new Call(value, true, false));
                } else if (writer instanceof Utf8FileWriter file) {
                    file.write(value, ESCAPES);
                } else if (needsEscaping(value)) {
                    HtmlEscaper.escape(value, writer);
                } else {
                    writer.write(value);
                }
            } catch (IOException e) {
                throw new MustacheException("Failed to encode value: " + value, e);
            }
        }

        private static boolean needsEscaping(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < ESCAPES.length && ESCAPES[c] != null) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One write Mustache made: a value to escape, or text written as a char array or as a string. */
    record Call(String text, boolean value, boolean chars) {
    }

    /** Records what Mustache writes, to replay it into each writer without Mustache's own work. */
    static final class Recorder extends Writer {
        final List<Call> calls = new ArrayList<>();

        @Override
        public void write(char[] chars, int offset, int length) {
            calls.add(new Call(new String(chars, offset, length), false, true));
        }

        @Override
        public void write(String text, int offset, int length) {
            calls.add(new Call(text.substring(offset, offset + length), false, false));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Param({"file", "null"})
    public String sink;

    private EscapingFactory factory;
    private Mustache template;
    private final List<Map<String, Object>> views = new ArrayList<>();
    private final List<char[][]> texts = new ArrayList<>();
    private final List<List<Call>> recorded = new ArrayList<>();
    private Path[] files;

    @Setup
    public void setUp() throws IOException {
        factory = new EscapingFactory();
        template = factory.compile("category.mustache");
        Random random = new Random(2);
        for (int page = 0; page < PAGES; page++) {
            views.add(view(page, random));
            Recorder recorder = new Recorder();
            template.execute(recorder, views.get(page));
            recorded.add(recorder.calls);
            // Text Mustache wrote as char arrays: arrays it made once.
            texts.add(recorder.calls.stream().map(call -> call.chars() ? call.text().toCharArray() : null)
                    .toArray(char[][]::new));
        }
        files = new Path[PAGES];
        Path folder = sink.equals("null") ? null : Files.createTempDirectory("jmh-pages");
        for (int page = 0; page < PAGES; page++) {
            files[page] = folder == null ? Path.of("/dev/null") : folder.resolve("area-" + page + ".html");
        }
        Path check = Files.createTempDirectory("jmh-pages-check");
        try (Writer writer = new Utf8FileWriter(check.resolve("a.html"))) {
            template.execute(writer, views.get(0));
        }
        try (Writer writer = Files.newBufferedWriter(check.resolve("b.html"), StandardCharsets.UTF_8)) {
            template.execute(writer, views.get(0));
        }
        try (Writer writer = new Utf8FileWriter(check.resolve("c.html"))) {
            replay(writer, 0);
        }
        try (Writer writer = Files.newBufferedWriter(check.resolve("d.html"), StandardCharsets.UTF_8)) {
            replay(writer, 0);
        }
        byte[] a = Files.readAllBytes(check.resolve("a.html"));
        for (String other : List.of("b.html", "c.html", "d.html")) {
            if (a.length < 5000 || !Arrays.equals(a, Files.readAllBytes(check.resolve(other)))) {
                throw new IllegalStateException("the writers wrote different pages (or hardly any): " + other);
            }
        }
    }

    /** Page {@code page}'s writes as Mustache made them, without running Mustache. */
    private void replay(Writer writer, int page) {
        List<Call> calls = recorded.get(page);
        char[][] text = texts.get(page);
        try {
            for (int i = 0; i < text.length; i++) {
                if (text[i] != null) {
                    writer.write(text[i], 0, text[i].length);
                } else if (calls.get(i).value()) {
                    factory.encode(calls.get(i).text(), writer);
                } else {
                    writer.write(calls.get(i).text());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The writes alone, into a Utf8FileWriter: what the writer itself costs. */
    @Benchmark
    public int writesOnlyUtf8FileWriter() throws IOException {
        for (int page = 0; page < PAGES; page++) {
            try (Writer writer = new Utf8FileWriter(files[page])) {
                replay(writer, page);
            }
        }
        return PAGES;
    }

    /** The writes alone, into a BufferedWriter. */
    @Benchmark
    public int writesOnlyBufferedWriter() throws IOException {
        for (int page = 0; page < PAGES; page++) {
            try (Writer writer = Files.newBufferedWriter(files[page], StandardCharsets.UTF_8)) {
                replay(writer, page);
            }
        }
        return PAGES;
    }

    @Benchmark
    public int utf8FileWriter() throws IOException {
        for (int page = 0; page < PAGES; page++) {
            try (Writer writer = new Utf8FileWriter(files[page])) {
                template.execute(writer, views.get(page));
            }
        }
        return PAGES;
    }

    @Benchmark
    public int bufferedWriter() throws IOException {
        for (int page = 0; page < PAGES; page++) {
            try (Writer writer = Files.newBufferedWriter(files[page], StandardCharsets.UTF_8)) {
                template.execute(writer, views.get(page));
            }
        }
        return PAGES;
    }

    private static final String[] SYMPTOMS = {"Widget %d is blank", "\"Invalid email or password\" (%d)",
            "Can't get past the 2FA screen (%d)", "Export %d shows “N/A” for every café", "Calls & chats %d not appearing"};
    private static final String[] CAUSES = {"Browser cache or <strong>sync delay</strong>", "Five9 sync delay",
            "Typo or unconfirmed account", "S3 move job hasn&#39;t run yet", "Résumé parser timed out – retry later"};
    private static final String[] RESOLUTIONS = {
            "Hard refresh (Cmd-Shift-R); if still blank, <strong>escalate</strong> with the <code>org</code> id",
            "Wait 15 min; if still missing, escalate", "Try password reset; check <a href=\"../faq.html#confirm\">confirmation email</a>",
            "Use a recovery code, or contact admin to disable 2FA", "Re-run the export… then check <code>C:\\exports</code>"};

    /** The view SiteRenderer gives category.mustache, as maps: layout, breadcrumbs, 10 rows, pager. */
    private static Map<String, Object> view(int page, Random random) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            items.add(map("url", "../guide/area-" + c + ".html", "title", "Area " + c + " – “settings”",
                    "current", c == page % 6));
        }
        List<Object> nav = List.of(
                map("items", List.of(map("url", "../index.html", "title", "Home"), map("url", "../faq.html", "title", "FAQ"),
                        map("url", "../contact.html", "title", "Contact"))),
                map("title", "Troubleshooting guide", "items", items));
        Map<String, Object> layout = map("root", "../", "generator", "troubleshoot 0.1.0-SNAPSHOT",
                "documentTitle", "Area " + page + " – Troubleshooting guide · Portal Help Center",
                "description", "Symptoms, likely causes & what to do in area " + page + ".",
                "siteTitle", "Portal Help Center", "extraHead", "", "nav", nav, "lastChanged", "2026-11-28",
                "allPage", true);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            String symptom = String.format(SYMPTOMS[random.nextInt(SYMPTOMS.length)], r);
            String html = symptom.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;");
            List<Map<String, Object>> sameCause = new ArrayList<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                sameCause.add(map("url", "../guide-" + random.nextInt(300) + "/area-2.html#widget-" + n + "-is-blank",
                        "text", "Widget " + n + " is blank"));
            }
            rows.add(map("id", "widget-" + page + "-" + r,
                    "first", map("label", "Symptom", "aliases", r == 3 ? List.of("old-widget-" + r) : List.of(),
                            "html", html, "name", symptom),
                    "middle", List.of(map("label", "Likely cause", "html", CAUSES[random.nextInt(CAUSES.length)])),
                    "last", map("label", "What to do", "html", RESOLUTIONS[random.nextInt(RESOLUTIONS.length)],
                            "hasMore", !sameCause.isEmpty(), "sameCause", sameCause, "sameFix", List.of())));
        }
        return map("layout", layout, "title", "Area " + page, "parent", map("url", "../guide.html", "text", "Guide"),
                "introHtml", "<p>Find your symptom below; “¶” links to a row.</p>", "caption", "Area " + page + ": symptoms",
                "headers", List.of("Symptom", "Likely cause", "What to do"), "rows", rows,
                "previous", map("url", "area-" + (page + 5) % 6 + ".html", "text", "Area before"),
                "next", map("url", "area-" + (page + 1) % 6 + ".html", "text", "Area after"));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
