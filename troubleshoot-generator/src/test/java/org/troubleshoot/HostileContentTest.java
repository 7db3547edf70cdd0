package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.diagnostic.Diagnostic;

/** Content written to attack readers: nothing unsafe may reach a page, and nothing a reader should see is lost. */
class HostileContentTest {
    @TempDir
    Path dir;

    private static final String HOSTILE = """
            ---
            title: <script>alert('title')</script>
            description: "\\"><img src=x onerror=alert(1)>"
            ---
            # Help <img src=x onerror=alert(2)>

            <script>alert(3)</script>

            <iframe src="https://evil.example/"></iframe>

            <object data="evil.swf"></object>

            ## Calls <b onmouseover="alert(4)">hover</b>

            | Symptom | Likely cause | What to do |
            |---|---|---|
            | <svg onload=alert(5)> no calls | [cause](javascript:alert(6)) | [click](jav&#x61;script:alert(7)) |
            | Tabbed link | [x](java\tscript:alert(8)) | [vb](VBScript:msgbox(9)) |
            | Data link | [d](data:text/html,<script>alert(10)</script>) | ![pixel](data:image/png;base64,AAAA) |
            | Remote image | ![tracker](https://evil.example/t.png) | ![](//evil.example/u.png) |
            | Ref link | [ref][bad] | <javascript:alert(11)> |
            | Id attack {#"><script>alert(12)</script>} | Cause | Do |
            | Traversal | [passwd](../../../../etc/passwd) | [abs](/etc/passwd) |

            [bad]: javascript:alert(13)

            Some text with <span style="color:red" onclick="alert(14)">inline HTML</span> in it.
            """;

    @Test
    void noInputInTheHostileCorpusProducesAnUnsafePage() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("troubleshooting.md"), HOSTILE);
        Files.writeString(content.resolve("\"><img src=x onerror=alert(15)>.md"), "# Odd name\n\nText.\n");
        Path out = dir.resolve("site");

        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        List<String> errors = result.diagnostics().stream()
                .filter(Diagnostic::isError)
                .map(Diagnostic::format)
                .toList();
        // The traversal links and the bad id are errors: the writer must fix them. Build again without them.
        assertTrue(errors.stream().anyMatch(e -> e.contains("leaves the content folder")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("is not a valid id")), errors.toString());
        Files.writeString(
                content.resolve("troubleshooting.md"),
                HOSTILE.replace("| Id attack {#\"><script>alert(12)</script>} | Cause | Do |\n", "")
                        .replace("| Traversal | [passwd](../../../../etc/passwd) | [abs](/etc/passwd) |\n", ""));
        result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        assertEquals(
                List.of(),
                result.diagnostics().stream().filter(Diagnostic::isError).toList());

        SiteChecks site = new SiteChecks(out);
        assertEquals(List.of(), unsafeParts(site, out, false));

        // What readers should see is still there, as text.
        // The heading's HTML is text too, so it is part of the category's title and id.
        Document calls = site.page("troubleshooting/calls-b-onmouseover-alert-4-hover-b.html");
        assertEquals(
                "Calls <b onmouseover=\"alert(4)\">hover</b>",
                calls.selectFirst("h1").text());
        String text = calls.text();
        // Writers' HTML in a cell: the tag a page does not allow is removed, its text kept.
        for (String visible : List.of("no calls", "cause", "click", "pixel", "tracker", "ref")) {
            assertTrue(text.contains(visible), visible + " in " + text);
        }
        // A remote image is a link to it, never loaded.
        assertEquals(
                "https://evil.example/t.png",
                calls.select("a:contains(tracker)").attr("href"));
        assertEquals(
                "<script>alert('title')</script>",
                site.page("troubleshooting.html").selectFirst("h1").text());

        // Every removal was reported with its line.
        List<String> warnings = result.diagnostics().stream()
                .map(d -> d.location() + ": " + d.message())
                .toList();
        assertTrue(
                warnings.stream()
                        .anyMatch(
                                w -> w.equals(
                                        "troubleshooting.md:17:36: link to 'javascript:alert(6)' was removed; its text is kept")),
                warnings.toString());
        assertTrue(
                warnings.stream().anyMatch(w -> w.contains("link to 'javascript:alert(7)' was removed")),
                warnings.toString());
        assertTrue(
                warnings.stream().anyMatch(w -> w.contains("image from another host is shown as a link")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("HTML is shown as text")), warnings.toString());

        // Nothing was written outside the output folder.
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("content", "site"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("<")));
        }
    }

    private static final String HOSTILE_HTML = """
            # Writers' HTML

            <a id="main"></a><a name="search-input"></a> Anchors named like the layout's ids.

            <details ontoggle="alert(1)" open><summary onclick="alert(2)">More</summary>Hidden <img src="pic.png" onerror="alert(3)" alt="pic"></details>

            <iframe src="https://evil.example/"></iframe>

            <form action="https://evil.example/"><input name="q"></form>

            <p style="position:fixed" class="badge">Styled</p>

            Inline <script>alert(4)</script> and <style>body{display:none}</style> are gone.

            ## Calls

            | Symptom | Likely cause | What to do |
            |---|---|---|
            | Script link | <a href="javascript:alert(5)">js</a> | <a href="jav&#x61;script:alert(6)">entity</a> |
            | Spaced scheme | <a href=" javascript:alert(7)">space</a> | <a href="java&#9;script:alert(8)">tab</a> |
            | Remote image | <img src="http://evil.example/t.png" alt="tracker"> | <img src="//evil.example/u.png"> |
            | Data image | <img src="data:image/png;base64,AAAA" alt="pixel"> | <a href="data:text/html,x">data</a> |
            | Forged placeholder | <a href="troubleshoot:link/0">forged</a> | <a href="troubleshoot:site/evil">site</a> |
            | Vbscript | <a href="VBScript:msgbox(9)">vb</a> | <object data="evil.swf">fallback</object> |
            | Ids | <a id="calls">like the category</a> | <a name="main">again</a> |
            | Svg | <svg onload="alert(10)"><text>svg text</text></svg> | <math><mi>x</mi></math> |
            | Base | <base href="https://evil.example/"> | <meta http-equiv="refresh" content="0;url=https://evil.example/"> |
            | Anchor links | <a href="#main">to the anchor</a> | <a href="#nowhere">to nowhere</a> |
            """;

    @Test
    void writersHtmlKeepsOnlySafeTagsAndItsIdsNeverClashWithThePagesIds() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("troubleshooting.md"), HOSTILE_HTML);
        Files.write(content.resolve("pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path out = dir.resolve("site");

        BuildResult strict = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        assertEquals(
                List.of("troubleshooting.md:28:54: error: link to '#nowhere': troubleshooting.md has no anchor "
                        + "'#nowhere'"),
                strict.diagnostics().stream()
                        .filter(Diagnostic::isError)
                        .map(d -> d.location() + ": error: " + d.message())
                        .toList());
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .brokenLinks(BrokenLinks.WARN)
                .build()
                .generate();
        assertEquals(
                List.of(),
                result.diagnostics().stream().filter(Diagnostic::isError).toList());

        SiteChecks site = new SiteChecks(out);
        assertEquals(List.of(), unsafeParts(site, out, true));
        List<String> duplicateIds = new ArrayList<>();
        for (Path file : site.htmlFiles()) {
            Set<String> ids = new HashSet<>();
            for (Element element : site.document(file).select("[id]")) {
                if (!ids.add(element.id())) {
                    duplicateIds.add(out.relativize(file) + ": " + element.id());
                }
            }
        }
        assertEquals(List.of(), duplicateIds);

        Document page = site.page("troubleshooting.html");
        // Writers' ids get a prefix, so the layout's main and search box keep theirs; a link to #main finds the
        // writer's anchor, as on GitHub.
        assertEquals("main", page.selectFirst("main").id());
        assertEquals("input", page.getElementById("search-input").tagName());
        assertEquals(
                List.of("user-content-main", "user-content-search-input"),
                page.select("a[id^=user-content]").eachAttr("id"));
        assertEquals("Hidden", page.selectFirst("details").ownText());
        assertEquals("More", page.selectFirst("details > summary").text());
        assertEquals("pic.png", page.selectFirst("details img").attr("src"));
        assertEquals("pic", page.selectFirst("details img").attr("alt"));
        assertFalse(page.html().contains("alert("), page.html());
        assertFalse(page.html().contains("evil.example/\""), page.html());

        Document calls = site.page("troubleshooting/calls.html");
        assertEquals(
                "../troubleshooting.html#user-content-main",
                calls.select("a:contains(to the anchor)").attr("href"));
        assertEquals(
                List.of("user-content-calls"),
                calls.select("a[id^=user-content]").eachAttr("id"));
        for (String text : List.of("js", "entity", "space", "tab", "vb", "data", "forged", "site")) {
            Element link = calls.selectFirst("td a:containsOwn(" + text + "), td span:containsOwn(" + text + ")");
            assertTrue(link == null || !link.hasAttr("href"), text + ": " + (link == null ? "" : link.outerHtml()));
        }
        assertEquals(
                "http://evil.example/t.png", calls.select("a:contains(tracker)").attr("href"));
        String text = calls.text();
        for (String visible : List.of("pixel", "fallback", "svg text", "like the category", "again", "to nowhere")) {
            assertTrue(text.contains(visible), visible + " in " + text);
        }

        List<String> warnings = result.diagnostics().stream()
                .map(d -> d.location() + ": " + d.message())
                .toList();
        for (String expected : List.of(
                "troubleshooting.md:5:1: HTML removed, its text kept: <details ontoggle>, <img onerror>, <summary onclick>",
                "troubleshooting.md:7:1: HTML removed, its text kept: <iframe>",
                "troubleshooting.md:9:1: HTML removed, its text kept: <form>, <input>",
                "troubleshooting.md:11:1: HTML removed, its text kept: <p class>, <p style>",
                "troubleshooting.md:13:8: HTML removed, its text kept: <script>",
                "troubleshooting.md:19:17: link to 'javascript:alert(5)' was removed; its text is kept",
                "troubleshooting.md:19:56: link to 'javascript:alert(6)' was removed; its text is kept",
                "troubleshooting.md:20:62: link to 'java script:alert(8)' was removed; its text is kept",
                "troubleshooting.md:21:18: image from another host is shown as a link: http://evil.example/t.png",
                "troubleshooting.md:22:16: image 'data:image/png;base64,AAAA' was removed; its alt text is kept",
                "troubleshooting.md:23:24: link to 'troubleshoot:link/0' was removed; its text is kept",
                "troubleshooting.md:25:47: the HTML anchor 'main' was removed: the page already has the id user-content-main",
                "troubleshooting.md:27:10: HTML removed, its text kept: <base>",
                "troubleshooting.md:27:48: HTML removed, its text kept: <meta>")) {
            assertTrue(warnings.contains(expected), expected + " in " + String.join("\n", warnings));
        }
    }

    /** The strict policy every page carries (layout.mustache); writers' HTML must not need it loosened. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'none'; object-src 'none'; frame-src 'none'; "
            + "base-uri 'none'; form-action 'self'";

    /**
     * Everything unsafe in the built site: scripts other than the search, frames, objects, forms other than the
     * search box, event handlers, styles, script and data URLs, images (from another host, or any with
     * {@code localImages} false), and pages without the strict Content-Security-Policy.
     */
    private static List<String> unsafeParts(SiteChecks site, Path out, boolean localImages) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : site.htmlFiles()) {
            Document page = site.document(file);
            String name = out.relativize(file).toString();
            Element policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
            if (policy == null || !policy.attr("content").equals(CONTENT_SECURITY_POLICY)) {
                problems.add(name + ": not the Content-Security-Policy " + CONTENT_SECURITY_POLICY);
            }
            if (page.select("meta[http-equiv]").size() != 1) {
                problems.add(name + ": another meta http-equiv");
            }
            for (Element element : page.getAllElements()) {
                String tag = element.tagName();
                if (List.of(
                                        "iframe", "object", "embed", "svg", "math", "frame", "base", "form", "input",
                                        "style", "link")
                                .contains(tag)
                        && !(tag.equals("link") && element.attr("rel").matches("icon|stylesheet|canonical"))
                        && !(tag.matches("form|input") && element.closest("form#search") != null)) {
                    problems.add(name + ": <" + tag + ">");
                }
                if (tag.equals("script") && !element.attr("src").matches(".*assets/(search(-core)?|forward)\\.js")) {
                    problems.add(name + ": script " + element.outerHtml());
                }
                if (tag.equals("img") && !(localImages && isLocal(element.attr("src")))) {
                    problems.add(name + ": image " + element.outerHtml());
                }
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value =
                            attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc")) {
                        problems.add(name + ": attribute " + key + " on <" + tag + ">");
                    }
                    if ((key.equals("href") || key.equals("src") || key.equals("action"))
                            && (value.startsWith("javascript:")
                                    || value.startsWith("vbscript:")
                                    || value.startsWith("data:"))) {
                        problems.add(name + ": " + key + "=" + attribute.getValue());
                    }
                }
            }
        }
        return problems;
    }

    private static boolean isLocal(String src) {
        String url = src.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
        return !url.isEmpty() && !url.startsWith("//") && !url.matches("^[a-z][a-z0-9+.-]*:.*");
    }
}
