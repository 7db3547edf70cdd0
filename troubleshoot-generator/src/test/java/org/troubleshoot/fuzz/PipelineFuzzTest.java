package org.troubleshoot.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.troubleshoot.BuildResult;
import org.troubleshoot.Generator;
import org.troubleshoot.publish.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole builds of fuzzed content: a well-formed table whose cells are arbitrary text, between arbitrary
 * Markdown. The only outcomes are a site or diagnostics; a built site has no unsafe HTML; and when the build
 * succeeds every row of the table is in site.json.
 */
class PipelineFuzzTest {
    @FuzzTest(maxDuration = "45s")
    void anyContentGivesASafeSiteWithEveryRowOrDiagnostics(FuzzedDataProvider data) throws IOException {
        String before = data.consumeString(300);
        int rows = data.consumeInt(1, 8);
        List<String> symptoms = new ArrayList<>();
        StringBuilder markdown = new StringBuilder(before).append("\n\n## Category\n\n| Symptom | Likely cause | What to do |\n|---|---|---|\n");
        for (int i = 0; i < rows; i++) {
            String symptom = cell(data.consumeString(40));
            symptoms.add(symptom);
            markdown.append("| ").append(symptom).append(" | ").append(cell(data.consumeString(40))).append(" | ")
                    .append(cell(data.consumeString(40))).append(" |\n");
        }
        markdown.append('\n').append(data.consumeRemainingAsString());

        Path dir = Files.createTempDirectory("troubleshoot-fuzz");
        try {
            Path content = Files.createDirectories(dir.resolve("content"));
            Files.writeString(content.resolve("troubleshooting.md"), markdown.toString());
            BuildResult result = Generator.builder().contentDirectory(content).outputDirectory(dir.resolve("site"))
                    .build().generate();
            if (result.hasErrors()) {
                assertFalse(result.output().isPresent());
                return;
            }
            Path site = result.output().orElseThrow();
            assertSafe(site);
            List<String> published = new ArrayList<>();
            int publishedCauses = 0;
            for (JsonElement page : JsonParser.parseString(Files.readString(site.resolve("site.json")))
                    .getAsJsonObject().getAsJsonArray("pages")) {
                for (JsonElement category : page.getAsJsonObject().getAsJsonArray("categories")) {
                    for (JsonElement entry : category.getAsJsonObject().getAsJsonArray("entries")) {
                        published.add(entry.getAsJsonObject().get("symptom").getAsString());
                        publishedCauses += entry.getAsJsonObject().getAsJsonArray("causes").size();
                    }
                }
            }
            // Rows with the same symptom one under the other are one entry's causes: every row is a cause.
            int causes = result.site().pages().stream().flatMap(p -> p.categories().stream())
                    .flatMap(c -> c.entries().stream()).mapToInt(e -> e.causes().size()).sum();
            assertTrue(causes >= rows, "rows lost: " + symptoms + " vs " + published);
            assertEquals(result.site().entryCount(), published.size(), "site.json lost entries: " + published);
            assertEquals(causes, publishedCauses, "site.json lost causes: " + published);
        } finally {
            Folders.deleteTree(dir);
        }
    }

    /** Arbitrary text made into one well-formed, non-empty cell: no line breaks, pipes escaped. */
    private static String cell(String text) {
        String flat = text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n\\u2028\\u2029\\u0085]", " ").strip();
        return flat.replaceAll("[\\s\\p{Cc}\\p{Cf}\\p{Z}]", "").isEmpty() ? "x" + flat : flat;
    }

    private static void assertSafe(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element element : page.getAllElements()) {
                    String tag = element.tagName();
                    assertFalse(List.of("iframe", "object", "embed", "svg", "base", "frame").contains(tag), tag);
                    if (tag.equals("script")) {
                        assertTrue(element.attr("src").matches(".*assets/(search(-core)?|forward)\\.js"),
                                element.outerHtml());
                    }
                    for (Attribute attribute : element.attributes()) {
                        String key = attribute.getKey().toLowerCase(Locale.ROOT);
                        String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                        assertFalse(key.startsWith("on") || key.equals("style") || key.equals("srcdoc"), key);
                        if (key.equals("href") || key.equals("src")) {
                            assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:")
                                    || value.startsWith("data:"), attribute.toString());
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
