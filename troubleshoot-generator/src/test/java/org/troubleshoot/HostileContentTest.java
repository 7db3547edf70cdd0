package org.troubleshoot;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.diagnostic.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

        BuildResult result = Generator.builder().contentDirectory(content).outputDirectory(out).build().generate();
        List<String> errors = result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        // The traversal links and the bad id are errors: the writer must fix them. Build again without them.
        assertTrue(errors.stream().anyMatch(e -> e.contains("leaves the content folder")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("is not a valid id")), errors.toString());
        Files.writeString(content.resolve("troubleshooting.md"), HOSTILE
                .replace("| Id attack {#\"><script>alert(12)</script>} | Cause | Do |\n", "")
                .replace("| Traversal | [passwd](../../../../etc/passwd) | [abs](/etc/passwd) |\n", ""));
        result = Generator.builder().contentDirectory(content).outputDirectory(out).build().generate();
        assertEquals(List.of(), result.diagnostics().stream().filter(Diagnostic::isError).toList());

        SiteChecks site = new SiteChecks(out);
        List<String> problems = new ArrayList<>();
        for (Path file : site.htmlFiles()) {
            Document page = site.document(file);
            String name = out.relativize(file).toString();
            if (page.selectFirst("meta[http-equiv=Content-Security-Policy]") == null) {
                problems.add(name + ": no Content-Security-Policy");
            }
            for (Element element : page.getAllElements()) {
                String tag = element.tagName();
                if (List.of("iframe", "object", "embed", "svg", "frame", "base", "form").contains(tag)
                        && !(tag.equals("form") && element.id().equals("search"))) {
                    problems.add(name + ": <" + tag + ">");
                }
                if (tag.equals("script") && !element.attr("src").matches(".*assets/(search(-core)?|forward)\\.js")) {
                    problems.add(name + ": script " + element.outerHtml());
                }
                if (tag.equals("img")) {
                    problems.add(name + ": image " + element.outerHtml());
                }
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc")) {
                        problems.add(name + ": attribute " + key + " on <" + tag + ">");
                    }
                    if ((key.equals("href") || key.equals("src") || key.equals("action"))
                            && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"))) {
                        problems.add(name + ": " + key + "=" + attribute.getValue());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);

        // What readers should see is still there, as text.
        // The heading's HTML is text too, so it is part of the category's title and id.
        Document calls = site.page("troubleshooting/calls-b-onmouseover-alert-4-hover-b.html");
        assertEquals("Calls <b onmouseover=\"alert(4)\">hover</b>", calls.selectFirst("h1").text());
        String text = calls.text();
        for (String visible : List.of("<svg onload=alert(5)> no calls", "cause", "click", "pixel", "tracker", "ref")) {
            assertTrue(text.contains(visible), visible + " in " + text);
        }
        // A remote image is a link to it, never loaded.
        assertEquals("https://evil.example/t.png", calls.select("a:contains(tracker)").attr("href"));
        assertEquals("<script>alert('title')</script>", site.page("troubleshooting.html").selectFirst("h1").text());

        // Every removal was reported with its line.
        List<String> warnings = result.diagnostics().stream().map(d -> d.location() + ": " + d.message()).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.equals("troubleshooting.md:17:36: link to 'javascript:alert(6)' was removed; its text is kept")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("link to 'javascript:alert(7)' was removed")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("image from another host is shown as a link")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("HTML is shown as text")), warnings.toString());

        // Nothing was written outside the output folder.
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("content", "site"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("<")));
        }
    }
}
