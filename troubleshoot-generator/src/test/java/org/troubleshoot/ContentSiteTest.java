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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the real content/ folder built into its internal site (every audience), read back with jsoup. */
class ContentSiteTest {
    static final Path CONTENT =
            Path.of(System.getProperty("troubleshoot.repoRoot", "..")).resolve("content");

    @TempDir
    static Path out;

    static BuildResult result;
    static SiteChecks site;

    @BeforeAll
    static void build() {
        result = Generator.builder()
                .contentDirectory(CONTENT)
                .outputDirectory(out.resolve("site"))
                .audience("all")
                .title("Portal Help Center")
                .build()
                .generate();
        site = new SiteChecks(out.resolve("site"));
    }

    @Test
    void contentBuildsWithoutDiagnostics() {
        assertEquals(List.of(), result.diagnostics());
        assertTrue(result.output().isPresent());
    }

    @Test
    void everySeedRowIsOnItsCategoryPageUnderItsOwnAnchor() throws IOException {
        List<SeedTable> seed = SeedTable.rows();
        assertFalse(seed.isEmpty(), "the seed table was read");
        JsonObject json = siteJson();
        JsonArray categories = troubleshootingPage(json).getAsJsonArray("categories");
        int entries = 0;
        for (JsonElement category : categories) {
            entries += category.getAsJsonObject().getAsJsonArray("entries").size();
        }
        assertEquals(seed.size(), entries, "the page has the seed's rows and no others");
        for (SeedTable row : seed) {
            JsonObject category = find(categories, "title", row.category());
            assertNotNull(category, "category " + row.category());
            JsonObject entry = find(category.getAsJsonArray("entries"), "symptom", row.symptom());
            assertNotNull(entry, "entry " + row.symptom());
            assertEquals(row.cause(), entry.get("cause").getAsString());
            assertEquals(row.resolution(), entry.get("resolution").getAsString());

            String url = entry.get("url").getAsString();
            assertTrue(url.startsWith(category.get("url").getAsString() + "#"), url);
            Element tableRow = site.resolve(url);
            assertNotNull(tableRow, "no element for " + url);
            assertEquals("tr", tableRow.tagName());
            // The row's symptom, cause and what to do (content/ adds a Code column and further causes to some).
            List<String> cells = tableRow.select("th, td[data-label=Likely cause], td[data-label=What to do]").stream()
                    .map(cell -> {
                        Element copy = cell.clone();
                        copy.select("ul.related").remove();
                        return copy.text();
                    })
                    .toList();
            assertEquals(List.of(row.symptom() + " ¶", row.cause(), row.resolution()), cells);
            assertEquals(
                    "#" + entry.get("id").getAsString(),
                    tableRow.selectFirst("a.self-link").attr("href"));
        }
    }

    @Test
    void entriesWithTheSameCauseShowEachOtherAcrossCategories() {
        Element row = site.page("troubleshooting/dashboard.html").getElementById("date-range-filter-doesnt-update");
        List<String> related = row.select("ul.related a").eachAttr("href");
        assertTrue(related.contains("../troubleshooting/playbook.html#edits-dont-appear"), related.toString());
        assertTrue(
                related.contains("../troubleshooting/notifications.html#bell-count-wont-go-down"), related.toString());
        Element back = site.page("troubleshooting/playbook.html").getElementById("edits-dont-appear");
        assertTrue(back.select("ul.related a")
                .eachAttr("href")
                .contains("../troubleshooting/dashboard.html#date-range-filter-doesnt-update"));
    }

    @Test
    void aPublishedBuildHasNoLiveReloadScript() throws IOException {
        for (Path file : site.htmlFiles()) {
            assertFalse(Files.readString(file).contains("__troubleshoot"), file.toString());
        }
    }

    @Test
    void noLinkInTheSiteIsBroken() throws IOException {
        assertEquals(List.of(), site.brokenLinks());
    }

    @Test
    void everyPageNavigatesToHomeEveryCategoryFaqAndContact() throws IOException {
        JsonObject json = siteJson();
        List<String> expected = new ArrayList<>();
        expected.add("index.html");
        for (JsonElement category : troubleshootingPage(json).getAsJsonArray("categories")) {
            expected.add(category.getAsJsonObject().get("url").getAsString());
        }
        expected.add("faq.html");
        expected.add("contact.html");
        for (Path file : site.htmlFiles()) {
            Document page = site.document(file);
            if (page.getElementById("forward") != null) {
                continue; // the page of an error code only forwards to its row
            }
            Set<String> reached = new TreeSet<>();
            for (Element link : page.select("nav.site-nav a[href]")) {
                Path target = file.getParent().resolve(link.attr("href")).normalize();
                reached.add(out.resolve("site").relativize(target).toString().replace('\\', '/'));
            }
            assertTrue(reached.containsAll(expected), file + " reaches only " + reached);
        }
    }

    @Test
    void homeListsEveryCategoryWithItsCountAndSymptoms() throws IOException {
        Document home = site.page("index.html");
        List<SeedTable> seed = SeedTable.rows();
        List<String> categories =
                seed.stream().map(SeedTable::category).distinct().toList();
        assertEquals(categories, home.select(".card h3").eachText());
        for (Element card : home.select(".card")) {
            String title = card.selectFirst("h3").text();
            List<String> symptoms = seed.stream()
                    .filter(r -> r.category().equals(title))
                    .map(SeedTable::symptom)
                    .toList();
            assertEquals(symptoms, card.select("li").eachText());
            assertEquals(
                    symptoms.size() + " entries", card.selectFirst(".count").text());
        }
    }

    @Test
    void withoutJavaScriptTheSearchBoxLeadsToAnAToZIndexOfEverySymptom() throws IOException {
        for (Path file : site.htmlFiles()) {
            if (site.document(file).getElementById("forward") != null) {
                continue; // the page of an error code only forwards to its row
            }
            Element form = site.document(file).getElementById("search");
            assertNotNull(form, file.toString());
            Path target = file.getParent().resolve(form.attr("action")).normalize();
            assertEquals(out.resolve("site/a-z.html"), target, file.toString());
        }
        Document index = site.page("a-z.html");
        List<String> listed = index.select("section.letter li a").eachText();
        for (SeedTable row : SeedTable.rows()) {
            assertTrue(listed.contains(row.symptom()), row.symptom());
        }
        // Quotes do not decide the letter: "Your account is not active" is under Y.
        assertTrue(index.getElementById("letter-y").text().contains("\"Your account is not active\""));
    }

    @Test
    void theApiTableHasErrorCodesAndASymptomWithTwoCauses() throws IOException {
        for (String code : List.of("401", "403")) {
            Element forward = site.page("e/" + code + ".html").getElementById("forward");
            assertNotNull(site.resolve(forward.attr("href").replace("../", "")), code);
        }
        JsonObject codes = JsonParser.parseString(Files.readString(out.resolve("site/codes.json")))
                .getAsJsonObject();
        assertEquals(
                "troubleshooting/api-integrations.html#401-unauthorized",
                codes.getAsJsonObject("401").get("url").getAsString());
        JsonObject unauthorized = find(
                find(troubleshootingPage(siteJson()).getAsJsonArray("categories"), "title", "API integrations")
                        .getAsJsonArray("entries"),
                "symptom",
                "401 Unauthorized");
        assertEquals(2, unauthorized.getAsJsonArray("causes").size());
        assertEquals("[\"401\"]", unauthorized.get("codes").toString());
    }

    @Test
    void allTroubleshootingOnOnePageHasEveryRow() throws IOException {
        Document all = site.page("all.html");
        List<String> symptoms = all.select("tbody th").eachText();
        assertEquals(SeedTable.rows().stream().map(SeedTable::symptom).toList(), symptoms);
    }

    @Test
    void theFaqCarriesSchemaOrgFaqPageData() {
        Document faq = site.page("faq.html");
        Element page = faq.selectFirst("[itemtype=https://schema.org/FAQPage]");
        assertNotNull(page);
        List<String> questions =
                page.select("[itemprop=mainEntity] > h2 [itemprop=name]").eachText();
        assertTrue(questions.contains("How do I get an API token?"), questions.toString());
        assertEquals(
                questions.size(),
                page.select("[itemprop=acceptedAnswer] [itemprop=text]").size());
    }

    @Test
    void whenAllElseFailsLeadsToFaqContactAndThePlaybook() {
        Element closing = site.page("troubleshooting/calls.html").selectFirst("aside.closing");
        assertNotNull(closing);
        assertEquals(
                List.of("../faq.html", "../contact.html", "../on-call-playbook.html"),
                closing.select("a").eachAttr("href"));
    }

    @Test
    void thePlaybookIsLabelledAdminAndContactHasEscalationRows() throws IOException {
        JsonObject json = siteJson();
        JsonObject playbook = find(json.getAsJsonArray("pages"), "id", "on-call-playbook");
        assertEquals("admin", playbook.get("audience").getAsString());
        assertEquals("article", playbook.get("kind").getAsString());
        assertEquals(
                "Admin only",
                site.page("on-call-playbook.html").selectFirst("h1 .badge").text());
        Document contact = site.page("contact.html");
        assertNotNull(contact.getElementById("escalation-to-engineering"));
        assertNotNull(contact.getElementById("escalation-to-admin"));
        // One contact row per troubleshooting category.
        for (SeedTable row : SeedTable.rows()) {
            assertFalse(
                    contact.select("tbody th:contains(" + row.category() + ")").isEmpty(), row.category());
        }
    }

    private static JsonObject siteJson() throws IOException {
        return JsonParser.parseString(Files.readString(out.resolve("site/site.json")))
                .getAsJsonObject();
    }

    private static JsonObject troubleshootingPage(JsonObject json) {
        return find(json.getAsJsonArray("pages"), "kind", "troubleshooting");
    }

    private static JsonObject find(JsonArray array, String key, String value) {
        for (JsonElement element : array) {
            JsonObject object = element.getAsJsonObject();
            if (object.has(key) && object.get(key).getAsString().equals(value)) {
                return object;
            }
        }
        return null;
    }
}
