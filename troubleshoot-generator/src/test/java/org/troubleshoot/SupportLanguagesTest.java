package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Support data on sites in other languages and in several: code pages, codes.json, the files moved rows are found
 * by and "Updated …" and "Did this fix it?" in each page's language.
 */
class SupportLanguagesTest {
    @TempDir
    Path dir;

    /** English at the root and German in de/: codes on both, old ids that both languages' rows keep. */
    private Path twoLanguages() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("troubleshoot.properties"), "languages = en, de\n");
        Files.writeString(content.resolve("troubleshooting.md"), """
                # Troubleshooting

                ## Sign-in {#sign-in #login}

                | Symptom | Likely cause | What to do | Error code |
                |---|---|---|---|
                | 401 Unauthorized {#401-unauthorized #not-authorised} | Token expired | Refresh the token | E401 |
                """);
        Files.createDirectories(content.resolve("de"));
        Files.writeString(content.resolve("de/troubleshooting.md"), """
                # Fehlerbehebung

                ## Anmeldung {#anmeldung #login}

                | Symptom | Wahrscheinliche Ursache | Was tun | Fehlercode |
                |---|---|---|---|
                | Nicht angemeldet {#nicht-angemeldet #not-authorised} | Sitzung abgelaufen | Neu anmelden | AUTH-7 |
                """);
        return content;
    }

    @Test
    void codePagesShareTheRootFolderAndLeadToTheRowInItsLanguage() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(twoLanguages())
                .outputDirectory(out)
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        SiteChecks site = new SiteChecks(out);
        Document german = site.page("e/AUTH-7.html");
        assertEquals("de", german.selectFirst("html").attr("lang"));
        assertEquals(
                "../de/troubleshooting/anmeldung.html#nicht-angemeldet",
                german.getElementById("forward").attr("href"));
        assertEquals("../assets/forward.js", german.selectFirst("script").attr("src"));
        Document english = site.page("e/E401.html");
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertEquals(
                "../troubleshooting/sign-in.html#401-unauthorized",
                english.getElementById("forward").attr("href"));
        assertFalse(Files.exists(out.resolve("de/e")), "one e/ folder for the site");
        assertEquals(List.of(), site.brokenLinks());

        JsonObject codes = JsonParser.parseString(Files.readString(out.resolve("codes.json")))
                .getAsJsonObject();
        assertEquals(List.of("AUTH-7", "E401"), List.copyOf(codes.keySet()));
        assertEquals("de", codes.getAsJsonObject("AUTH-7").get("language").getAsString());
        assertEquals(
                "de/troubleshooting/anmeldung.html#nicht-angemeldet",
                codes.getAsJsonObject("AUTH-7").get("url").getAsString());
        assertEquals("en", codes.getAsJsonObject("E401").get("language").getAsString());
    }

    @Test
    void aCodeIsUniqueInTheWholeSiteWhateverTheLanguage() throws IOException {
        Path content = twoLanguages();
        Files.writeString(
                content.resolve("de/troubleshooting.md"),
                Files.readString(content.resolve("de/troubleshooting.md")).replace("AUTH-7", "e401"));
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(dir.resolve("site"))
                .build()
                .generate();
        // One error, at the row met later in the site's order (the page ids': de/troubleshooting first).
        assertEquals(
                List.of("troubleshooting.md:7:1: error: error code 'E401' of \"401 Unauthorized\" is also on"
                        + " de/troubleshooting.md:7 (\"Nicht angemeldet\")"),
                result.diagnostics().stream()
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
    }

    @Test
    void movedRowsAreLookedUpWithinTheirLanguage() throws IOException {
        Path out = dir.resolve("site");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(twoLanguages())
                        .outputDirectory(out)
                        .build()
                        .generate()
                        .diagnostics());
        // Each page's ids beside its category pages, German ones under de/.
        assertEquals(
                "troubleshootIds({\"nicht-angemeldet\":\"de/troubleshooting/anmeldung.html#nicht-angemeldet\","
                        + "\"not-authorised\":\"de/troubleshooting/anmeldung.html#nicht-angemeldet\"});\n",
                Files.readString(out.resolve("de/troubleshooting/ids.js")));
        // Both languages keep the old id not-authorised: each language's old ids lead to its own row.
        assertEquals(
                "troubleshootIds({\"not-authorised\":\"troubleshooting/sign-in.html#401-unauthorized\"});\n",
                Files.readString(out.resolve("assets/aliases.js")));
        assertEquals(
                "troubleshootIds({\"not-authorised\":\"de/troubleshooting/anmeldung.html#nicht-angemeldet\"});\n",
                Files.readString(out.resolve("assets/de/aliases.js")));
        SiteChecks site = new SiteChecks(out);
        Element germanScript = site.page("de/troubleshooting/anmeldung.html").selectFirst("script[src$=forward.js]");
        assertEquals("../../assets/forward.js", germanScript.attr("src"));
        assertEquals("assets/de/aliases.js", germanScript.attr("data-aliases"));
        assertFalse(
                site.page("troubleshooting/sign-in.html")
                        .selectFirst("script[src$=forward.js]")
                        .hasAttr("data-aliases"),
                "the first language's is assets/aliases.js, which forward.js knows");
        // The pages left at the categories' old ids, in each language's folder and words.
        Document moved = site.page("de/troubleshooting/login.html");
        assertEquals("de", moved.selectFirst("html").attr("lang"));
        assertEquals("Verschoben: Anmeldung", moved.title());
        Element forward = moved.getElementById("forward");
        assertEquals("anmeldung.html", forward.attr("href"));
        assertTrue(forward.hasAttr("data-hash"), forward.outerHtml());
        assertEquals("../../assets/forward.js", moved.selectFirst("script").attr("src"));
        // One _redirects for the hosts that read it, every language's old category pages in it.
        assertEquals("""
                # Old addresses of categories (troubleshoot): Netlify and Cloudflare Pages answer them with a redirect.
                /de/troubleshooting/login.html /de/troubleshooting/anmeldung.html 301
                /troubleshooting/login.html /troubleshooting/sign-in.html 301
                """, Files.readString(out.resolve("_redirects")));
    }

    @Test
    void aGermanRowSaysWhenItChangedAndAsksWhetherItHelpedInGerman() throws Exception {
        Path repo = dir.resolve("repo");
        Path content = LanguageSites.german(repo.resolve("content"));
        EveryFeatureSite.commit(repo, "2024-05-01T10:00:00Z");
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .feedbackUrl("https://forms.example.com/f?e={entry}&a={answer}")
                .noResultsUrl("https://support.example.com/neu?q={query}")
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        SiteChecks site = new SiteChecks(out);
        Element row = site.page("hilfe/rechnungen.html")
                .getElementById("rechnung-uberfallig")
                .parent();
        List<String> more = row.select("ul.related li").eachText();
        assertTrue(more.contains("Aktualisiert am 01.05.2024"), more.toString());
        assertEquals("2024-05-01", row.selectFirst("ul.related time").attr("datetime"));
        assertTrue(more.contains("Hat das geholfen? Ja / Nein"), more.toString());
        List<String> mixed = new ArrayList<>();
        for (Path file : site.htmlFiles()) {
            MixedLanguage.englishLabels(site.document(file), "de")
                    .forEach(label -> mixed.add(out.relativize(file) + ": " + label));
        }
        assertEquals(List.of(), mixed);
        // What search says when it finds nothing, from the language's meta.js.
        String meta = Files.readString(out.resolve("assets/search/meta.js"), StandardCharsets.UTF_8);
        assertTrue(
                meta.contains("\"contact\":\"Keine Treffer – kontaktieren Sie uns\"")
                        && meta.contains("\"ask\":\"Sagen Sie uns, wonach Sie gesucht haben\""),
                meta);
        String script = Files.readString(out.resolve("assets/search.js"), StandardCharsets.UTF_8);
        assertFalse(script.contains("contact us") || script.contains("looking for"), "no English in the script");
    }

    @Test
    void everyLanguageHasTheLabelsOfSupportData() throws IOException {
        Map<String, String> contact = new TreeMap<>();
        for (String language : List.of("en", "de", "fr", "es", "pt", "it", "nl", "ja", "zh")) {
            Path content = Files.createDirectories(dir.resolve(language));
            Files.writeString(content.resolve("troubleshooting.md"), "## A\n| Symptom | Fix |\n|---|---|\n| S | F |\n");
            Path out = dir.resolve("site-" + language);
            assertEquals(
                    List.of(),
                    Generator.builder()
                            .contentDirectory(content)
                            .outputDirectory(out)
                            .language(language)
                            .feedbackUrl("https://f.example.com/?a={answer}")
                            .build()
                            .generate()
                            .diagnostics());
            Element feedback =
                    new SiteChecks(out).page("troubleshooting/a.html").selectFirst("ul.related li");
            assertEquals(2, feedback.select("a").size(), language);
            if (!language.equals("en")) {
                assertFalse(feedback.text().contains("Did this fix it"), language + ": " + feedback.text());
                assertNull(feedback.selectFirst("a:containsOwn(Yes)"), language);
            }
            String meta = Files.readString(out.resolve("assets/search/meta.js"), StandardCharsets.UTF_8);
            contact.put(language, meta.replaceAll("(?s).*\"contact\":\"([^\"]*)\".*", "$1"));
        }
        assertEquals(9, contact.values().stream().distinct().count(), contact.toString());
    }
}
