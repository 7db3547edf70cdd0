package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of block the block reader reads, as Flexmark reads it, and the lines that make it leave the file
 * to Flexmark. Tables have their own test ({@link PipeTableReaderTest}).
 */
class BlockReaderTest {
    private static final MarkdownEngine FLEXMARK = new MarkdownEngine();

    private static Document read(String text) {
        Document document = new Document(new MutableDataSet(), BasedSequence.of(text));
        new BlockReader(new Lines(text), new InlineReader(text, document.getChars()), document).read();
        return document;
    }

    /** Reads {@code text}, checks the tree is Flexmark's to the offset, and returns the blocks. */
    private static List<Node> blocks(String text) {
        Document document = read(text);
        assertEquals(SubsetParserTest.tree(FLEXMARK.parseWithFlexmark(text)), SubsetParserTest.tree(document), text);
        List<Node> blocks = new ArrayList<>();
        document.getChildren().forEach(blocks::add);
        return blocks;
    }

    private static void leftToFlexmark(String text) {
        assertThrows(NotInSubset.class, () -> read(text), text);
    }

    @Test
    void frontMatterOfOneLineValues() {
        List<Node> blocks = blocks("---\ntitle: \"Billing: invoices\"\norder:  2\nhidden:\n---\n# Billing\n");
        YamlFrontMatterBlock frontMatter = assertInstanceOf(YamlFrontMatterBlock.class, blocks.get(0));
        List<String> keys = new ArrayList<>();
        frontMatter.getChildren().forEach(node -> keys.add(((YamlFrontMatterNode) node).getKey()));
        assertEquals(List.of("title", "order", "hidden"), keys);
        assertInstanceOf(Heading.class, blocks.get(1), "reading goes on after the closing line");

        assertInstanceOf(
                YamlFrontMatterBlock.class, blocks("---\nx.y-z_1: a\n...\n").get(0), "closed by ...");
    }

    @Test
    void frontMatterThatIsNotOneLineValuesIsLeftToFlexmark() {
        leftToFlexmark("---\ntitle: x\n"); // never closed: Flexmark reads the whole file as front matter
        leftToFlexmark("---\ndescription: |\n  two\n  lines\n---\n");
        leftToFlexmark("---\ndescription: |\n---\n"); // a literal block, however short
        leftToFlexmark("---\nbad key: x\n---\n");
        leftToFlexmark("---\n- item\n---\n");
        leftToFlexmark("---\n:x\n---\n");
    }

    @Test
    void atxHeadingsOfEveryLevel() {
        for (int level = 1; level <= 6; level++) {
            String text = "#".repeat(level) + " Calls & **log-in**\n";
            Heading heading = assertInstanceOf(Heading.class, blocks(text).get(0));
            assertEquals(level, heading.getLevel());
            assertEquals("Calls & **log-in**", heading.getText().toString());
        }
        assertEquals(4, blocks("# A\n## B\nText\n### C").size(), "a heading needs no blank line around it");
    }

    @Test
    void headingsWithMoreThanOneReadingAreLeftToFlexmark() {
        leftToFlexmark("## Title ##\n"); // closing hashes
        leftToFlexmark("# C#\n");
        leftToFlexmark("##  Two spaces\n");
        leftToFlexmark("# Trailing space \n");
        leftToFlexmark("#\n");
        leftToFlexmark("####### Seven\n");
    }

    @Test
    void paragraphsRunToABlankLineAHeadingOrAListItem() {
        List<Node> blocks =
                blocks("First line, \"quoted\"\n(second) line: 50% off!\n\nNext\n# Heading\nText\n- item\n");
        Paragraph first = assertInstanceOf(Paragraph.class, blocks.get(0));
        assertEquals(2, first.getLineCount());
        assertInstanceOf(SoftLineBreak.class, first.getChildOfType(SoftLineBreak.class));
        assertTrue(first.isTrailingBlankLine());
        Paragraph next = assertInstanceOf(Paragraph.class, blocks.get(1));
        assertFalse(next.isTrailingBlankLine());
        assertInstanceOf(Heading.class, blocks.get(2));
        assertInstanceOf(Paragraph.class, blocks.get(3));
        assertInstanceOf(BulletList.class, blocks.get(4));
        blocks("Line without a final newline");
        blocks("#7 is not a heading; +1 and -5 are not items\n=x, ~y, `code`, **bold** start lines\n");
        blocks("2021 was a year\n12x\n");
    }

    @Test
    void linesThatCouldOpenAnotherBlockAreLeftToFlexmark() {
        for (String text : List.of(
                "> a quote\n",
                "1. step\n",
                "2) step\n",
                "Text\n1.\n",
                "Title\n===\n",
                "Title\n---\n",
                "* star item\n",
                "+ plus item\n",
                "***\n",
                "```\ncode\n```\n",
                "~~~\n",
                "    indented\n",
                " leading space\n",
                "Trailing space \n",
                "<div>\n",
                "&amp; entity\n",
                "= 5\n",
                "#\n",
                "-\n")) {
            leftToFlexmark(text);
        }
    }

    @Test
    void tightListsOfOneLineItems() {
        List<Node> blocks = blocks("- one\n- **two** and `three`\n- [four](faq.md)\n\nAfter\n");
        BulletList list = assertInstanceOf(BulletList.class, blocks.get(0));
        assertTrue(list.isTight());
        List<String> items = new ArrayList<>();
        list.getChildren()
                .forEach(item -> items.add(
                        ((BulletListItem) item).getFirstChild().getChars().toString()));
        assertEquals(List.of("one\n", "**two** and `three`\n", "[four](faq.md)\n"), items);
        assertInstanceOf(Paragraph.class, blocks.get(1));
        assertEquals(2, blocks("- a\n# Heading\n").size(), "a heading ends a list");
        blocks("- last item without a newline");
    }

    @Test
    void listsThatAreLooseNestedOrContinuedAreLeftToFlexmark() {
        leftToFlexmark("- a\n\n- b\n"); // one loose list
        leftToFlexmark("- a\n\n\n-b\n");
        leftToFlexmark("- item\ncontinued\n");
        leftToFlexmark("- - nested\n");
        leftToFlexmark("- a\n  - nested\n");
        leftToFlexmark("-  two spaces\n");
        leftToFlexmark("- trailing space \n");
    }

    @Test
    void aLineStartingWithAPipeIsATable() {
        List<Node> blocks = blocks("Title\n\n| a |\n|---|\n| 1 |\n\nAfter\n");
        assertInstanceOf(TableBlock.class, blocks.get(1));
        assertInstanceOf(Paragraph.class, blocks.get(2), "reading goes on after the table");
        leftToFlexmark("| a |\n| b |\n");
    }

    @Test
    void blankLinesAndTheEmptyFileGiveNoBlocks() {
        assertEquals(0, blocks("").size());
        assertEquals(0, blocks("\n\n\n").size());
        assertEquals(1, blocks("\n\nText\n\n").size());
    }
}
