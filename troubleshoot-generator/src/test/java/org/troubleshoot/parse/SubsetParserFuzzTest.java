package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Any text as a content file: the page and the diagnostics are the same whether the subset parser or
 * Flexmark's parser read it. A bounded fuzzing run follows the regression inputs in the normal test run (see
 * troubleshoot-generator/pom.xml).
 */
class SubsetParserFuzzTest {
    private static final ContentParser WITH_SUBSET = new ContentParser();
    private static final ContentParser FLEXMARK_ONLY = ContentParser.withFlexmarkOnly();

    @FuzzTest(maxDuration = "30s")
    void bothParsersGiveTheSamePage(@NotNull String text) {
        ParseResult expected = FLEXMARK_ONLY.parseText("troubleshooting.md", text);
        ParseResult actual = WITH_SUBSET.parseText("troubleshooting.md", text);
        assertEquals(expected.pages(), actual.pages(), text);
        assertEquals(
                expected.diagnostics().stream().map(d -> d.format()).sorted().toList(),
                actual.diagnostics().stream().map(d -> d.format()).sorted().toList(),
                text);
    }
}
