package org.troubleshoot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
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
}
