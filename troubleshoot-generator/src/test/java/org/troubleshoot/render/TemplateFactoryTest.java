package org.troubleshoot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.util.HtmlEscaper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.troubleshoot.model.Html;
import org.troubleshoot.publish.TextFiles;

/** Template values are escaped exactly as Mustache.java escapes them, by each of the generator's two paths. */
class TemplateFactoryTest {
    private static final String ALPHABET = "ab &<>\"'`=\n\r\t\u0000\u000b\r\u000e_-\u00e9\u2013\u00a0{}#/\uD83D\uDE00";

    @Test
    void valuesAreEscapedExactlyAsMustacheEscapesThem() throws Exception {
        TemplateFactory factory = new TemplateFactory(name -> null);
        Random random = new Random(42);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            StringWriter expected = new StringWriter();
            HtmlEscaper.escape(value.toString(), expected);

            // Into a page file: escaped as it is encoded.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer page = TextFiles.writer(bytes)) {
                page.write("<p>");
                factory.encode(value.toString(), page);
            }
            // (compared as bytes: a lone surrogate is written as '?', as String.getBytes writes it)
            assertArrayEquals(
                    ("<p>" + expected).getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), value.toString());

            // Into any other writer, and by the generator's own HTML.
            StringWriter other = new StringWriter();
            factory.encode(value.toString(), other);
            assertEquals(expected.toString(), other.toString(), value.toString());
            assertEquals(expected.toString(), Html.escapeValue(value.toString()), value.toString());
        }
    }

    /**
     * Values of every kind — strings escaped and not, numbers, booleans, a function, null and missing — are
     * written as Mustache.java's own factory writes them (the factory writes strings its own way).
     */
    @Test
    void valuesOfEveryKindAreWrittenAsMustacheWritesThem() {
        String template = "<{{a}}|{{{a}}}|{{&a}}|{{n}}|{{b}}|{{f}}|{{nothing}}|{{missing}}|"
                + "{{#list}}[{{.}}/{{a}}]{{/list}}|{{e}}>";
        Map<String, Object> view = new HashMap<>();
        view.put("a", "<x> & \"y\"");
        view.put("n", 3);
        view.put("b", true);
        view.put("f", (Function<String, String>) text -> "F(" + text + ")");
        view.put("nothing", null);
        view.put("list", List.of("one", "<two>"));
        view.put("e", "");
        StringWriter expected = new StringWriter();
        new DefaultMustacheFactory().compile(new StringReader(template), "t").execute(expected, view);
        StringWriter actual = new StringWriter();
        new TemplateFactory(name -> null)
                .compile(new StringReader(template), "t")
                .execute(actual, view);
        assertEquals(expected.toString(), actual.toString());
    }

    /** A writer that fails fails the template with the message Mustache.java's own factory gives. */
    @Test
    void aFailingWriterIsReportedAsMustacheReportsIt() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Map<String, Object> view = Map.of("a", "text");
        MustacheException expected = assertThrows(
                MustacheException.class,
                () -> new DefaultMustacheFactory()
                        .compile(new StringReader("{{a}}"), "t")
                        .execute(failing, view));
        MustacheException actual = assertThrows(
                MustacheException.class,
                () -> new TemplateFactory(name -> null)
                        .compile(new StringReader("{{a}}"), "t")
                        .execute(failing, view));
        assertEquals(expected.getMessage(), actual.getMessage());
    }
}
