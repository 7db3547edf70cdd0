package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moved rows keep their deep links: what the old addresses' pages and scripts read (ids.js, aliases.js), the
 * hosts' _redirects, and the check against the published site, which follows the same rule
 * (SupportBrowserTest follows the addresses in a browser).
 */
class MovedRowsTest {
    @TempDir
    Path dir;

    private static final String BEFORE = """
            ## Sign-in

            | Symptom | What to do |
            |---|---|
            | Account disabled | Ask admin |

            ## Calls

            | Symptom | What to do |
            |---|---|
            | Recording won't play | Wait |
            | Charged twice | Refund |
            """;

    /** Sign-in is renamed Access (old id kept); the recording row moves to Audio; the charge row to billing.md. */
    private static final String AFTER = """
            ## Access {#access #sign-in}

            | Symptom | What to do |
            |---|---|
            | Account disabled | Ask admin |

            ## Calls

            | Symptom | What to do |
            |---|---|
            | New calls missing | Wait |

            ## Audio

            | Symptom | What to do |
            |---|---|
            | Recording won't play | Wait |
            """;

    private static final String BILLING = """
            ## Payments

            | Symptom | What to do |
            |---|---|
            | Charged twice {#double-charge #charged-twice} | Refund |
            """;

    private Path content(String troubleshooting, String billing) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("troubleshooting.md"), troubleshooting);
        if (billing != null) {
            Files.writeString(content.resolve("billing.md"), billing);
        }
        return content;
    }

    @Test
    void theCategoryPagesKnowWhereEveryRowOfTheirPageIsAndWhereOldIdsOfOtherPagesLead() throws IOException {
        Path out = dir.resolve("site");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content(AFTER, BILLING))
                        .outputDirectory(out)
                        .baseUrl("https://help.example.com/docs/")
                        .build()
                        .generate()
                        .diagnostics());
        assertEquals(
                "troubleshootIds({\"account-disabled\":\"troubleshooting/access.html#account-disabled\","
                        + "\"new-calls-missing\":\"troubleshooting/calls.html#new-calls-missing\","
                        + "\"recording-wont-play\":\"troubleshooting/audio.html#recording-wont-play\"});\n",
                Files.readString(out.resolve("troubleshooting/ids.js")));
        assertEquals(
                "troubleshootIds({\"charged-twice\":\"billing/payments.html#double-charge\"});\n",
                Files.readString(out.resolve("assets/aliases.js")));
        SiteChecks site = new SiteChecks(out);
        assertEquals(
                "../assets/forward.js",
                site.page("troubleshooting/calls.html")
                        .selectFirst("script[src$=forward.js]")
                        .attr("src"));

        // The old category's page: a link that keeps the fragment, a refresh without scripts, the script.
        Document old = site.page("troubleshooting/sign-in.html");
        assertEquals("access.html", old.getElementById("forward").attr("href"));
        assertTrue(old.getElementById("forward").hasAttr("data-hash"));
        assertEquals(
                "0; url=access.html",
                old.selectFirst("noscript meta[http-equiv=refresh]").attr("content"));
        assertEquals("../assets/forward.js", old.selectFirst("script").attr("src"));

        // Netlify and Cloudflare Pages answer the old address with a redirect, under the base URL's path.
        assertEquals("""
                # Old addresses of categories (troubleshoot): Netlify and Cloudflare Pages answer them with a redirect.
                /docs/troubleshooting/sign-in.html /docs/troubleshooting/access.html 301
                """, Files.readString(out.resolve("_redirects")));
        assertEquals(List.of(), site.brokenLinks());
    }

    @Test
    void withoutOldIdsThereIsNoRedirectsFileNorAliasesScript() throws IOException {
        Path out = dir.resolve("site");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content(BEFORE, null))
                        .outputDirectory(out)
                        .build()
                        .generate()
                        .diagnostics());
        assertFalse(Files.exists(out.resolve("_redirects")));
        assertFalse(Files.exists(out.resolve("assets/aliases.js")));
        assertTrue(Files.exists(out.resolve("troubleshooting/ids.js")));
    }

    @Test
    void theCheckAgainstThePublishedSiteAcceptsMovedRowsWhoseOldAddressesStillLeadToThem() throws IOException {
        Path content = content(BEFORE, null);
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .outputDirectory(dir.resolve("published"))
                        .build()
                        .generate()
                        .diagnostics());
        String published = dir.resolve("published/site.json").toString();

        content(AFTER, BILLING);
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .previousSite(published)
                        .build()
                        .check()
                        .diagnostics());

        // Without the old id on the billing page, calls.html#charged-twice leads nowhere; without the Calls
        // category, nothing is left at its address.
        content(AFTER.replace("## Calls", "## Phone"), BILLING.replace(" #charged-twice", ""));
        assertEquals(
                List.of(
                        "troubleshooting.md:11:1: entry \"Recording won't play\" was published at"
                                + " troubleshooting/calls.html#recording-wont-play, which no longer exists",
                        "troubleshooting.md:12:1: entry \"Charged twice\" was published at"
                                + " troubleshooting/calls.html#charged-twice, which no longer exists",
                        "troubleshooting.md:7:1: category \"Calls\" was published at troubleshooting/calls.html, which no"
                                + " longer exists"),
                Generator.builder()
                        .contentDirectory(content)
                        .previousSite(published)
                        .build()
                        .check()
                        .diagnostics()
                        .stream()
                        .map(d -> d.location() + ": " + d.message())
                        .sorted()
                        .toList());
    }

    @Test
    void aFragmentOnACategorysOldPageMustNameARowOfItsPage() throws IOException {
        Path content = content(BEFORE, null);
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .outputDirectory(dir.resolve("published"))
                        .build()
                        .generate()
                        .diagnostics());
        String published = dir.resolve("published/site.json").toString();
        // Sign-in renamed with its old id kept, but its row renamed without one.
        content(AFTER.replace("| Account disabled | Ask admin |", "| Account locked | Ask admin |"), BILLING);
        assertEquals(
                List.of("troubleshooting.md:5:1: entry \"Account disabled\" was published at"
                        + " troubleshooting/sign-in.html#account-disabled, which no longer exists"),
                Generator.builder()
                        .contentDirectory(content)
                        .previousSite(published)
                        .build()
                        .check()
                        .diagnostics()
                        .stream()
                        .map(d -> d.location() + ": " + d.message())
                        .toList());
    }
}
