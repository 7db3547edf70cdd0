package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A symptom with several causes, as readers and tools see it: one row group, one anchor, causes in order. */
class SeveralCausesTest {
    @TempDir
    Path dir;

    private Path build() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("troubleshooting.md"), """
                ## API

                | Symptom | Likely cause | What to do | Since |
                |---|---|---|---|
                | 401 Unauthorized | Token expired | Refresh the token | 2.0 |
                | 401 Unauthorized | Browser cache | Clear the cache | |
                | 403 Forbidden | Scope | Ask admin | 2.1 |

                ## Dashboard

                | Symptom | Likely cause | What to do |
                |---|---|---|
                | Filter does not update | Browser cache | Hard refresh |
                """);
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .editUrl("https://git.example.com/{file}#L{line}")
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        return out;
    }

    @Test
    void theSymptomIsOneRowGroupWithOneAnchorItsCellSpanningItsCauses() throws IOException {
        Path out = build();
        Document page = new SiteChecks(out).page("troubleshooting/api.html");
        Element first = page.getElementById("401-unauthorized");
        Element group = first.parent();
        assertEquals("tbody", group.tagName());
        assertEquals(2, group.children().size());
        Element symptom = first.selectFirst("th");
        assertEquals("rowgroup", symptom.attr("scope"));
        assertEquals("2", symptom.attr("rowspan"));
        assertEquals("2", first.selectFirst("td[data-label=Since]").attr("rowspan"), "extra cells span too");
        assertEquals(
                List.of("Token expired", "Refresh the token", "2.0"),
                first.select("td").eachText());
        Element second = group.child(1);
        assertEquals("", second.id());
        assertEquals(List.of("Likely cause", "What to do"), second.select("td").eachAttr("data-label"));
        assertEquals("Browser cache", second.selectFirst("td").text());
        // Related entries, the edit link and the date are said once, under the last cause.
        assertTrue(first.select("ul.related").isEmpty());
        Element more = second.selectFirst("td[data-label=What to do] ul.related");
        assertTrue(more.text().contains("Same cause: Filter does not update (Dashboard)"), more.text());
        assertEquals(
                "https://git.example.com/troubleshooting.md#L5",
                more.selectFirst("a.edit-link").attr("href"));
        // One row, one group, as before.
        Element single = page.getElementById("403-forbidden");
        assertEquals(1, single.parent().children().size());
        assertEquals("row", single.selectFirst("th").attr("scope"));
        assertFalse(single.selectFirst("th").hasAttr("rowspan"));
        assertTrue(single.selectFirst("td[data-label=What to do]").selectFirst("ul.related") != null);
        assertEquals(List.of(), new SiteChecks(out).brokenLinks());
    }

    @Test
    void theAllOnOnePageTheSearchIndexAndRelatedEntriesHaveEveryCause() throws IOException {
        Path out = build();
        Document all = new SiteChecks(out).page("all.html");
        assertEquals(
                List.of("Token expired", "Refresh the token", "2.0", "Browser cache", "Clear the cache"),
                all.select("tbody").get(0).select("td").eachText());
        String docs = Files.readString(out.resolve("assets/search/d-0.js"));
        assertTrue(docs.contains("\"Token expired · Browser cache\",\"Refresh the token · Clear the cache\""), docs);
        // The dashboard row shares the second cause, and lists the symptom as related.
        Element back =
                new SiteChecks(out).page("troubleshooting/dashboard.html").getElementById("filter-does-not-update");
        assertEquals(
                List.of("../troubleshooting/api.html#401-unauthorized"),
                back.select("ul.related a:not(.edit-link)").eachAttr("href"));
    }

    @Test
    void siteJsonListsTheCausesInTableOrderAndKeepsTheFirstAsCauseAndResolution() throws IOException {
        Path out = build();
        JsonObject entry = JsonParser.parseString(Files.readString(out.resolve("site.json")))
                .getAsJsonObject()
                .getAsJsonArray("pages")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("categories")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("entries")
                .get(0)
                .getAsJsonObject();
        assertEquals("Token expired", entry.get("cause").getAsString());
        assertEquals("Refresh the token", entry.get("resolution").getAsString());
        assertEquals(
                "[{\"cause\":\"Token expired\",\"resolution\":\"Refresh the token\"},"
                        + "{\"cause\":\"Browser cache\",\"resolution\":\"Clear the cache\"}]",
                entry.get("causes").toString());
        assertEquals(5, entry.getAsJsonObject("source").get("line").getAsInt());
    }
}
