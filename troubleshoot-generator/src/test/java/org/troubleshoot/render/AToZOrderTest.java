package org.troubleshoot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.Generator;

/**
 * The A–Z index lists each letter's symptoms by their folded text (case, accents and leading punctuation do
 * not count), and the same symptom in several places by address.
 */
class AToZOrderTest {
    @TempDir
    Path dir;

    @Test
    void symptomsByFoldedTextThenByAddress() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("help.md"), """
                # Help

                ## Zeta
                | Symptom | Cause | What to do |
                |---|---|---|
                | Login fails | Token expired | Sign in again |
                | "Alpha quoted" | Quotes | Remove them |
                | apple pie | Oven | Bake longer |
                | Éclair missing | Bakery | Ask again |

                ## Beta
                | Symptom | Cause | What to do |
                |---|---|---|
                | Login fails | Clock skew | Sync the clock |
                | Apple cake | Flour | Add more |
                | Eclair late | Traffic | Wait |
                """);
        Path out = dir.resolve("site");
        Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        Document index = Jsoup.parse(out.resolve("a-z.html").toFile());
        assertEquals(
                List.of("\"Alpha quoted\"", "Apple cake", "apple pie"),
                index.select("#letter-a li a").eachText());
        assertEquals(
                List.of("Eclair late", "Éclair missing"),
                index.select("#letter-e li a").eachText());
        assertEquals(
                List.of("help/beta.html#login-fails-2", "help/zeta.html#login-fails"),
                index.select("#letter-l li a").eachAttr("href"));
    }
}
