package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sites in another language and in several: where each language's files go, how they point at each other. */
class LanguagesSiteTest {
    @TempDir
    Path dir;

    private BuildResult build(Path content, Path out, Generator.Builder builder) {
        return builder.contentDirectory(content).outputDirectory(out).build().generate();
    }

    private SiteChecks threeLanguages() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = build(LanguageSites.threeLanguages(dir.resolve("content")), out, Generator.builder());
        assertEquals(List.of(), result.diagnostics());
        return new SiteChecks(out);
    }

    @Test
    void eachLanguageHasItsOwnGeneratedPagesAndSearchIndexAndTheAssetsAreShared() throws IOException {
        SiteChecks site = threeLanguages();
        Path out = dir.resolve("site");
        for (String folder : List.of("", "de/", "ja/")) {
            for (String file : List.of("index.html", "a-z.html", "all.html", "404.html")) {
                assertTrue(Files.isRegularFile(out.resolve(folder + file)), folder + file);
            }
            assertTrue(Files.isRegularFile(out.resolve("assets/search/" + folder + "meta.js")), folder);
        }
        assertFalse(Files.exists(out.resolve("de/assets")), "CSS and scripts stay once under assets/");
        assertEquals(List.of(), site.brokenLinks());
        String german = Files.readString(out.resolve("assets/search/de/d-0.js"), StandardCharsets.UTF_8);
        assertTrue(german.contains("Rechnung überfällig") && !german.contains("Invoice overdue"), german);
        String english = Files.readString(out.resolve("assets/search/d-0.js"), StandardCharsets.UTF_8);
        assertTrue(english.contains("Invoice overdue") && !english.contains("Rechnung"), english);
        assertTrue(Files.readString(out.resolve("assets/search/de/meta.js")).contains("\"none\":\"Keine Treffer\""));
    }

    @Test
    void everyPageSaysItsLanguageAndSearchesItsLanguagesIndex() throws IOException {
        SiteChecks site = threeLanguages();
        Path out = dir.resolve("site");
        for (Path file : site.htmlFiles()) {
            String path = out.relativize(file).toString().replace('\\', '/');
            String language = path.startsWith("de/") ? "de" : path.startsWith("ja/") ? "ja" : "en";
            Element html = site.document(file).selectFirst("html");
            assertEquals(language, html.attr("lang"), path);
            assertEquals(
                    language.equals("en") ? "" : "assets/search/" + language + "/", html.attr("data-search"), path);
            assertEquals(
                    html.attr("data-root") + (language.equals("en") ? "" : language + "/") + "a-z.html",
                    site.document(file).selectFirst("form#search").attr("action"),
                    path);
        }
    }

    @Test
    void translationsLinkToEachOtherWithASwitcherAndHreflang() throws IOException {
        SiteChecks site = threeLanguages();
        Document german = site.page("de/troubleshooting.html");
        assertEquals(
                List.of("../troubleshooting.html en en English", "../ja/troubleshooting.html ja ja 日本語"),
                switcher(german));
        assertEquals("Sprachen", german.selectFirst("nav.languages").attr("aria-label"));
        assertEquals(
                List.of("en ../troubleshooting.html", "de ../de/troubleshooting.html", "ja ../ja/troubleshooting.html"),
                alternates(german));
        // A category: its version of the same id where there is one; else the translation, but no hreflang.
        Document billing = site.page("de/troubleshooting/billing.html");
        assertEquals(
                List.of("../../troubleshooting/billing.html en en English", "../../ja/troubleshooting.html ja ja 日本語"),
                switcher(billing));
        assertEquals(
                List.of("en ../../troubleshooting/billing.html", "de ../../de/troubleshooting/billing.html"),
                alternates(billing));
        // translationOf: the Japanese FAQ has another name.
        assertEquals(List.of("../faq.html en en English"), switcher(site.page("ja/yokuaru-shitsumon.html")));
        assertEquals(List.of("ja/yokuaru-shitsumon.html ja ja 日本語"), switcher(site.page("faq.html")));
        // Each language's generated pages lead to each other's.
        assertEquals(
                List.of("../index.html en en English", "../ja/index.html ja ja 日本語"),
                switcher(site.page("de/index.html")));
        assertEquals(List.of("de/a-z.html de de Deutsch", "ja/a-z.html ja ja 日本語"), switcher(site.page("a-z.html")));
        // A page without translation has neither.
        Path out = dir.resolve("site");
        Files.writeString(dir.resolve("content/de/nur-deutsch.md"), "# Nur auf Deutsch\n\nText.\n");
        build(dir.resolve("content"), out, Generator.builder());
        Document alone = new SiteChecks(out).page("de/nur-deutsch.html");
        assertNull(alone.selectFirst("nav.languages"));
        assertEquals(List.of(), alternates(alone));
    }

    @Test
    void withABaseUrlHreflangLinksAreAbsolute() throws IOException {
        Path out = dir.resolve("site");
        build(
                LanguageSites.threeLanguages(dir.resolve("content")),
                out,
                Generator.builder().baseUrl("https://help.example.com/"));
        assertEquals(
                List.of(
                        "en https://help.example.com/troubleshooting.html",
                        "de https://help.example.com/de/troubleshooting.html",
                        "ja https://help.example.com/ja/troubleshooting.html"),
                alternates(new SiteChecks(out).page("ja/troubleshooting.html")));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://help.example.com/de/index.html</loc>"), sitemap);
    }

    @Test
    void eachLanguagesNavigationListsItsOwnPagesAndRelatedRowsStayInTheirLanguage() throws IOException {
        SiteChecks site = threeLanguages();
        assertEquals(
                List.of("Startseite", "Übersicht", "Rechnungen"),
                texts(site.page("de/troubleshooting.html"), "nav.site-nav a"));
        assertEquals(
                List.of("Home", "All troubleshooting", "Billing", "Login", "FAQ"),
                texts(site.page("troubleshooting.html"), "nav.site-nav a"));
        // "Browser cache" is the cause of an English and a German row: neither offers the other.
        assertTrue(
                site.page("troubleshooting/billing.html").select("ul.related").isEmpty());
        assertTrue(site.page("de/troubleshooting/billing.html")
                .select("ul.related")
                .isEmpty());
        // Links from one language into another are followed and checked.
        assertEquals(
                "../../troubleshooting/billing.html#page-is-blank",
                site.page("de/troubleshooting/billing.html")
                        .selectFirst("td a[href*=page-is-blank]")
                        .attr("href"));
        Files.writeString(dir.resolve("content/de/faq.md"), "# FAQ\n\n## Wie?\n\nSiehe [hier](../faq.md#nirgends).\n");
        BuildResult broken = build(dir.resolve("content"), dir.resolve("broken"), Generator.builder());
        assertEquals(
                List.of("de/faq.md:5:7: link to '../faq.md#nirgends': faq.md has no anchor '#nirgends'"),
                broken.diagnostics().stream()
                        .map(d -> d.location() + ": " + d.message())
                        .toList());
    }

    @Test
    void siteJsonNamesTheLanguagesAndEachPagesLanguageAndTranslations() throws IOException {
        threeLanguages();
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("site/site.json")))
                .getAsJsonObject();
        assertEquals(1, json.get("format").getAsInt());
        assertEquals("[\"en\",\"de\",\"ja\"]", json.get("languages").toString());
        Map<String, String> languages = new TreeMap<>();
        for (JsonElement page : json.getAsJsonArray("pages")) {
            languages.put(
                    page.getAsJsonObject().get("id").getAsString(),
                    page.getAsJsonObject().get("language").getAsString());
        }
        assertEquals(
                Map.of(
                        "troubleshooting",
                        "en",
                        "faq",
                        "en",
                        "de/troubleshooting",
                        "de",
                        "ja/troubleshooting",
                        "ja",
                        "ja/yokuaru-shitsumon",
                        "ja"),
                languages);
        JsonObject faq = page(json, "faq");
        assertEquals(
                "[{\"language\":\"ja\",\"id\":\"ja/yokuaru-shitsumon\",\"url\":\"ja/yokuaru-shitsumon.html\"}]",
                faq.get("translations").toString());
        assertFalse(page(json, "de/troubleshooting")
                .get("translations")
                .getAsJsonArray()
                .isEmpty());
        assertEquals(
                "en",
                json.getAsJsonArray("pages")
                        .get(0)
                        .getAsJsonObject()
                        .get("language")
                        .getAsString(),
                "the first language's pages come first");
    }

    @Test
    void aSiteThatNamesNoLanguageIsEnglishAndItsSiteJsonIsAsItWas() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("faq.md"), "# FAQ\n\n## Why?\n\nBecause.\n");
        build(content, dir.resolve("plain"), Generator.builder());
        build(content, dir.resolve("english"), Generator.builder().language("en"));
        String plain = Files.readString(dir.resolve("plain/site.json"));
        assertFalse(plain.contains("\"language"), plain);
        assertTrue(Files.readString(dir.resolve("english/site.json")).contains("\"language\": \"en\""));
        Map<String, byte[]> a = SiteChecks.allBytes(dir.resolve("plain"));
        Map<String, byte[]> b = SiteChecks.allBytes(dir.resolve("english"));
        a.remove("site.json");
        b.remove("site.json");
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file + ": naming English changes only site.json");
        }
    }

    @Test
    void aPageAtAGeneratedPagesAddressInALanguageFolderIsACollision() throws IOException {
        Path content = LanguageSites.threeLanguages(dir.resolve("content"));
        Files.writeString(content.resolve("de/index.md"), "# Start\n\nText.\n");
        BuildResult result = build(content, dir.resolve("site"), Generator.builder());
        assertEquals(
                List.of("de/index.md:1: the page de/index.md would be written to de/index.html, like the"
                        + " generated home page"),
                result.diagnostics().stream()
                        .map(d -> d.file() + ":" + d.line() + ": " + d.message())
                        .toList());
    }

    @Test
    void theLanguageSettingOfTheBuilderIsCheckedLikeTheFilesOne() throws IOException {
        Path content = LanguageSites.german(dir.resolve("content"));
        BuildResult result =
                build(content, dir.resolve("site"), Generator.builder().language("de, xx"));
        assertEquals(
                List.of("troubleshoot.language:1:1: error: unknown language 'xx'"),
                result.diagnostics().stream()
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
    }

    @Test
    void aGermanSiteShowsEveryLabelInGermanAndDatesTheGermanWay() throws Exception {
        Path repo = dir.resolve("repo");
        Path content = LanguageSites.german(repo.resolve("content"));
        EveryFeatureSite.commit(repo, "2024-05-01T10:00:00Z");
        Path out = dir.resolve("site");
        BuildResult result = build(content, out, Generator.builder().audience("all"));
        assertEquals(List.of(), result.diagnostics());
        SiteChecks site = new SiteChecks(out);
        List<String> mixed = new ArrayList<>();
        for (Path file : site.htmlFiles()) {
            Document page = site.document(file);
            assertEquals("de", page.selectFirst("html").attr("lang"), file.toString());
            MixedLanguage.englishLabels(page, "de").forEach(label -> mixed.add(out.relativize(file) + ": " + label));
        }
        assertEquals(List.of(), mixed);
        assertEquals(List.of(), site.brokenLinks());
        Document hilfe = site.page("hilfe.html");
        assertEquals(
                "Zuletzt geändert am 01.05.2024",
                hilfe.selectFirst(".last-changed").text());
        assertEquals("2024-05-01", hilfe.selectFirst(".last-changed time").attr("datetime"));
        Document home = site.page("index.html");
        assertEquals("Hilfe-Center", home.selectFirst(".site-title").text(), "the default title, translated");
        assertEquals(List.of("3 Einträge", "1 Eintrag", "1 Eintrag Nur für Admin"), texts(home, ".count"));
        Document moved = site.page("hilfe/zahlungen.html");
        assertEquals("Verschoben: Rechnungen", moved.title());
        assertEquals("de", moved.selectFirst("html").attr("lang"));
        assertEquals(
                "Seite nicht gefunden", site.page("404.html").selectFirst("h1").text());
        assertTrue(site.page("hilfe/rechnungen.html").text().contains("Gleiche Ursache: Konto gesperrt (Anmeldung)"));

        // The check finds English labels where there are some: on the same site in English.
        build(
                content,
                dir.resolve("english"),
                Generator.builder().language("en").title("Portal-Hilfe"));
        Document english = new SiteChecks(dir.resolve("english")).page("hilfe/rechnungen.html");
        assertTrue(
                MixedLanguage.englishLabels(english, "de")
                        .containsAll(List.of("home: Home", "sameCause: Same cause:", "skipToContent: Skip to content")),
                MixedLanguage.englishLabels(english, "de").toString());
        assertEquals("Portal-Hilfe", english.selectFirst(".site-title").text(), "a title that is set is a name");
    }

    private static JsonObject page(JsonObject json, String id) {
        for (JsonElement page : json.getAsJsonArray("pages")) {
            if (page.getAsJsonObject().get("id").getAsString().equals(id)) {
                return page.getAsJsonObject();
            }
        }
        throw new AssertionError("no page " + id);
    }

    /** The language switcher's links: href, lang, hreflang and text. */
    private static List<String> switcher(Document page) {
        List<String> links = new ArrayList<>();
        for (Element a : page.select("nav.languages a")) {
            links.add(a.attr("href") + " " + a.attr("lang") + " " + a.attr("hreflang") + " " + a.text());
        }
        return links;
    }

    private static List<String> alternates(Document page) {
        return page.select("link[rel=alternate][hreflang]").stream()
                .map(l -> l.attr("hreflang") + " " + l.attr("href"))
                .toList();
    }

    private static List<String> texts(Document page, String selector) {
        return page.select(selector).stream().map(Element::text).toList();
    }
}
