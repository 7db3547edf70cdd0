package org.troubleshoot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemplateFactoryTest {
    @Test
    void valuesAreEscapedExactlyAsMustacheEscapesThem() {
        TemplateFactory factory = new TemplateFactory(name -> null);
        Random random = new Random(42);
        String alphabet = "ab &<>\"'`=\n\r\t\u0000\u000b\r\u000e_-\u00e9\u2013\u00a0{}#/\uD83D\uDE00";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringWriter expected = new StringWriter();
            HtmlEscaper.escape(value.toString(), expected);
            StringWriter actual = new StringWriter();
            factory.encode(value.toString(), actual);
            assertEquals(expected.toString(), actual.toString(), value.toString());
        }
    }
}
