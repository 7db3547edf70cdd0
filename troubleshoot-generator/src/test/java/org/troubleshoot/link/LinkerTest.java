package org.troubleshoot.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.assemble.SiteAssembler;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Urls;
import org.troubleshoot.parse.ContentParser;

class LinkerTest {
    @TempDir
    Path content;

    private Linker.Result link(String... fileAndText) throws IOException {
        for (int i = 0; i < fileAndText.length; i += 2) {
            Path file = content.resolve(fileAndText[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, fileAndText[i + 1]);
        }
        List<Page> pages = new ContentParser().parse(content, Set.of()).pages();
        return new Linker(new ContentParser().parse(content, Set.of()).assets()).link(pages);
    }

    private static List<String> messages(Linker.Result result) {
        return result.diagnostics().stream()
                .map(d -> d.location() + ": " + d.message())
                .toList();
    }

    private static final String TROUBLESHOOTING = """
            # Troubleshooting

            ## Calls

            | Symptom | What to do |
            |---|---|
            | New calls not appearing | Wait |
            """;

    @Test
    void linksToPagesCategoriesEntriesAndHeadingsBecomeSiteUrls() throws IOException {
        Linker.Result result = link("troubleshooting.md", TROUBLESHOOTING, "guides/faq.md", """
                # FAQ
                [page](../troubleshooting.md) [category](../troubleshooting.md#calls)
                [entry](../troubleshooting.md#new-calls-not-appearing) [question](#why)
                [written as title](../troubleshooting.md#Calls) [external](https://example.com/x.md)

                ## Why?
                Because.
                """);
        assertEquals(List.of(), result.diagnostics());
        Page faq = new ContentParser().parse(content, Set.of()).pages().get(0);
        assertEquals("guides/faq", faq.id());
        List<String> urls = result.links().urls().get("guides/faq");
        assertEquals(
                List.of(
                        "troubleshooting.html",
                        "troubleshooting/calls.html",
                        "troubleshooting/calls.html#new-calls-not-appearing",
                        "guides/faq.html#why",
                        "troubleshooting/calls.html"),
                urls);
    }

    @Test
    void brokenLinksAreErrorsAtTheirPosition() throws IOException {
        Linker.Result result = link("troubleshooting.md", TROUBLESHOOTING, "faq.md", """
                # FAQ
                See [missing](nowhere.md) and [bad anchor](troubleshooting.md#cals).
                Also [outside](../../etc/passwd).
                """);
        assertEquals(
                List.of(
                        "faq.md:2:5: link to 'nowhere.md': no file nowhere.md in the content folder",
                        "faq.md:2:31: link to 'troubleshooting.md#cals': troubleshooting.md has no anchor '#cals'",
                        "faq.md:3:6: link to '../../etc/passwd' leaves the content folder"),
                messages(result));
        assertEquals("faq.md", result.diagnostics().get(0).file());
        assertNull(result.links().urls().get("faq").get(0));
    }

    /** A symptom written on two rows is one entry with two causes: an anchor in the second cause is found too. */
    @Test
    void anchorsWrittenInHtmlInASymptomsSecondCauseAreFound() throws IOException {
        Linker.Result result = link("guide.md", """
                # Guide

                ## Sign-in
                | Symptom | Cause | What to do |
                |---|---|---|
                | Login fails | Expired token | Sign in again |
                | Login fails | Locked account | Ask an admin <a name="unlock"></a> |
                """, "links.md", """
                # Links
                [a](guide.md#unlock)
                """);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(
                List.of("guide/sign-in.html#user-content-unlock"),
                result.links().urls().get("links"));
    }

    @Test
    void linksWrittenAgainstGitHubFindHeadingsByGitHubsIdsAndAnchorsWrittenInHtml() throws IOException {
        Linker.Result result = link("guide.md", """
                # Guide

                ## 🚀 Installation & Schnellstart
                Text.

                ## FAQ
                Text.

                ## FAQ
                Text with a footnote <a name="footnote1"></a>here.

                ## 症状
                | 症状 | 原因 | 対処 |
                |---|---|---|
                | 音が出ない<a name="no-sound"></a> | ケーブル | 確認する |
                """, "links.md", """
                # Links
                [a](guide.md#-installation--schnellstart) [b](guide.md#faq-1) [c](guide.md#footnote1)
                [d](guide.md#%E7%97%87%E7%8A%B6) [e](guide.md#no-sound) [f](guide.md#guide) [g](guide.md#FAQ)
                [h](guide.md#installation-schnellstart)
                """);
        assertEquals(List.of(), result.diagnostics());
        // Our own slug of "症状" is empty: the category's file is named by the fallback, and GitHub's id finds it.
        String category = "guide/"
                + new ContentParser()
                        .parseText("guide.md", Files.readString(content.resolve("guide.md")))
                        .pages()
                        .get(0)
                        .categories()
                        .get(0)
                        .id()
                + ".html";
        assertEquals(
                List.of(
                        "guide.html#installation-schnellstart",
                        "guide.html#faq-2",
                        "guide.html#user-content-footnote1",
                        category,
                        category + "#user-content-no-sound",
                        "guide.html",
                        "guide.html#faq",
                        "guide.html#installation-schnellstart"),
                result.links().urls().get("links"));
    }

    @Test
    void withBrokenLinksAsWarningsALinkThatLeadsNowhereIsReportedAndShownAsText() throws IOException {
        Files.writeString(content.resolve("troubleshooting.md"), TROUBLESHOOTING);
        Files.writeString(content.resolve("faq.md"), """
                # FAQ
                See [missing](nowhere.md) and [bad anchor](troubleshooting.md#cals).
                Also [outside](../../etc/passwd) and [good](troubleshooting.md#calls).
                """);
        ContentParser parser = new ContentParser();
        Linker.Result result = new Linker(
                        parser.parse(content, Set.of()).assets(), SiteAssembler.LeftOut.NOTHING, BrokenLinks.WARN)
                .link(parser.parse(content, Set.of()).pages());
        assertEquals(
                List.of(
                        "faq.md:2:5: link to 'nowhere.md': no file nowhere.md in the content folder; it is shown as text",
                        "faq.md:2:31: link to 'troubleshooting.md#cals': troubleshooting.md has no anchor '#cals'; it is shown as text",
                        "faq.md:3:6: link to '../../etc/passwd' leaves the content folder; it is shown as text"),
                messages(result));
        assertTrue(result.diagnostics().stream().noneMatch(Diagnostic::isError));
        assertEquals(
                List.of(
                        ResolvedLinks.LEFT_OUT,
                        ResolvedLinks.LEFT_OUT,
                        ResolvedLinks.LEFT_OUT,
                        "troubleshooting/calls.html"),
                result.links().urls().get("faq"));
    }

    @Test
    void onlyTheContentFilesThatPagesLinkToAreAssets() throws IOException {
        Files.writeString(content.resolve("diagram.png"), "not really a png");
        Files.writeString(content.resolve("unused.png"), "not linked");
        Linker.Result result = link("faq.md", "# FAQ\n[diagram](diagram.png)\n");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of("diagram.png"), List.copyOf(result.links().assets().keySet()));
        assertEquals(List.of("diagram.png"), result.links().urls().get("faq"));
    }

    @Test
    void filesOfTheStaticFolderArePublishedAtTheRootAndLinksToThemLeadThere() throws IOException {
        Files.createDirectories(content.resolve("static/forms"));
        Files.writeString(content.resolve("static/forms/refund.pdf"), "a form");
        Files.writeString(content.resolve("static/favicon.ico"), "an icon");
        Linker.Result result = link("faq.md", "# FAQ\n[the form](static/forms/refund.pdf)\n");
        assertEquals(List.of(), result.diagnostics());
        assertEquals(List.of("forms/refund.pdf"), result.links().urls().get("faq"));
        assertEquals(
                List.of("favicon.ico", "forms/refund.pdf"),
                result.links().assets().values().stream()
                        .map(ContentAsset::url)
                        .sorted()
                        .toList());
    }

    @Test
    void aChangedPageIsRelinkedAloneOnlyWhenNothingOtherPagesSeeOfItChanged() {
        ContentParser parser = new ContentParser();
        Page faq = parser.parseText("faq.md", "# FAQ\n\n## Why?\nSee [calls](troubleshooting.md#calls).\n")
                .pages()
                .get(0);
        Page before =
                parser.parseText("troubleshooting.md", TROUBLESHOOTING).pages().get(0);
        Linker linker = new Linker(List.of());
        Linker.Result first = linker.link(List.of(before, faq), null, true);

        Page introOnly = parser.parseText(
                        "troubleshooting.md",
                        TROUBLESHOOTING.replace(
                                "## Calls\n", "## Calls\n\nNow with an introduction and a [link](faq.md#why).\n"))
                .pages()
                .get(0);
        Linker.Result relinked = Linker.relink(first, before, introOnly).orElseThrow();
        assertEquals(List.of("faq.html#why"), relinked.links().urls().get("troubleshooting"));
        assertEquals(first.pages().get(1), relinked.pages().get(1));
        assertEquals(
                List.of("troubleshooting/calls.html"), relinked.links().urls().get("faq"));

        Page renamed = parser.parseText("troubleshooting.md", TROUBLESHOOTING.replace("New calls", "No calls"))
                .pages()
                .get(0);
        assertTrue(Linker.relink(first, before, renamed).isEmpty(), "an anchor changed: the whole site is relinked");
    }

    @Test
    void relativePathsAreResolvedFromTheLinkingFile() {
        assertEquals("a/c.md", Urls.resolveContentPath("a/b.md", "c.md"));
        assertEquals("c.md", Urls.resolveContentPath("a/b.md", "../c.md"));
        assertEquals("x/c.md", Urls.resolveContentPath("a/b.md", "/x/c.md"));
        assertNull(Urls.resolveContentPath("b.md", "../c.md"));
    }
}
