package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of automatic links, as a reader sees them on the page. */
class AutoLinksTest {
    @TempDir
    Path dir;

    private static final String CONTACT = """
            # Contact
            | Issue type | Who |
            |---|---|
            | Calls | Support |
            | Escalation to engineering | On-call |
            | Escalation to admin | Admins |
            """;

    private static final String TROUBLESHOOTING = """
            ## Calls
            | Symptom | Likely cause | What to do |
            |---|---|---|
            | No calls | Sync delay | Wait; if still missing, escalate |
            | Wrong total | Rate config | Cross-reference with Billing; escalate to admin |
            | Stuck | Calls job | Never in a word: Callsign, Billings; never in code: `Billing`; never twice: Billing Billing |
            | Linked | Cache | Already [Billing](faq.md) linked; lower case billing stays; see the FAQ or Contact |
            | Broken | Stripe form error | Check Sentry |
            ## Billing
            | Symptom | Likely cause | What to do |
            |---|---|---|
            | Charged twice | Webhook retry | Refund in Stripe; Billing never links to itself; see Calls |
            """;

    private SiteChecks build(boolean autoLinks, String troubleshooting) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("troubleshooting.md"), troubleshooting);
        Files.writeString(content.resolve("contact.md"), CONTACT);
        Files.writeString(content.resolve("faq.md"), "# FAQ\n\n## Billing?\nYes.\n");
        Files.writeString(content.resolve("links.md"), """
                | Term | Link |
                |---|---|
                | Stripe | faq.md#billing |
                | Sentry | https://sentry.example.com/portal |
                """);
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .autoLinks(autoLinks)
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        return new SiteChecks(out);
    }

    private static List<String> autoLinks(SiteChecks site, String page, String row) {
        Element tr = site.page(page).getElementById(row);
        return tr.select("a.auto-link").stream()
                .map(a -> a.text() + " -> " + a.attr("href"))
                .toList();
    }

    @Test
    void categoryNamesEscalateFaqContactAndGlossaryTermsBecomeLinks() throws IOException {
        SiteChecks site = build(true, TROUBLESHOOTING);
        assertEquals(
                List.of("escalate -> ../contact.html#escalation-to-engineering"),
                autoLinks(site, "troubleshooting/calls.html", "no-calls"));
        assertEquals(
                List.of(
                        "Billing -> ../troubleshooting/billing.html",
                        "escalate to admin -> ../contact.html#escalation-to-admin"),
                autoLinks(site, "troubleshooting/calls.html", "wrong-total"));
        assertEquals(
                List.of("FAQ -> ../faq.html", "Contact -> ../contact.html"),
                autoLinks(site, "troubleshooting/calls.html", "linked"));
        assertEquals(
                List.of("Stripe -> ../faq.html#billing", "Sentry -> https://sentry.example.com/portal"),
                autoLinks(site, "troubleshooting/calls.html", "broken"));
        assertEquals(List.of(), site.brokenLinks());
    }

    @Test
    void neverInsideAWordInCodeInAnExistingLinkTwiceOrToItself() throws IOException {
        SiteChecks site = build(true, TROUBLESHOOTING);
        // "Calls job" in the Calls category does not link to itself; Billing links once, not in words or code.
        assertEquals(
                List.of("Billing -> ../troubleshooting/billing.html"),
                autoLinks(site, "troubleshooting/calls.html", "stuck"));
        Element linked = site.page("troubleshooting/calls.html").getElementById("linked");
        assertEquals(
                List.of("../faq.html"), linked.select("td a:not(.auto-link)").eachAttr("href"));
        assertEquals(
                List.of("Stripe -> ../faq.html#billing", "Calls -> ../troubleshooting/calls.html"),
                autoLinks(site, "troubleshooting/billing.html", "charged-twice"));
    }

    @Test
    void automaticLinksCanBeSwitchedOffForTheSiteOrForAPage() throws IOException {
        SiteChecks off = build(false, TROUBLESHOOTING);
        assertEquals(
                0, off.page("troubleshooting/calls.html").select("a.auto-link").size());

        SiteChecks pageOff = build(true, "---\nautolinks: false\n---\n" + TROUBLESHOOTING);
        assertEquals(
                0,
                pageOff.page("troubleshooting/calls.html").select("a.auto-link").size());
    }
}
