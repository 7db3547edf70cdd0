package org.troubleshoot.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.model.Page;
import org.troubleshoot.parse.ContentParser;

class SiteAssemblerTest {
    private static final ContentParser PARSER = new ContentParser();

    private static Page page(String file, String text) {
        return PARSER.parseText(file, text).pages().get(0);
    }

    private static SiteSettings audience(String audience) {
        return new SiteSettings("Help", Optional.empty(), Optional.empty(), audience, false);
    }

    private static final String TROUBLESHOOTING = """
            ## Calls
            | Symptom | What to do |
            |---|---|
            | No calls | Wait |

            ## Internal tools {audience=admin}
            | Symptom | What to do |
            |---|---|
            | Sidekiq is down | Restart it |
            """;

    @Test
    void pagesAreInNavigationOrderAndTheGlossaryIsTakenOut() {
        SiteAssembler.Assembly assembly = SiteAssembler.assemble(
                List.of(
                        page("faq.md", "# FAQ\n\n## Why?\nBecause.\n"),
                        page("links.md", "| Term | Link |\n|---|---|\n| A | faq.md |\n"),
                        page("troubleshooting.md", TROUBLESHOOTING)),
                audience("all"));
        assertEquals(
                List.of("troubleshooting", "faq"),
                assembly.pages().stream().map(Page::id).toList());
        assertEquals("links.md", assembly.glossary().orElseThrow().sourceFile());
        assertEquals(SiteAssembler.LeftOut.NOTHING, assembly.left());
    }

    @Test
    void thePublicBuildLeavesOutAdminPagesAndCategoriesAndRemembersTheirAnchors() {
        SiteAssembler.Assembly assembly = SiteAssembler.assemble(
                List.of(
                        page("troubleshooting.md", TROUBLESHOOTING),
                        page("playbook.md", "---\naudience: admin\n---\n# Playbook\n\nText.\n")),
                audience(null));
        assertEquals(
                List.of("troubleshooting"),
                assembly.pages().stream().map(Page::id).toList());
        assertEquals(
                List.of("calls"),
                assembly.pages().get(0).categories().stream().map(c -> c.id()).toList());
        assertTrue(assembly.left().contains("playbook.md", null));
        assertTrue(assembly.left().contains("troubleshooting.md", "internal-tools"));
        assertTrue(assembly.left().contains("troubleshooting.md", "sidekiq-is-down"));
        assertEquals(
                Optional.empty(),
                SiteAssembler.forAudience(
                        page("playbook.md", "---\naudience: admin\n---\n# Playbook\n\nText.\n"), audience(null)));
        assertEquals(
                1,
                SiteAssembler.forAudience(page("troubleshooting.md", TROUBLESHOOTING), audience(null))
                        .orElseThrow()
                        .categories()
                        .size());
        assertEquals(
                2,
                SiteAssembler.forAudience(page("troubleshooting.md", TROUBLESHOOTING), audience("admin"))
                        .orElseThrow()
                        .categories()
                        .size());
    }
}
