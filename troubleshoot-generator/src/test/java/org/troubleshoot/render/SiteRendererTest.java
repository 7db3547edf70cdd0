package org.troubleshoot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.troubleshoot.assemble.SiteAssembler;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.link.Linker;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;
import org.troubleshoot.parse.ContentParser;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;

/** The render stage on its own: the plan of a small site, file by file, with where each comes from. */
class SiteRendererTest {
    private static OutputPlan plan(String baseUrl, String... fileAndText) throws Exception {
        ContentParser parser = new ContentParser();
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < fileAndText.length; i += 2) {
            pages.addAll(parser.parseText(fileAndText[i], fileAndText[i + 1]).pages());
        }
        SiteSettings settings = new SiteSettings("Help", Optional.ofNullable(baseUrl), Optional.empty(), null, false);
        SiteAssembler.Assembly assembly = SiteAssembler.assemble(pages, settings);
        Linker.Result linked = new Linker(List.of(), assembly.left()).link(assembly.pages());
        Site site = new Site(settings, linked.pages(), Map.of());
        return new SiteRenderer(new TemplateSource(Optional.empty()), "troubleshoot test", null)
                .plan(site, linked.links(), Path.of("."));
    }

    private static final String TROUBLESHOOTING = """
            # Troubleshooting

            ## Calls {#calls #phone}
            | Symptom | What to do |
            |---|---|
            | No calls | Wait |
            """;

    @Test
    void everyFileOfASmallSiteIsPlannedWithItsOriginAndRole() throws Exception {
        OutputPlan plan = plan(null, "troubleshooting.md", TROUBLESHOOTING, "faq.md", "# FAQ\n\n## Why?\nBecause.\n");
        Map<String, String> files = new TreeMap<>();
        for (PlannedFile file : plan.files()) {
            if (!file.path().startsWith("assets/")) {
                files.put(file.path(), file.role() + " " + file.origin().describe());
            }
        }
        assertEquals(
                Map.ofEntries(
                        Map.entry("404.html", "SHARED the generated not-found page"),
                        Map.entry("_redirects", "SHARED the generated _redirects"),
                        Map.entry("a-z.html", "SHARED the generated A–Z index"),
                        Map.entry("all.html", "SHARED the generated all-on-one page"),
                        Map.entry("codes.json", "SHARED the generated codes.json"),
                        Map.entry("faq.html", "PAGE faq.md:1 (the page faq.md)"),
                        Map.entry("index.html", "SHARED the generated home page"),
                        Map.entry("robots.txt", "SHARED the generated robots.txt"),
                        Map.entry("site.json", "SHARED the generated site.json"),
                        Map.entry("troubleshooting.html", "PAGE troubleshooting.md:1 (the page troubleshooting.md)"),
                        Map.entry("troubleshooting/calls.html", "PAGE troubleshooting.md:3 (the category \"Calls\")"),
                        Map.entry(
                                "troubleshooting/ids.js",
                                "PAGE troubleshooting.md:3 (the ids of the rows of troubleshooting.md)"),
                        Map.entry(
                                "troubleshooting/phone.html",
                                "PAGE troubleshooting.md:3 (the old id #phone of \"Calls\")")),
                files);
        assertEquals(List.of(), plan.diagnostics());
        // The biggest files first: the all-on-one page and site.json start the writing.
        assertEquals(
                List.of("all.html", "site.json"),
                plan.files().subList(0, 2).stream().map(PlannedFile::path).toList());
    }

    @Test
    void theSitemapListsThePlansPagesButNotRedirectsOrTheNotFoundPage() throws Exception {
        OutputPlan plan = plan("https://help.example.com/", "troubleshooting.md", TROUBLESHOOTING);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        plan.file("sitemap.xml").orElseThrow().content().writeTo(bytes);
        List<String> locations = bytes.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.contains("<loc>"))
                .map(l -> l.replaceAll(".*<loc>https://help.example.com/(.*)</loc>.*", "$1"))
                .toList();
        assertEquals(
                List.of("a-z.html", "all.html", "index.html", "troubleshooting.html", "troubleshooting/calls.html"),
                locations);
    }
}
