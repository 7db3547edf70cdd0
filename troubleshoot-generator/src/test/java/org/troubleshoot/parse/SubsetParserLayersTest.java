package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The entry of the subset parser: what it rules out for the whole file before any reader starts, and that a
 * reader refusing anything, however deep in the file, leaves the whole file to Flexmark. (That what it reads
 * is Flexmark's tree is {@link SubsetParserTest}'s part.)
 */
class SubsetParserLayersTest {
    private final SubsetParser parser = new SubsetParser();

    @Test
    void tabsBackslashesAndCarriageReturnsRuleOutTheWholeFile() {
        for (String text : List.of(
                "Plain\ttext\n",
                "| a |\n|---|\n| x\ty |\n",
                "Plain \\ text\n",
                "# Title\r\nText\r\n",
                "Text\rmore\n")) {
            assertEquals(Optional.empty(), parser.parse(text), text);
        }
        assertTrue(parser.parse("Plain text\n").isPresent(), "the same text without them is read");
    }

    @Test
    void anythingOutsideTheSubsetAnywhereLeavesTheWholeFileToFlexmark() {
        String good = "---\ntitle: x\n---\n# Title\n\nText with `code`.\n\n| a | b |\n|---|---|\n| 1 | **2** |\n";
        assertTrue(parser.parse(good).isPresent());
        assertEquals(Optional.empty(), parser.parse(good + "| 3 | _4_ |\n"), "the inline reader, in the last cell");
        assertEquals(Optional.empty(), parser.parse(good + "\n> quote\n"), "the block reader, on the last line");
        assertEquals(
                Optional.empty(), parser.parse(good + "| 3 | 4\n"), "the table reader, on a row without its last pipe");
        assertEquals(Optional.empty(), parser.parse(good.replace("title: x", "title: |")), "the front matter");
    }

    @Test
    void aFileIsReadFromItsSourceTextAsFromItsText() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/seed/troubleshooting.md"));
        SourceText source = SourceText.decode(bytes);
        Optional<Document> fromSource = parser.parse(source);
        assertTrue(fromSource.isPresent(), "the seed is in the subset");
        assertEquals(
                SubsetParserTest.tree(parser.parse(source.text()).orElseThrow()),
                SubsetParserTest.tree(fromSource.get()));
        assertEquals(
                SubsetParserTest.tree(fromSource.get()),
                SubsetParserTest.tree(parser.parse(source).orElseThrow()),
                "each parse gets the lines from the start");
    }
}
