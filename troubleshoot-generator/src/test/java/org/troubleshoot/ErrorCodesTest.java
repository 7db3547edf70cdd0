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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.diagnostic.Diagnostic;

/** Error codes: a page per code, codes.json, codes in site.json, one row per code, and codes that must last. */
class ErrorCodesTest {
    @TempDir
    Path dir;

    private static final String API = """
            ## API integrations

            | Symptom | Likely cause | What to do | Error code |
            |---|---|---|---|
            | 401 Unauthorized | Token expired | Refresh the token | E401, AUTH-7 |
            | 401 Unauthorized | Key revoked | Create a key | |
            | Control C pressed | The user stopped it | Run it again | AZCM0011 |
            | Slow responses | Load | Wait | |
            """;

    private Path content(String troubleshooting) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("troubleshooting.md"), troubleshooting);
        return content;
    }

    private static List<String> messages(BuildResult result) {
        return result.diagnostics().stream()
                .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                .toList();
    }

    @Test
    void eachCodeHasAPageNamedAsTheCodeIsWrittenThatTakesTheReaderToItsRow() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content(API))
                .outputDirectory(out)
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        SiteChecks site = new SiteChecks(out);
        for (String file : List.of("e/E401.html", "e/AUTH-7.html")) {
            Document page = site.page(file);
            String target = "../troubleshooting/api-integrations.html#401-unauthorized";
            assertEquals(target, page.getElementById("forward").attr("href"), file);
            assertEquals(
                    "0; url=" + target,
                    page.selectFirst("meta[http-equiv=refresh]").attr("content"),
                    file);
            assertEquals("../assets/forward.js", page.selectFirst("script").attr("src"), file);
        }
        assertEquals(
                "AZCM0011: Control C pressed",
                site.page("e/AZCM0011.html").getElementById("forward").text());
        try (var files = Files.list(out.resolve("e"))) {
            assertEquals(
                    List.of("AUTH-7.html", "AZCM0011.html", "E401.html"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "file names as the codes are written");
        }
        assertEquals(List.of(), site.brokenLinks());
        // Forwarding pages are no pages for search engines.
        assertTrue(result.published().stream()
                .anyMatch(f -> f.path().equals("e/E401.html")
                        && f.origin().equals("troubleshooting.md:5 (the error code E401 of \"401 Unauthorized\")")));
    }

    @Test
    void codesJsonMapsEveryCodeAsWrittenToItsRowAndSiteJsonListsEachEntrysCodes() throws IOException {
        Path out = dir.resolve("site");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content(API))
                        .outputDirectory(out)
                        .build()
                        .generate()
                        .diagnostics());
        assertEquals("""
                {
                  "AUTH-7": {
                    "code": "AUTH-7",
                    "url": "troubleshooting/api-integrations.html#401-unauthorized",
                    "symptom": "401 Unauthorized",
                    "page": "Troubleshooting",
                    "category": "API integrations"
                  },
                  "AZCM0011": {
                    "code": "AZCM0011",
                    "url": "troubleshooting/api-integrations.html#control-c-pressed",
                    "symptom": "Control C pressed",
                    "page": "Troubleshooting",
                    "category": "API integrations"
                  },
                  "E401": {
                    "code": "E401",
                    "url": "troubleshooting/api-integrations.html#401-unauthorized",
                    "symptom": "401 Unauthorized",
                    "page": "Troubleshooting",
                    "category": "API integrations"
                  }
                }
                """, Files.readString(out.resolve("codes.json")));
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("site.json")))
                .getAsJsonObject();
        JsonObject category = json.getAsJsonArray("pages")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("categories")
                .get(0)
                .getAsJsonObject();
        assertEquals(
                "[\"E401\",\"AUTH-7\"]",
                category.getAsJsonArray("entries")
                        .get(0)
                        .getAsJsonObject()
                        .get("codes")
                        .toString());
        assertEquals(
                "[]",
                category.getAsJsonArray("entries")
                        .get(2)
                        .getAsJsonObject()
                        .get("codes")
                        .toString());
    }

    @Test
    void aSiteWithoutCodesHasAnEmptyCodesJsonAndNoCodePages() throws IOException {
        Path out = dir.resolve("site");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content("## A\n| Symptom | Fix |\n|---|---|\n| S | F |\n"))
                        .outputDirectory(out)
                        .build()
                        .generate()
                        .diagnostics());
        assertEquals("{}\n", Files.readString(out.resolve("codes.json")));
        assertFalse(Files.exists(out.resolve("e")));
    }

    @Test
    void aCodeOnTwoRowsIsAnErrorNamingBothWhateverTheirCaseAudienceOrPage() throws IOException {
        Path content = content(API + """

                ## Internal {audience=admin}

                | Symptom | What to do | Code |
                |---|---|---|
                | Queue stuck | Restart | azcm0011 |
                """);
        Files.writeString(content.resolve("billing.md"), """
                ## Payments

                | Symptom | What to do | Codes |
                |---|---|---|
                | Card declined | Try another | E401 |
                """);
        // The public build does not show the admin row, and still reports it: both builds must agree.
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(dir.resolve("site"))
                .build()
                .generate();
        assertEquals(
                List.of(
                        "troubleshooting.md:5:1: error: error code 'E401' of \"401 Unauthorized\" is also on billing.md:5"
                                + " (\"Card declined\")",
                        "troubleshooting.md:14:1: error: error code 'azcm0011' of \"Queue stuck\" is also on"
                                + " troubleshooting.md:7 (\"Control C pressed\")"),
                messages(result));
        assertTrue(result.output().isEmpty());
        Diagnostic first = result.diagnostics().get(0);
        assertTrue(first.hint().contains("e/E401.html"), first.hint());
    }

    @Test
    void aCodePageThatWouldOverwriteAnotherFileIsACollision() throws IOException {
        Path content = content(API);
        Files.createDirectories(content.resolve("static/e"));
        Files.writeString(content.resolve("static/e/E401.html"), "<p>mine</p>");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(dir.resolve("site"))
                .build()
                .generate();
        assertEquals(1, result.errorCount(), messages(result).toString());
        assertTrue(
                result.diagnostics().get(0).message().contains("e/E401.html"),
                messages(result).toString());
    }

    @Test
    void theCheckAgainstThePublishedSiteReportsEveryCodeThatNoRowHasAnyMore() throws IOException {
        Path content = content(API);
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .outputDirectory(dir.resolve("published"))
                        .build()
                        .generate()
                        .diagnostics());
        String published = dir.resolve("published/site.json").toString();

        // E401 moves to another row (still found), AUTH-7 and AZCM0011 are dropped.
        content(API.replace("E401, AUTH-7", "")
                .replace("AZCM0011", "")
                .replace("| Slow responses | Load | Wait | |", "| Slow responses | Load | Wait | E401 |"));
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .previousSite(published)
                .build()
                .check();
        assertEquals(
                List.of(
                        "troubleshooting.md:5:1: error: error code 'AUTH-7' of entry \"401 Unauthorized\" was published at"
                                + " e/AUTH-7.html, and no row has it any more",
                        "troubleshooting.md:7:1: error: error code 'AZCM0011' of entry \"Control C pressed\" was published at"
                                + " e/AZCM0011.html, and no row has it any more"),
                messages(result));

        // A code written in another case is the same code, at another address: the published one would be lost.
        content(API.replace("E401, AUTH-7", "e401, AUTH-7"));
        BuildResult recased = Generator.builder()
                .contentDirectory(content)
                .previousSite(published)
                .build()
                .check();
        assertEquals(
                List.of("troubleshooting.md:5:1: error: error code 'E401' of entry \"401 Unauthorized\" was"
                        + " published at e/E401.html, and a row now writes it 'e401' (e/e401.html)"),
                messages(recased));
        assertTrue(
                recased.diagnostics().get(0).hint().contains("write it E401 again"),
                recased.diagnostics().get(0).hint());
    }

    @Test
    void aPublishedSiteJsonFromBeforeCodesIsReadWithoutComplaint() throws IOException {
        Path content = content(API);
        Path old = dir.resolve("old-site.json");
        Files.writeString(old, """
                {"pages": [{"categories": [{"url": "troubleshooting/api-integrations.html", "entries": [
                  {"id": "slow-responses", "symptom": "Slow responses",
                   "url": "troubleshooting/api-integrations.html#slow-responses"}]}]}]}
                """);
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .previousSite(old.toString())
                        .build()
                        .check()
                        .diagnostics());
    }
}
