package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The switch that makes every page go through Flexmark, for triage (docs/hardening.md): it is read from the
 * system property or the environment when a {@link ContentParser} is made, and then no page is read by the
 * subset parser or written by {@link SimpleHtml}.
 */
class MarkdownSwitchTest {
    private static final MarkdownEngine.Mode SUBSET = MarkdownEngine.Mode.SUBSET;
    private static final MarkdownEngine.Mode FLEXMARK = MarkdownEngine.Mode.FLEXMARK;

    @Test
    void theSystemPropertyOrElseTheEnvironmentVariableNamesTheMode() {
        assertEquals(SUBSET, MarkdownEngine.Mode.of(null, null), "the default");
        assertEquals(FLEXMARK, MarkdownEngine.Mode.of(null, "flexmark"));
        assertEquals(FLEXMARK, MarkdownEngine.Mode.of("flexmark", null));
        assertEquals(FLEXMARK, MarkdownEngine.Mode.of(" Flexmark ", null));
        assertEquals(SUBSET, MarkdownEngine.Mode.of("subset", "flexmark"), "the property wins");
        assertEquals(FLEXMARK, MarkdownEngine.Mode.of("", "flexmark"), "an empty property is not set");
        assertEquals(SUBSET, MarkdownEngine.Mode.of(null, " "));
    }

    @Test
    void aMisspeltModeIsRefusedNamingTheSetting() {
        IllegalArgumentException variable =
                assertThrows(IllegalArgumentException.class, () -> MarkdownEngine.Mode.of(null, "flexmrak"));
        assertTrue(variable.getMessage().startsWith("TROUBLESHOOT_MARKDOWN is 'flexmrak'"), variable.getMessage());
        IllegalArgumentException property =
                assertThrows(IllegalArgumentException.class, () -> MarkdownEngine.Mode.of("on", "flexmark"));
        assertTrue(property.getMessage().startsWith("troubleshoot.markdown is 'on'"), property.getMessage());
    }

    @Test
    void withTheSwitchAPageTheSubsetParserReadsGoesThroughFlexmark() throws IOException {
        String seed = Files.readString(Path.of("src/test/resources/seed/troubleshooting.md"));
        // The property, not the environment, so that the test holds whatever the environment says.
        String before = System.getProperty(MarkdownEngine.Mode.PROPERTY);
        try {
            System.setProperty(MarkdownEngine.Mode.PROPERTY, "subset");
            ContentParser subset = new ContentParser();
            System.setProperty(MarkdownEngine.Mode.PROPERTY, "flexmark");
            ContentParser flexmark = new ContentParser();
            System.setProperty(MarkdownEngine.Mode.PROPERTY, "subset");

            ParseResult bySubset = subset.parseText("troubleshooting.md", seed);
            assertEquals(1, subset.engine().readBySubset(), "the seed is a page the subset parser reads");
            assertTrue(subset.engine().writesSimpleHtml());

            ParseResult byFlexmark = flexmark.parseText("troubleshooting.md", seed);
            assertEquals(0, flexmark.engine().readBySubset(), "with the switch, Flexmark read it");
            assertFalse(flexmark.engine().writesSimpleHtml(), "and writes it");
            assertEquals(bySubset.pages(), byFlexmark.pages());
        } finally {
            if (before == null) {
                System.clearProperty(MarkdownEngine.Mode.PROPERTY);
            } else {
                System.setProperty(MarkdownEngine.Mode.PROPERTY, before);
            }
        }
    }
}
