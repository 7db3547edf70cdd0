package org.troubleshoot.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * site.json's writer prints what Gson's pretty printer printed before it, byte for byte; the search index's
 * documents, what Gson's HTML-safe compact form printed.
 */
class PrettyJsonWriterTest {
    private static final String[] STRINGS = {
        "",
        "Login & access",
        "\"quoted\"",
        "back\\slash",
        "tab\there",
        "line\nbreak",
        "\r\f\b",
        "\u0000\u0001\u001f\u007f",
        "é–…›",
        "\u2028\u2029",
        "\u2027\u202a\u2128\u3029",
        "Why? é?–? \u2028?",
        "😀",
        "\uD83D",
        "\uDE00x",
        "<script>",
        "a=b'c",
        "Café & <b>bar</b>",
        "é='x'",
        "\uD83D<\u2028&",
        "x".repeat(300_000)
    };

    @Test
    void randomDocumentsComeOutAsGsonsPrettyPrinterWritesThem() throws IOException {
        Random random = new Random(11);
        for (int document = 0; document < 300; document++) {
            StringWriter expected = new StringWriter();
            JsonWriter gson = new JsonWriter(expected);
            gson.setIndent("  ");
            gson.setHtmlSafe(false);
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (PrettyJsonWriter ours = new PrettyJsonWriter(actual)) {
                value(random, 0, gson, ours);
                gson.flush();
                expected.write('\n');
                ours.newlineAtEnd();
            }
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), actual.toByteArray());
        }
    }

    @Test
    void theCompactHtmlSafeFormIsGsonsWithSetHtmlSafe() throws IOException {
        Random random = new Random(13);
        for (int document = 0; document < 300; document++) {
            StringWriter expected = new StringWriter();
            JsonWriter gson = new JsonWriter(expected);
            gson.setHtmlSafe(true);
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            PrettyJsonWriter ours = PrettyJsonWriter.compactHtmlSafe(actual);
            value(random, 0, gson, ours);
            gson.flush();
            ours.flush();
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), actual.toByteArray());
        }
    }

    private static void value(Random random, int depth, JsonWriter gson, PrettyJsonWriter ours) throws IOException {
        switch (depth > 5 ? random.nextInt(2) : random.nextInt(4)) {
            case 0 -> {
                String text = STRINGS[random.nextInt(STRINGS.length)];
                gson.value(text);
                ours.value(text);
            }
            case 1 -> {
                long number = random.nextInt(2) == 0 ? random.nextInt(1000) : random.nextLong();
                gson.value(number);
                ours.value(number);
            }
            case 2 -> {
                gson.beginArray();
                ours.beginArray();
                for (int i = random.nextInt(4); i > 0; i--) {
                    value(random, depth + 1, gson, ours);
                }
                gson.endArray();
                ours.endArray();
            }
            default -> {
                gson.beginObject();
                ours.beginObject();
                for (int i = random.nextInt(4); i > 0; i--) {
                    String name = STRINGS[random.nextInt(STRINGS.length - 1)];
                    gson.name(name);
                    ours.name(name);
                    value(random, depth + 1, gson, ours);
                }
                gson.endObject();
                ours.endObject();
            }
        }
    }

    @Test
    void anObjectOnOneLineIsGsonsCompactFormOnALineOfItsOwn() throws IOException {
        Random random = new Random(12);
        for (int document = 0; document < 100; document++) {
            StringBuilder expected = new StringBuilder("{\n  \"rows\": [");
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            int rows = random.nextInt(4);
            try (PrettyJsonWriter ours = new PrettyJsonWriter(actual)) {
                ours.beginObject().name("rows").beginArray();
                for (int row = 0; row < rows; row++) {
                    StringWriter compact = new StringWriter();
                    JsonWriter gson = new JsonWriter(compact);
                    gson.setHtmlSafe(false);
                    gson.beginObject();
                    ours.beginObjectOnOneLine();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        String name = STRINGS[random.nextInt(STRINGS.length - 1)];
                        gson.name(name);
                        ours.name(name);
                        value(random, 1, gson, ours);
                    }
                    gson.endObject();
                    ours.endObject();
                    gson.flush();
                    expected.append(row == 0 ? "" : ",").append("\n    ").append(compact);
                }
                ours.endArray().name("after").value(1).endObject();
                ours.newlineAtEnd();
            }
            expected.append(rows == 0 ? "]" : "\n  ]").append(",\n  \"after\": 1\n}\n");
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), actual.toByteArray());
        }
    }
}
