package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ids GitHub gives headings (github-slugger's rule), which links written against GitHub use. */
class GitHubIdsTest {
    @Test
    void emojiAndPunctuationGoEachSpaceIsAHyphenAndLettersOfEveryScriptStay() {
        assertEquals("-installation--schnellstart", GitHubIds.slug("🚀 Installation & Schnellstart"));
        assertEquals("-überblick--einsatzzwecke", GitHubIds.slug("🎯 Überblick & Einsatzzwecke"));
        assertEquals("-fehlerbehebung-troubleshooting", GitHubIds.slug("🔍 Fehlerbehebung (Troubleshooting)"));
        assertEquals("cant-log-in-error-401", GitHubIds.slug("Can't log in: error 401!"));
        assertEquals("version-12-notes", GitHubIds.slug("Version 1.2 notes"));
        assertEquals("snake_case-stays", GitHubIds.slug("snake_case stays"));
        assertEquals("lösung", GitHubIds.slug("Lösung"));
        assertEquals("症状と対処", GitHubIds.slug("症状と対処"));
        assertEquals("常见问题排查", GitHubIds.slug("常见问题（排查）"));
        // A keycap emoji is a digit and two marks, which GitHub keeps.
        assertEquals("phase-1\uFE0F\u20E3-setup", GitHubIds.slug("Phase 1\uFE0F\u20E3: Setup"));
        assertEquals("a--b", GitHubIds.slug("a — b"));
        assertEquals("tabsgo", GitHubIds.slug("tabs\tgo"));
    }

    @Test
    void repeatedHeadingsGetNumbersInDocumentOrderAsOnGitHub() {
        GitHubIds ids = new GitHubIds();
        assertEquals(
                List.of("faq", "faq-1", "faq-1-1", "faq-2", "faq-3", "-faq"),
                Stream.of("FAQ", "FAQ", "faq-1", "FAQ", "Faq", "❓ FAQ")
                        .map(ids::next)
                        .toList());
    }
}
