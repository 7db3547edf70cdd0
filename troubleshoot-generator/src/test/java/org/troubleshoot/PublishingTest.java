package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.diagnostic.Diagnostic;

/** Site owners' side: audiences, settings, edit links, git dates, sitemap and friends. */
class PublishingTest {
    @TempDir
    Path dir;

    private static final List<String> PLAYBOOK_ONLY = List.of(
            "SEV1",
            "First five minutes",
            "Sidekiq queue backed up",
            "Write a short review within two business days",
            "on-call-playbook");

    @Test
    void aPublicBuildOfContentHasNoTextOfTheAdminPlaybookAnywhere() throws IOException {
        Path out = dir.resolve("public");
        // The default build, as the README's first command makes it: public.
        BuildResult result = Generator.builder()
                .contentDirectory(ContentSiteTest.CONTENT)
                .outputDirectory(out)
                .baseUrl("https://help.example.com/")
                .build()
                .generate();
        assertTrue(result.output().isPresent(), result.diagnostics().toString());
        // The links that led to it are now text: by design, so not a problem to report.
        assertEquals(List.of(), result.diagnostics());

        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String phrase : PLAYBOOK_ONLY) {
                    if (text.contains(phrase)) {
                        leaks.add(out.relativize(file) + " contains \"" + phrase + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertFalse(Files.exists(out.resolve("on-call-playbook.html")));
        Document calls = new SiteChecks(out).page("troubleshooting/calls.html");
        assertEquals(
                "On-call Playbook",
                calls.selectFirst("aside.closing span.left-out").text());
        assertEquals(List.of(), new SiteChecks(out).brokenLinks());
    }

    @Test
    void anInternalBuildHasEveryAudienceAndLabelsWhatIsNotPublicWhileTheDefaultBuildIsPublic() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("troubleshooting.md"), """
                ## Calls
                | Symptom | What to do |
                |---|---|
                | No calls | Wait |

                ## Internal tools {audience=admin}
                | Symptom | What to do |
                |---|---|
                | Sidekiq is down | Restart it |
                """);
        Path all = dir.resolve("all");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .outputDirectory(all)
                        .audience("all")
                        .build()
                        .generate()
                        .diagnostics());
        assertEquals(
                "Admin only",
                new SiteChecks(all)
                        .page("troubleshooting/internal-tools.html")
                        .selectFirst("h1 .badge")
                        .text());
        Path admins = dir.resolve("admin");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .outputDirectory(admins)
                        .audience("admin")
                        .build()
                        .generate()
                        .diagnostics());
        assertTrue(Files.exists(admins.resolve("troubleshooting/internal-tools.html")), "an audience's own content");
        assertTrue(Files.exists(admins.resolve("troubleshooting/calls.html")), "and the public content");

        Path publicSite = dir.resolve("public");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(publicSite)
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        assertFalse(Files.exists(publicSite.resolve("troubleshooting/internal-tools.html")));
        try (Stream<Path> files = Files.walk(publicSite)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).contains("Sidekiq"), file.toString());
            }
        }
    }

    @Test
    void anchorsInACategoryForAnotherAudienceAreLeftOutWithIt() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("troubleshooting.md"), """
                ## Calls
                | Symptom | What to do |
                |---|---|
                | No calls | See [the runbook](#runbook), [the tools](#Internal-Tools), [again](#-internal-tools-audienceadmin) |

                ## 🔒 Internal tools {audience=admin}
                | Symptom | What to do |
                |---|---|
                | Sidekiq is down | Restart it <a name="runbook"></a> |
                """);
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(content)
                        .audience("all")
                        .build()
                        .check()
                        .diagnostics());
        // The public build: every name of the left-out anchors leads nowhere, so each link is its text, and that
        // is by design, not a problem to report.
        Path out = dir.resolve("public");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        assertEquals(
                List.of("the runbook", "the tools", "again"),
                new SiteChecks(out)
                        .page("troubleshooting/calls.html")
                        .select("span.left-out")
                        .eachText());
    }

    @Test
    void theSettingsFileNamesMoreColumnsAndLetsBrokenLinksBeWarningsInEitherSpelling() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("troubleshooting.md"), """
                ## Störungen
                | Problem | Grund | Nächster Schritt |
                |---|---|---|
                | Kein Ton | Kabel lose | Kabel prüfen, siehe [Handbuch](handbuch.md) |
                """);
        Files.writeString(content.resolve("troubleshoot.properties"), """
                columns.fix = Nächster Schritt, Vorgehen
                columns.cause = Problem
                columns.symptom = Störung
                columns.remedy = Abhilfe
                broken-links = warn
                """);
        BuildResult result =
                Generator.builder().contentDirectory(content).build().check();
        // "Problem" is a cause on this site, so the table has no symptom column until the writer names one.
        assertEquals(
                List.of(
                        "troubleshoot.properties:4:1: warning: unknown column role 'remedy' in columns.remedy",
                        "troubleshooting.md:2:1: warning: table \"Störungen\" has a \"what to do\" column "
                                + "(\"Nächster Schritt\") but no symptom column, so it is shown as an ordinary table",
                        "troubleshooting.md:4:47: warning: link to 'handbuch.md': no file handbuch.md in the content "
                                + "folder; it is shown as text"),
                result.diagnostics().stream()
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
        assertTrue(
                result.diagnostics().get(0).hint().contains("symptom, cause, fix, code, description"),
                result.diagnostics().get(0).hint());

        Files.writeString(content.resolve("troubleshoot.properties"), """
                columns.fix = Nächster Schritt, Vorgehen
                brokenLinks = warn
                """);
        result = Generator.builder().contentDirectory(content).build().check();
        assertEquals(
                List.of("troubleshooting.md:4:47: warning: link to 'handbuch.md': no file handbuch.md in the "
                        + "content folder; it is shown as text"),
                result.diagnostics().stream()
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
        assertEquals(
                "Kabel prüfen, siehe Handbuch",
                result.site()
                        .pages()
                        .get(0)
                        .categories()
                        .get(0)
                        .entries()
                        .get(0)
                        .resolution()
                        .text());
        assertEquals(
                1,
                Generator.builder()
                        .contentDirectory(content)
                        .brokenLinks(BrokenLinks.ERROR)
                        .build()
                        .check()
                        .errorCount(),
                "a flag wins over the settings file");

        Files.writeString(content.resolve("troubleshoot.properties"), "brokenLinks = sometimes\nbroken-links = warn\n");
        result = Generator.builder().contentDirectory(content).build().check();
        assertEquals(
                List.of(
                        "troubleshoot.properties:1:1: error: brokenLinks 'sometimes' is not error or warn",
                        "troubleshoot.properties:2:1: warning: 'broken-links' sets brokenLinks a second time"),
                result.diagnostics().stream()
                        .filter(d -> d.file().equals("troubleshoot.properties"))
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
    }

    @Test
    void settingsComeFromTheSettingsFileUnlessAFlagSaysOtherwise() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(
                content.resolve("troubleshooting.md"),
                "## Calls\n| Symptom | What to do |\n|---|---|\n| No calls | Wait |\n");
        Files.writeString(content.resolve("troubleshoot.properties"), """
                title = Portal Help
                baseUrl = https://help.example.com/docs
                editUrl = https://github.com/org/repo/edit/main/content/{file}#L{line}
                colour = blue
                """);
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        assertEquals(
                List.of("troubleshoot.properties:4:1: warning: unknown setting 'colour'"),
                result.diagnostics().stream()
                        .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                        .toList());
        SiteChecks site = new SiteChecks(out);
        Document calls = site.page("troubleshooting/calls.html");
        assertEquals("Portal Help", calls.selectFirst(".site-title").text());
        assertEquals(
                "https://github.com/org/repo/edit/main/content/troubleshooting.md#L4",
                calls.getElementById("no-calls").selectFirst("a.edit-link").attr("href"));
        assertEquals(
                "https://help.example.com/docs/troubleshooting/calls.html",
                calls.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(
                "https://help.example.com/docs/troubleshooting/calls.html",
                calls.selectFirst("meta[property=og:url]").attr("content"));
        assertNotNull(calls.selectFirst("link[rel=icon][href=../assets/favicon.svg]"));
        assertTrue(Files.exists(out.resolve("assets/favicon.svg")));
        assertFalse(Files.exists(out.resolve("troubleshoot.properties")), "settings are not published");

        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://help.example.com/docs/troubleshooting/calls.html</loc>"), sitemap);
        assertTrue(Files.readString(out.resolve("robots.txt"))
                .contains("Sitemap: https://help.example.com/docs/sitemap.xml"));
        Document notFound = site.page("404.html");
        assertEquals(
                "https://help.example.com/docs/a-z.html",
                notFound.selectFirst("main a").attr("href"));

        BuildResult flagged = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .title("From a flag")
                .build()
                .generate();
        assertEquals("From a flag", flagged.site().title());
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapButRobotsAnd404Work() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("faq.md"), "# FAQ\n\n## Why?\nBecause.\n");
        Path out = dir.resolve("site");
        Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        assertFalse(Files.exists(out.resolve("sitemap.xml")));
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(out.resolve("robots.txt")));
        assertEquals(
                "a-z.html",
                new SiteChecks(out).page("404.html").selectFirst("main a").attr("href"));
        assertTrue(new SiteChecks(out)
                .page("faq.html")
                .select("link[rel=canonical]")
                .isEmpty());
    }

    @Test
    void eachPageShowsWhenItLastChangedInGitAndNothingWithoutGit() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path content = Files.createDirectories(repo.resolve("content"));
        Files.writeString(content.resolve("faq.md"), "# FAQ\n\n## Why?\nBecause.\n");
        Files.writeString(content.resolve("contact.md"), "# Contact\n\nMail us.\n");
        git(repo, "init", "-q");
        git(repo, "add", "content/faq.md");
        git(
                repo,
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.com",
                "commit",
                "-q",
                "-m",
                "faq",
                "--date=2024-03-05T10:00:00Z");
        Files.writeString(content.resolve("faq.md"), "# FAQ\n\n## Why?\nBecause, really.\n");
        git(repo, "add", "content");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "both");

        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        String committed = git(repo, "log", "-1", "--format=%cs").strip();
        assertEquals(
                committed,
                new SiteChecks(out)
                        .page("faq.html")
                        .selectFirst(".last-changed time")
                        .attr("datetime"));
        assertTrue(Files.readString(out.resolve("site.json")).contains("\"lastChanged\": \"" + committed + "\""));

        Path noGit = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(noGit.resolve("faq.md"), "# FAQ\n\n## Why?\nBecause.\n");
        Path plainOut = dir.resolve("plain-site");
        assertEquals(
                List.of(),
                Generator.builder()
                        .contentDirectory(noGit)
                        .outputDirectory(plainOut)
                        .build()
                        .generate()
                        .diagnostics());
        assertTrue(new SiteChecks(plainOut)
                .page("faq.html")
                .select(".last-changed")
                .isEmpty());
    }

    @Test
    void aBrokenTemplateIsReportedWithItsFileAndLine() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("faq.md"), "# FAQ\n\n## Why?\nBecause.\n");
        Path theme = Files.createDirectories(dir.resolve("theme"));
        Files.writeString(
                theme.resolve("page.mustache"),
                "{{<layout}}{{$main}}\n<h1>{{title}}</h1>\n{{#sections}}\n{{/main}}{{/layout}}\n");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(dir.resolve("site"))
                .templateDirectory(theme)
                .build()
                .generate();
        Diagnostic diagnostic = result.diagnostics().get(0);
        assertTrue(diagnostic.file().endsWith("page.mustache"), diagnostic.toString());
        assertTrue(diagnostic.line() > 0, diagnostic.toString());
    }

    private static int line(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(ContentSiteTest.CONTENT.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
