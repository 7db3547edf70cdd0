package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.cli.Main;

/** "Did this fix it?" links and the way on when search finds nothing: only when configured, never a request. */
class FeedbackTest {
    @TempDir
    Path dir;

    private static final String FEEDBACK =
            "https://forms.example.com/f?page={page}&entry={entry}&answer={answer}&url={url}";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " font-src 'self'; connect-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none';"
            + " form-action 'self'";

    private Path content() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("troubleshooting.md"), """
                ## Sign-in & access

                | Symptom | Likely cause | What to do |
                |---|---|---|
                | Can't log in | Wrong password | Reset it |
                | Can't log in | Account locked | Wait an hour |
                | Session ends | Idle timeout | Sign in again |
                """);
        Files.writeString(
                content.resolve("contact.md"), "# Contact\n\n| Issue | Who |\n|---|---|\n| Billing | Ann |\n");
        return content;
    }

    @Test
    void withAFeedbackUrlEveryEntryAsksOnceAndLinksToThatAddressWithItsValuesEncoded() throws IOException {
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content())
                .outputDirectory(out)
                .baseUrl("https://help.example.com/docs/")
                .feedbackUrl(FEEDBACK)
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        Document page = new SiteChecks(out).page("troubleshooting/sign-in-access.html");
        List<Element> asks = page.select("li:contains(Did this fix it?)");
        assertEquals(2, asks.size(), "one per symptom, also for the symptom with two causes");
        Element ask = page.getElementById("cant-log-in").parent().selectFirst("li:contains(Did this fix it?)");
        assertEquals("Did this fix it? Yes / No", ask.text());
        assertEquals(
                List.of(
                        "https://forms.example.com/f?page=troubleshooting&entry=cant-log-in&answer=yes&url="
                                + "https%3A%2F%2Fhelp.example.com%2Fdocs%2Ftroubleshooting%2Fsign-in-access.html%23cant-log-in",
                        "https://forms.example.com/f?page=troubleshooting&entry=cant-log-in&answer=no&url="
                                + "https%3A%2F%2Fhelp.example.com%2Fdocs%2Ftroubleshooting%2Fsign-in-access.html%23cant-log-in"),
                ask.select("a").eachAttr("href"));
        // The question sits under the symptom's last cause.
        assertNotNull(
                page.getElementById("cant-log-in").nextElementSibling().selectFirst("li:contains(Did this fix it?)"));
    }

    @Test
    void theContentSecurityPolicyStaysTheSameWithFeedbackLinksAndWithoutThemNothingLeavesThePage() throws IOException {
        Path content = content();
        Path with = dir.resolve("with");
        Path without = dir.resolve("without");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .outputDirectory(with)
                        .feedbackUrl(FEEDBACK)
                        .noResultsUrl("https://support.example.com/new?q={query}")
                        .build()
                        .generate()
                        .diagnostics());
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .outputDirectory(without)
                        .build()
                        .generate()
                        .diagnostics());
        for (Path site : List.of(with, without)) {
            SiteChecks checks = new SiteChecks(site);
            for (Path file : checks.htmlFiles()) {
                Element csp = checks.document(file).selectFirst("meta[http-equiv=Content-Security-Policy]");
                assertEquals(CSP, csp.attr("content"), file.toString()); // links need no source of their own
            }
        }
        // Unset: no question, and no address of another host anywhere in the site.
        SiteChecks plain = new SiteChecks(without);
        List<String> external = new ArrayList<>();
        for (Path file : plain.htmlFiles()) {
            Document page = plain.document(file);
            assertFalse(page.text().contains("Did this fix it?"), file.toString());
            for (Element element : page.select("[href], [src], [action], [data-no-results]")) {
                for (String attribute : List.of("href", "src", "action", "data-no-results")) {
                    if (element.attr(attribute).matches("(?i)(https?:)?//.*")) {
                        external.add(without.relativize(file) + ": " + element.attr(attribute));
                    }
                }
            }
        }
        assertEquals(List.of(), external);
        // Set: only the configured host, and only in links.
        Document page = new SiteChecks(with).page("troubleshooting/sign-in-access.html");
        for (Element element : page.select("[src], [action]")) {
            assertFalse(
                    element.attr("src").contains("example.com")
                            || element.attr("action").contains("example.com"),
                    element.toString());
        }
    }

    @Test
    void searchLeadsToContactAndTheNoResultsAddressWhenItFindsNothing() throws IOException {
        Path out = dir.resolve("site");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content())
                        .outputDirectory(out)
                        .noResultsUrl("https://support.example.com/new?q={query}")
                        .build()
                        .generate()
                        .diagnostics());
        Element form =
                new SiteChecks(out).page("troubleshooting/sign-in-access.html").getElementById("search");
        assertEquals("../contact.html", form.attr("data-contact"));
        assertEquals("https://support.example.com/new?q={query}", form.attr("data-no-results"));
    }

    @Test
    void theSettingsFileCanSetBothAndWrongAddressesAreErrors() throws IOException {
        Path content = content();
        Files.writeString(
                content.resolve("troubleshoot.properties"),
                "feedbackUrl = " + FEEDBACK + "\nnoResultsUrl = https://support.example.com/new?q={query}\n");
        Path out = dir.resolve("site");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .outputDirectory(out)
                        .build()
                        .generate()
                        .diagnostics());
        assertTrue(new SiteChecks(out)
                .page("troubleshooting/sign-in-access.html")
                .text()
                .contains("Did this fix it?"));

        Files.writeString(
                content.resolve("troubleshoot.properties"),
                "feedbackUrl = https://forms.example.com/f?e={entry}" + "\nnoResultsUrl = javascript:alert(1)\n");
        List<String> messages = Generator.builder().contentDirectory(content).build().check().diagnostics().stream()
                .map(d -> d.location() + ": " + d.message())
                .toList();
        assertEquals(
                List.of(
                        "troubleshoot.properties:1:1: feedbackUrl 'https://forms.example.com/f?e={entry}' has no"
                                + " {answer}, so Yes and No would lead to the same address",
                        "troubleshoot.properties:2:1: noResultsUrl 'javascript:alert(1)' is not an http or https address"),
                messages);
    }

    @Test
    void theCommandLineTakesTheAddresses() throws IOException {
        Path content = content();
        Path out = dir.resolve("site");
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {
                    "build",
                    content.toString(),
                    "--out",
                    out.toString(),
                    "--feedback-url",
                    FEEDBACK,
                    "--no-results-url",
                    "https://support.example.com/new?q={query}"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(Main.OK, code, err.toString());
        Document page = new SiteChecks(out).page("troubleshooting/sign-in-access.html");
        assertTrue(page.text().contains("Did this fix it?"));
        assertEquals(
                "https://support.example.com/new?q={query}",
                page.getElementById("search").attr("data-no-results"));
    }
}
