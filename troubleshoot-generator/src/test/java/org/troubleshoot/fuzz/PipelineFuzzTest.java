package org.troubleshoot.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.troubleshoot.BuildResult;
import org.troubleshoot.Generator;
import org.troubleshoot.publish.Folders;

/**
 * Whole builds of fuzzed content: a well-formed table between arbitrary Markdown, its causes and resolutions
 * arbitrary text, its symptoms fuzzed words (plain text, so what site.json must say is known without a Markdown
 * parser). The only outcomes are a site or diagnostics; a built site has no unsafe HTML; and when the build
 * succeeds, site.json has exactly the table's rows at the table's lines: each symptom on its own line, none
 * lost, none added (other entries can only come from tables in the Markdown around it).
 */
class PipelineFuzzTest {
    @FuzzTest(maxDuration = "45s")
    void anyContentGivesASafeSiteWithEveryRowOrDiagnostics(FuzzedDataProvider data) throws IOException {
        String before = data.consumeString(300);
        int rows = data.consumeInt(1, 8);
        List<String> symptoms = new ArrayList<>();
        StringBuilder markdown = new StringBuilder(before).append("\n\n## Category\n\n");
        // The table's first row is two lines below its header: lines counted as CommonMark ends them.
        int firstRowLine = lineBreaks(markdown) + 3;
        markdown.append("| Symptom | Likely cause | What to do |\n|---|---|---|\n");
        for (int i = 0; i < rows; i++) {
            String symptom = words(data.consumeString(40));
            symptoms.add(symptom);
            markdown.append("| ")
                    .append(symptom)
                    .append(" | ")
                    .append(cell(data.consumeString(40)))
                    .append(" | ")
                    .append(cell(data.consumeString(40)))
                    .append(" |\n");
        }
        markdown.append('\n').append(data.consumeRemainingAsString());

        Path dir = Files.createTempDirectory("troubleshoot-fuzz");
        try {
            Path content = Files.createDirectories(dir.resolve("content"));
            Files.writeString(content.resolve("troubleshooting.md"), markdown.toString());
            BuildResult result = Generator.builder()
                    .contentDirectory(content)
                    .outputDirectory(dir.resolve("site"))
                    .build()
                    .generate();
            if (result.hasErrors()) {
                assertFalse(result.output().isPresent());
                return;
            }
            Path site = result.output().orElseThrow();
            assertSafe(site);
            int lastRowLine = firstRowLine + rows - 1;
            // Rows with the same symptom one under the other are one entry, at its first row, with a cause per row.
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < rows; ) {
                int first = i;
                String key = symptoms.get(first).toLowerCase(Locale.ROOT);
                do {
                    i++;
                } while (i < rows && symptoms.get(i).toLowerCase(Locale.ROOT).equals(key));
                expected.add("troubleshooting.md:" + (firstRowLine + first) + " " + symptoms.get(first) + " ("
                        + (i - first) + " causes)");
            }
            List<String> ours = new ArrayList<>();
            int lines = lineBreaks(markdown) + 1;
            for (JsonElement page : JsonParser.parseString(Files.readString(site.resolve("site.json")))
                    .getAsJsonObject()
                    .getAsJsonArray("pages")) {
                for (JsonElement category : page.getAsJsonObject().getAsJsonArray("categories")) {
                    for (JsonElement element : category.getAsJsonObject().getAsJsonArray("entries")) {
                        JsonObject entry = element.getAsJsonObject();
                        JsonObject source = entry.getAsJsonObject("source");
                        int line = source.get("line").getAsInt();
                        String published = source.get("file").getAsString() + ":" + line + " "
                                + entry.get("symptom").getAsString() + " ("
                                + entry.getAsJsonArray("causes").size()
                                + " causes)";
                        if (line >= firstRowLine && line <= lastRowLine) {
                            ours.add(published);
                        } else {
                            assertTrue(line >= 1 && line <= lines, "an entry from no line of the file: " + published);
                        }
                    }
                }
            }
            assertEquals(expected, ours, "the table's rows in site.json");
        } finally {
            Folders.deleteTree(dir);
        }
    }

    /**
     * The letters and digits of arbitrary text as words one space apart ("x" if none): a cell whose plain text
     * is itself, with no Markdown in it to turn into something else.
     */
    private static String words(String text) {
        StringBuilder words = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                space = true;
                continue;
            }
            if (space && words.length() > 0) {
                words.append(' ');
            }
            space = false;
            words.appendCodePoint(c);
        }
        return words.length() == 0 ? "x" : words.toString();
    }

    /** Line breaks as CommonMark counts them: \n, \r\n or a lone \r. */
    private static int lineBreaks(CharSequence text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    /** Arbitrary text made into one well-formed, non-empty cell: no line breaks, pipes escaped. */
    private static String cell(String text) {
        String flat = text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replaceAll("[\\r\\n\\u2028\\u2029\\u0085]", " ")
                .strip();
        return flat.replaceAll("[\\s\\p{Cc}\\p{Cf}\\p{Z}]", "").isEmpty() ? "x" + flat : flat;
    }

    private static void assertSafe(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element element : page.getAllElements()) {
                    String tag = element.tagName();
                    assertFalse(
                            List.of("iframe", "object", "embed", "svg", "base", "frame")
                                    .contains(tag),
                            tag);
                    if (tag.equals("script")) {
                        assertTrue(
                                element.attr("src").matches(".*assets/(search(-core)?|forward)\\.js"),
                                element.outerHtml());
                    }
                    for (Attribute attribute : element.attributes()) {
                        String key = attribute.getKey().toLowerCase(Locale.ROOT);
                        String value = attribute
                                .getValue()
                                .replaceAll("[\\x00-\\x20]", "")
                                .toLowerCase(Locale.ROOT);
                        assertFalse(key.startsWith("on") || key.equals("style") || key.equals("srcdoc"), key);
                        if (key.equals("href") || key.equals("src")) {
                            assertFalse(
                                    value.startsWith("javascript:")
                                            || value.startsWith("vbscript:")
                                            || value.startsWith("data:"),
                                    attribute.toString());
                        }
                        if (tag.equals("img") && key.equals("src")) {
                            assertFalse(value.contains(":") || value.startsWith("//"), attribute.toString());
                        }
                    }
                }
            }
        }
    }
}
