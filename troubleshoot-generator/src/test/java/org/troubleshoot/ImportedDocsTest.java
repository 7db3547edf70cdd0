package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.diagnostic.Diagnostic;

/**
 * Pages as writers already write them for GitHub (src/test/resources/imported): a README with settings and
 * command tables beside a table of error codes, HTML in cells, links to GitHub's heading ids, German, Japanese
 * and Chinese tables, an issue log. They build with broken links as warnings, every troubleshooting row is
 * in site.json, and ordinary tables, HTML and links come out as a reader expects.
 */
class ImportedDocsTest {
    static final Path IMPORTED = Path.of("src/test/resources/imported");

    @TempDir
    Path out;

    private BuildResult build(BrokenLinks brokenLinks) {
        return Generator.builder()
                .contentDirectory(IMPORTED)
                .outputDirectory(out)
                .brokenLinks(brokenLinks)
                .build()
                .generate();
    }

    @Test
    void theyBuildWithBrokenLinksAsWarningsOnlyAndEveryTroubleshootingRowIsInSiteJson() throws IOException {
        BuildResult strict = build(BrokenLinks.ERROR);
        assertEquals(
                List.of("README.md:18:65: error: link to 'docs/flow.png': no file docs/flow.png in the content "
                        + "folder"),
                strict.diagnostics().stream()
                        .filter(Diagnostic::isError)
                        .map(d -> d.location() + ": error: " + d.message())
                        .toList());
        assertFalse(Files.exists(out.resolve("site.json")));

        BuildResult result = build(BrokenLinks.WARN);
        assertEquals(
                List.of(
                        "README.md:3:2: warning: image from another host is shown as its alt text: "
                                + "https://ci.example.com/acme/badge.svg",
                        "README.md:3:118: warning: image from another host is shown as its alt text: "
                                + "https://img.example.com/mit.svg",
                        "README.md:18:65: warning: link to 'docs/flow.png': no file docs/flow.png in the content folder; "
                                + "it is shown as text",
                        "issues.md:3:1: warning: table has a symptom column (\"Issue\") but no \"what to do\" column, so "
                                + "it is shown as an ordinary table"),
                result.diagnostics().stream()
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());

        JsonObject site = JsonParser.parseString(Files.readString(out.resolve("site.json")))
                .getAsJsonObject();
        Map<String, Integer> rows = new TreeMap<>();
        for (JsonElement page : site.getAsJsonArray("pages")) {
            int count = 0;
            for (JsonElement category : page.getAsJsonObject().getAsJsonArray("categories")) {
                count += category.getAsJsonObject().getAsJsonArray("entries").size();
            }
            rows.put(page.getAsJsonObject().get("source").getAsString(), count);
        }
        assertEquals(
                Map.of(
                        "README.md",
                        3,
                        "chinese.md",
                        2,
                        "faq.md",
                        0,
                        "issues.md",
                        0,
                        "japanese.md",
                        2,
                        "stoerungen.md",
                        2),
                rows);

        JsonObject codes = site.getAsJsonArray("pages").asList().stream()
                .map(JsonElement::getAsJsonObject)
                .filter(p -> p.get("source").getAsString().equals("README.md"))
                .findFirst()
                .orElseThrow()
                .getAsJsonArray("categories")
                .get(0)
                .getAsJsonObject();
        JsonObject second = codes.getAsJsonArray("entries").get(1).getAsJsonObject();
        assertEquals("Quota exceeded", second.get("symptom").getAsString());
        assertEquals(
                "Delete old versions in the web app Or ask for more space",
                second.get("resolution").getAsString());
        assertEquals(
                "ACME0007 ACME0008",
                second.getAsJsonObject("extra").get("Error code").getAsString());
        JsonArray tables = site.getAsJsonArray("pages").asList().stream()
                .map(JsonElement::getAsJsonObject)
                .filter(p -> p.get("source").getAsString().equals("README.md"))
                .findFirst()
                .orElseThrow()
                .getAsJsonArray("tables");
        assertEquals(2, tables.size(), "the settings and command tables are ordinary content");
        // Their rows are searchable like a contact row.
        StringBuilder documents = new StringBuilder();
        try (var files = Files.list(out.resolve("assets/search"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("d-"))
                    .sorted()
                    .toList()) {
                documents.append(Files.readString(file));
            }
        }
        assertTrue(
                documents
                        .toString()
                        .contains("[\"interval\",\"📦 Acme Sync Agent\",\"\",\"60 · Seconds between two "
                                + "syncs\",\"readme.html#interval\"]"),
                documents.toString());
        assertEquals(List.of(), new SiteChecks(out).brokenLinks());
    }

    @Test
    void ordinaryTablesHtmlAndLinksWrittenForGitHubComeOutAsAReaderExpects() throws IOException {
        build(BrokenLinks.WARN);
        SiteChecks site = new SiteChecks(out);
        Document readme = site.page("readme.html");

        // Ordinary tables: accessible tables with their headers; a short row has empty cells.
        Element settings = readme.select("table").first();
        assertEquals(
                List.of("Setting", "Default", "Description"),
                settings.select("thead th[scope=col]").eachText());
        assertEquals(
                List.of("proxy ¶", "", ""),
                settings.select("tbody tr").last().select("th, td").stream()
                        .map(Element::text)
                        .toList());
        assertEquals(
                List.of("Command", "Description"),
                readme.select("table").get(1).select("thead th").eachText());

        // Links to the ids GitHub gives headings lead to the headings, and the headings answer to those ids.
        List<String> contents = readme.select("ol a").eachAttr("href");
        assertEquals(
                List.of(
                        "readme.html#setup-first-run",
                        "readme.html#settings",
                        "readme/error-codes.html",
                        "readme.html#still-stuck",
                        "stoerungen/fehlerbehebung-hilfe.html"),
                contents);
        assertNotNull(readme.getElementById("-setup--first-run"), "GitHub's id, for deep links");
        assertNotNull(readme.getElementById("\uFE0F-settings"), "GitHub keeps the emoji's variation selector");

        // A badge that links somewhere is a link with the badge's alt text: never a link in a link.
        assertEquals(
                List.of("https://ci.example.com/acme", "https://example.com/license"),
                readme.select("main p").first().select("a").eachAttr("href"));
        assertEquals("build MIT licence", readme.select("main p").first().text());
        assertTrue(readme.select("a a").isEmpty());

        // Benign HTML is HTML; the broken image is its alt text.
        String intro = readme.getElementById("setup-first-run").html();
        assertTrue(intro.contains("<br>") && intro.contains("<kbd>Ctrl</kbd>+<kbd>C</kbd>"), intro);
        assertTrue(intro.contains("See the diagram: diagram"), intro);
        Document codes = site.page("readme/error-codes.html");
        Element code = codes.getElementById("quota-exceeded").select("td").last();
        assertEquals(
                List.of("ACME0007", "br", "ACME0008"),
                code.childNodes().stream()
                        .map(n -> n instanceof Element e
                                ? e.tagName()
                                : n.outerHtml().strip())
                        .toList());
        // A list written right inside a list belongs to the item before it.
        assertEquals(
                List.of("Delete old versions in the web app", "in the web app", "Or ask for more space"),
                codes.select("td ul:not(.related) li").eachText()); // not the list under a row ("Updated …")
        assertEquals(1, codes.select("td ul > li > ul").size());
        assertEquals("Windows", codes.selectFirst("td details summary").text());
        // The footnote link in a cell finds the anchor written in HTML under the table.
        assertEquals(
                "../readme.html#user-content-note1",
                codes.getElementById("not-signed-in").selectFirst("sup a").attr("href"));
        assertNotNull(readme.getElementById("user-content-note1"));

        // A question answers to GitHub's id of its heading too.
        Document faq = site.page("faq.html");
        assertEquals("whats-new-in-2-0", faq.selectFirst("section.question").id());
        assertNotNull(faq.getElementById("whats-new-in-20"));
        assertEquals(
                "readme.html#settings",
                faq.selectFirst("section.question a[href*=settings]").attr("href"));

        // The German page links back to a heading by its GitHub id.
        Document german = site.page("stoerungen/fehlerbehebung-hilfe.html");
        assertEquals("../readme.html#settings", german.selectFirst("td a").attr("href"));
        assertEquals(
                List.of("Problem", "Ursache", "Lösung"),
                german.select("thead th").eachText());
        String chinese =
                site.page("chinese.html").selectFirst("section.card h2 a").attr("href");
        assertEquals(
                List.of("现象", "原因/处理"), site.page(chinese).select("thead th").eachText());
    }
}
