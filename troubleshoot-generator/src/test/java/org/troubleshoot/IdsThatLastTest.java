package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;

/** Pinned ids, aliases and the comparison with a published site.json. */
class IdsThatLastTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("troubleshooting.md"), text);
        return content;
    }

    private BuildResult build(Path content, String out, String previous) {
        Generator.Builder builder =
                Generator.builder().contentDirectory(content).outputDirectory(dir.resolve(out));
        if (previous != null) {
            builder.previousSite(previous);
        }
        return builder.build().generate();
    }

    @Test
    void aWriterPinsIdsAndListsOldOnesThatStillLeadToTheEntry() throws IOException {
        Path content = write("""
                ## Sign-in problems {#login-access #sign-in}
                | Symptom | What to do |
                |---|---|
                | "Your account is not active" {#inactive #account-not-active} | Contact admin |
                | Page is blank | Reload |
                """);
        BuildResult result = build(content, "site", null);
        assertEquals(List.of(), result.diagnostics());
        Page page = result.site().pages().get(0);
        Category category = page.categories().get(0);
        assertEquals("login-access", category.id());
        assertEquals("Sign-in problems", category.title());
        assertEquals(List.of("sign-in"), category.aliases());
        Entry entry = category.entries().get(0);
        assertEquals("inactive", entry.id());
        assertEquals(List.of("account-not-active"), entry.aliases());
        assertEquals("\"Your account is not active\"", entry.symptom().text());

        SiteChecks site = new SiteChecks(dir.resolve("site"));
        // The old row id is an anchor inside the row; the old category id is a page that forwards.
        assertEquals(
                "inactive",
                site.resolve("troubleshooting/login-access.html#account-not-active")
                        .closest("tr")
                        .id());
        assertEquals(
                "\"Your account is not active\" ¶",
                site.page("troubleshooting/login-access.html")
                        .getElementById("inactive")
                        .selectFirst("th")
                        .text());
        String forward = Files.readString(dir.resolve("site/troubleshooting/sign-in.html"));
        assertTrue(forward.contains("url=login-access.html"), forward);
        assertEquals(List.of(), site.brokenLinks());
        String json = Files.readString(dir.resolve("site/site.json"));
        assertTrue(json.contains("\"aliases\":[\"account-not-active\"]"), json); // an entry is one line
    }

    @Test
    void badAndDuplicatePinnedIdsAreErrors() throws IOException {
        Path content = write("""
                ## Calls {#Calls_Page}
                | Symptom | What to do |
                |---|---|
                | A {#same} | X |
                | B {#same} | Y |
                """);
        List<String> messages = build(content, "site", null).diagnostics().stream()
                .map(d -> d.location() + ": " + d.message())
                .toList();
        assertEquals(
                List.of(
                        "troubleshooting.md:1:1: id 'Calls_Page' is not a valid id",
                        "troubleshooting.md:5:3: id 'same' is used twice on this page"),
                messages);
    }

    @Test
    void theCheckAgainstAPublishedSiteReportsEveryAddressThatDisappearedWithoutAnAlias() throws IOException {
        Path content = write("""
                ## Calls
                | Symptom | What to do |
                |---|---|
                | New calls not appearing | Wait |
                | Recording won't play | Wait |
                | Caller is anonymous | Nothing |
                """);
        assertEquals(List.of(), build(content, "published", null).diagnostics());
        String published = dir.resolve("published/site.json").toString();

        // One symptom reworded with its old id kept, one reworded without, one removed.
        write("""
                ## Calls
                | Symptom | What to do |
                |---|---|
                | Calls are missing {#calls-are-missing #new-calls-not-appearing} | Wait |
                | Recording audio won't play | Wait |
                """);
        BuildResult result = build(content, "next", published);
        List<String> messages = result.diagnostics().stream()
                .map(d -> d.location() + ": " + d.message())
                .toList();
        assertEquals(
                List.of(
                        "troubleshooting.md:5:1: entry \"Recording won't play\" was published at "
                                + "troubleshooting/calls.html#recording-wont-play, which no longer exists",
                        "troubleshooting.md:6:1: entry \"Caller is anonymous\" was published at "
                                + "troubleshooting/calls.html#caller-is-anonymous, which no longer exists"),
                messages);
        Diagnostic first = result.diagnostics().get(0);
        assertTrue(first.hint().contains("{#new-id #recording-wont-play}"), first.hint());
        assertTrue(result.output().isEmpty());

        // The same check through a file: URL, after the writer adds the aliases.
        write("""
                ## Calls
                | Symptom | What to do |
                |---|---|
                | Calls are missing {#calls-are-missing #new-calls-not-appearing} | Wait |
                | Recording audio won't play {#recording-audio-wont-play #recording-wont-play} | Wait |
                | Caller is anonymous | Nothing |
                """);
        BuildResult fixed = build(
                content, "next", dir.resolve("published/site.json").toUri().toString());
        assertEquals(List.of(), fixed.diagnostics());
        assertNotNull(new SiteChecks(dir.resolve("next")).resolve("troubleshooting/calls.html#recording-wont-play"));
    }

    @Test
    void anUnreadablePreviousSiteIsAnErrorNotACrash() throws IOException {
        Path content = write("## Calls\n| Symptom | What to do |\n|---|---|\n| A | B |\n");
        BuildResult result = build(content, "site", dir.resolve("missing.json").toString());
        assertEquals(1, result.errorCount());
        assertTrue(result.diagnostics().get(0).message().startsWith("cannot read the previous site.json"));
    }
}
