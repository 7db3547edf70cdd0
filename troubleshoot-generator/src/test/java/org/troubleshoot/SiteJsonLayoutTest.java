package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * site.json's layout: each entry — with its causes, codes, date, aliases and related entries — each question,
 * table row, translation and source is one line of its own that is a whole JSON object, so that a changed row is
 * a changed line in a diff; the file is still the same JSON.
 */
class SiteJsonLayoutTest {
    @TempDir
    Path dir;

    @Test
    void everyEntryWithItsSupportDataAndEveryTranslationIsOneLine() throws IOException {
        Path content = EveryFeatureSite.write(dir.resolve("repo"));
        Path out = dir.resolve("site");
        assertTrue(Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate()
                .output()
                .isPresent());
        String text = Files.readString(out.resolve("site.json"));
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        // Each line that opens an object and closes it is one whole object, by the id it starts with.
        Map<String, JsonObject> lines = new HashMap<>();
        for (String line : text.split("\n")) {
            String object = line.strip().replaceAll(",$", "");
            if (object.startsWith("{\"id\":") && object.endsWith("}")) {
                JsonObject parsed = JsonParser.parseString(object).getAsJsonObject();
                lines.put(parsed.get("id").getAsString(), parsed);
            } else if (object.startsWith("{\"language\":")) {
                JsonParser.parseString(object); // a translation: whole on its line
                lines.put("translation " + object, null);
            }
        }
        int entries = 0;
        for (JsonElement page : json.getAsJsonArray("pages")) {
            for (JsonElement category : page.getAsJsonObject().getAsJsonArray("categories")) {
                for (JsonElement entry : category.getAsJsonObject().getAsJsonArray("entries")) {
                    JsonObject object = entry.getAsJsonObject();
                    assertEquals(object, lines.get(object.get("id").getAsString()), "one line: " + object);
                    entries++;
                }
            }
        }
        assertTrue(entries >= 6, "the site's entries: " + entries);
        JsonObject noCalls = lines.get("no-calls");
        assertEquals(2, noCalls.getAsJsonArray("causes").size());
        assertEquals("2024-03-04", noCalls.get("updated").getAsString());
        assertEquals(
                List.of("401", "E401"),
                lines.get("unauthorized").getAsJsonArray("codes").asList().stream()
                        .map(JsonElement::getAsString)
                        .toList());
        assertTrue(
                lines.keySet().stream().anyMatch(k -> k.startsWith("translation ") && k.contains("\"de\"")),
                "a page's translation on a line of its own");
    }
}
