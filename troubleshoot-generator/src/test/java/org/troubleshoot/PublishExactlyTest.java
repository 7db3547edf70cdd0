package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.diagnostic.Diagnostic;

/**
 * A site owner's promise: the default build publishes the public pages, the files they use and the static
 * folder, and nothing else — not a previous build, not a stray file, not an admin page — and a writer's page
 * never silently loses to a file the generator writes.
 */
class PublishExactlyTest {
    @TempDir
    Path dir;

    /** Text that only admin content has: none of it may reach any file of a public build. */
    private static final List<String> ADMIN_ONLY =
            List.of("Rotate the signing key", "Internal tools", "Sidekiq is down", "Playbook of the night shift");

    private Path content() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        write(content, "troubleshooting.md", """
                # Troubleshooting

                ![How a call flows](images/flow.png)

                ## Calls
                | Symptom | What to do |
                |---|---|
                | No calls | Fill in [the refund form](forms/refund.pdf) |

                ## Internal tools {audience=admin}
                | Symptom | What to do |
                |---|---|
                | Sidekiq is down | Restart it; see the [images](images/admin-only.png) |
                """);
        write(content, "playbook.md", """
                ---
                audience: admin
                ---
                # Playbook of the night shift

                Rotate the signing key first. ![the console](images/console.png)
                """);
        write(content, "images/flow.png", "a diagram");
        write(content, "images/admin-only.png", "an admin screenshot");
        write(content, "images/console.png", "an admin console");
        write(content, "forms/refund.pdf", "a form");
        write(content, "static/downloads/guide.txt", "a guide, published as it is");
        write(content, "static/readme.md", "Markdown in static/ is a file like any other.");
        // Stray files: none of them is for readers.
        write(content, "credentials.yml", "password: hunter2");
        write(content, "notes/private.txt", "do not publish");
        write(content, "pom.xml", "<project/>");
        write(content, ".env", "TOKEN=secret");
        write(content, ".git/config", "[core]");
        // A previous full build, admin pages and all, where Maven leaves it.
        write(content, "target/site/site.json", "{\"title\": \"old\"}");
        write(content, "target/site/assets/search/meta.js", "troubleshootSearch.meta({});");
        write(content, "target/site/playbook.html", "Playbook of the night shift");
        write(content, "target/site/notes.md", "# Old notes\n");
        return content;
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void theDefaultBuildPublishesThePublicPagesTheFilesTheyUseAndTheStaticFolderAndNothingElse() throws IOException {
        Path content = content();
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        assertTrue(result.output().isPresent(), result.diagnostics().toString());

        Set<String> files = files(out);
        // What is not a page or a file the generator makes: exactly what the pages use, and the static folder.
        Set<String> copied = new TreeSet<>(files);
        copied.removeIf(f -> f.endsWith(".html")
                || f.startsWith("assets/")
                || f.equals("site.json")
                || f.equals("robots.txt")
                || f.equals("codes.json")
                || f.endsWith("/ids.js"));
        assertEquals(Set.of("downloads/guide.txt", "forms/refund.pdf", "images/flow.png", "readme.md"), copied);
        assertEquals(
                Set.of(
                        "404.html",
                        "a-z.html",
                        "all.html",
                        "index.html",
                        "troubleshooting.html",
                        "troubleshooting/calls.html"),
                html(files));
        assertEquals(
                files,
                new TreeSet<>(
                        result.published().stream().map(PublishedFile::path).toList()),
                "the list of published files is what is on disk");

        List<String> leaks = new ArrayList<>();
        for (String file : files) {
            String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
            ADMIN_ONLY.stream().filter(text::contains).forEach(phrase -> leaks.add(file + ": " + phrase));
        }
        assertEquals(List.of(), leaks);

        // One warning names what was left out, so a writer who expected a file published sees why.
        assertEquals(
                List.of("credentials.yml", "images/admin-only.png", "images/console.png", "notes/private.txt"),
                result.leftOut());
        List<Diagnostic> warnings = result.diagnostics();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(
                "4 files of the content folder are not published, since no page links to them: "
                        + "credentials.yml, images/admin-only.png, images/console.png, notes/private.txt",
                warnings.get(0).message());
    }

    @Test
    void anInternalBuildHasTheAdminPagesAndTheFilesTheyUse() throws IOException {
        Path content = content();
        Path out = dir.resolve("internal");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .audience("all")
                .build()
                .generate();
        assertTrue(result.output().isPresent(), result.diagnostics().toString());
        Set<String> files = files(out);
        assertTrue(
                files.containsAll(Set.of(
                        "playbook.html",
                        "troubleshooting/internal-tools.html",
                        "images/admin-only.png",
                        "images/console.png")),
                files.toString());
        assertFalse(files.contains("credentials.yml"));
        assertFalse(files.stream().anyMatch(f -> f.startsWith("target/")), files.toString());
        assertEquals(
                "admin",
                result.published().stream()
                        .filter(f -> f.path().equals("images/console.png"))
                        .findFirst()
                        .orElseThrow()
                        .audience(),
                "a file only an admin page uses is for admins");
    }

    @Test
    void threeBuildsOfTheSameContentAreByteIdentical() throws IOException {
        Path content = content();
        Map<String, byte[]> first = null;
        for (int i = 0; i < 3; i++) {
            Path out = dir.resolve("build-" + i);
            assertTrue(Generator.builder()
                    .contentDirectory(content)
                    .outputDirectory(out)
                    .build()
                    .generate()
                    .output()
                    .isPresent());
            Map<String, byte[]> bytes = SiteChecks.allBytes(out);
            if (first == null) {
                first = bytes;
                continue;
            }
            assertEquals(first.keySet(), bytes.keySet());
            for (String name : first.keySet()) {
                assertArrayEquals(first.get(name), bytes.get(name), name);
            }
        }
    }

    @Test
    void aWritersPageNeverLosesToAGeneratedFileOrToAnotherPage() throws IOException {
        Path content = Files.createDirectories(dir.resolve("clash"));
        write(content, "404.md", "# HTTP 404 errors\n\nWhat a 404 from the API means.\n");
        write(content, "a-z.md", "# A to Z of error codes\n\nText.\n");
        write(content, "Faq.md", "# FAQ\n\n## Why?\nBecause.\n");
        write(content, "faq.md", "# FAQ, again\n\n## Why?\nBecause.\n");
        write(content, "static/index.html", "<p>my own home page</p>");
        write(content, "static/Robots.txt", "User-agent: *");
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        assertFalse(result.output().isPresent());
        assertFalse(Files.exists(out));
        assertEquals(
                List.of(
                        "404.md:1:1: the page 404.md would be written to 404.html, like the generated not-found page",
                        "a-z.md:1:1: the page a-z.md would be written to a-z.html, like the generated A–Z index",
                        "faq.md:1:1: the page faq.md would be written to faq.html, like Faq.md:1 (the page Faq.md)",
                        "static/Robots.txt:1:1: the static file static/Robots.txt would be written to Robots.txt, like the "
                                + "generated robots.txt (file names that differ only in case are one file on many "
                                + "disks and hosts)",
                        "static/index.html:1:1: the static file static/index.html would be written to index.html, like the "
                                + "generated home page"),
                result.diagnostics().stream()
                        .map(d -> d.location() + ": " + d.message())
                        .toList());
        assertTrue(result.diagnostics().stream().allMatch(Diagnostic::isError));
        assertEquals(
                result.diagnostics(),
                Generator.builder().contentDirectory(content).build().check().diagnostics(),
                "check finds the same");
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new TreeSet<>(walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .toList());
        }
    }

    private static Set<String> html(Set<String> files) {
        return new TreeSet<>(files.stream().filter(f -> f.endsWith(".html")).toList());
    }
}
