package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of inline content, read as Flexmark reads it in a paragraph, and what is left to Flexmark. */
class InlineReaderTest {
    private static final MarkdownEngine FLEXMARK = new MarkdownEngine();

    /** The inline content of a paragraph of one line, {@code line}, as the inline reader reads it. */
    private static Paragraph read(String line, char before, char after) {
        String text = line + "\n";
        Paragraph paragraph = new Paragraph();
        new InlineReader(text, BasedSequence.of(text)).read(0, line.length(), before, after, paragraph);
        return paragraph;
    }

    /** Reads {@code line}, checks its nodes are those of Flexmark's paragraph to the offset, and returns them. */
    private static List<Node> nodes(String line) {
        Paragraph paragraph = read(line, '\n', '\n');
        Node flexmark = FLEXMARK.parseWithFlexmark(line + "\n").getFirstChild();
        assertInstanceOf(Paragraph.class, flexmark, line);
        assertEquals(children(flexmark), children(paragraph), line);
        List<Node> nodes = new ArrayList<>();
        paragraph.getChildren().forEach(nodes::add);
        return nodes;
    }

    private static String children(Node parent) {
        StringBuilder out = new StringBuilder();
        parent.getChildren().forEach(child -> out.append(SubsetParserTest.tree(child)));
        return out.toString();
    }

    private static void leftToFlexmark(String line) {
        assertThrows(NotInSubset.class, () -> read(line, '\n', '\n'), line);
    }

    @Test
    void textIsOneNode() {
        List<Node> nodes = nodes("Plain words, \"quotes\", (parens), 50% off — élan; R&D, A & B and &copy! #7 ~x~");
        assertEquals(1, nodes.size());
        assertInstanceOf(Text.class, nodes.get(0));
    }

    @Test
    void codeSpans() {
        List<Node> nodes = nodes("Check `rates/current` now");
        assertEquals(3, nodes.size());
        Code code = assertInstanceOf(Code.class, nodes.get(1));
        assertEquals("rates/current", code.getText().toString());
        nodes("`a b`, `a&b`, `<b>`, `**x**` and `[x](y)`");
        nodes("`x`");
    }

    @Test
    void codeSpansWithMoreThanOneReadingAreLeftToFlexmark() {
        for (String line : List.of("`a  b`", "` x`", "`x `", "``x``", "`x``", "`unclosed", "``")) {
            leftToFlexmark(line);
        }
    }

    @Test
    void strongEmphasis() {
        List<Node> nodes = nodes("then **escalate** with the **org id**.");
        StrongEmphasis strong = assertInstanceOf(StrongEmphasis.class, nodes.get(1));
        assertEquals("escalate", strong.getText().toString());
        assertInstanceOf(StrongEmphasis.class, nodes.get(3));
        nodes("**401** first, then **x**, **y**; **z**: **w**! **v**? (a **b**)");
    }

    @Test
    void strongEmphasisDependsOnWhatIsAroundIt() {
        assertDoesNotThrow(() -> read("**x**", '|', '|'), "in a cell, between pipes");
        assertThrows(NotInSubset.class, () -> read("**x**", 'a', '\n'));
        assertThrows(NotInSubset.class, () -> read("**x**", '\n', 'a'));
    }

    @Test
    void emphasis() {
        List<Node> nodes = nodes("log out, then *refresh* the page and *try again*.");
        Emphasis emphasis = assertInstanceOf(Emphasis.class, nodes.get(1));
        assertEquals("refresh", emphasis.getText().toString());
        assertInstanceOf(Emphasis.class, nodes.get(3));
        nodes("*401* first, then *x*, *y*; *z*: *w*! *v*? (a *b*) and **c**");
        assertDoesNotThrow(() -> read("*x*", '|', '|'), "in a cell, between pipes");
        assertThrows(NotInSubset.class, () -> read("*x*", 'a', '\n'));
        assertThrows(NotInSubset.class, () -> read("*x*", '\n', 'a'));
    }

    @Test
    void anUnderscoreInsideAWordIsText() {
        List<Node> nodes = nodes("The \"invalid_grant\" error from redirect_uri_mismatch and 2_3");
        assertEquals(1, nodes.size());
        assertInstanceOf(Text.class, nodes.get(0));
    }

    @Test
    void emphasisWithMoreThanOneReadingIsLeftToFlexmark() {
        for (String line : List.of(
                "_em_",
                "__em__",
                "_snake",
                "snake_",
                "a _b",
                "*x*y",
                "a*x*",
                "* x*",
                "*x *",
                "*(x)*",
                "(*x*)",
                "*x**",
                "**x*",
                "*a **b** c*",
                "*a_b*",
                "*unclosed",
                "***x***",
                "**x**y",
                "a**x**",
                "** x**",
                "**x **",
                "**unclosed",
                "**(x)**",
                "(**x**)",
                "**a *b* c**",
                "a * b",
                "**`x`**")) {
            leftToFlexmark(line);
        }
    }

    @Test
    void inlineLinks() {
        List<Node> nodes = nodes("See [the FAQ](faq.md) or [Calls](troubleshooting.md#calls).");
        Link link = assertInstanceOf(Link.class, nodes.get(1));
        assertEquals("faq.md", link.getUrl().toString());
        assertEquals("the FAQ", link.getText().toString());
        assertInstanceOf(Link.class, nodes.get(3));
        nodes("[status](https://status.example.com/x?y=1%20) [mail](mailto:help@example.com) [#](#anchor)");
        nodes("[a-b.c](http://x.org/~me/a+b@c)");
    }

    @Test
    void linksWithMoreThanOneReadingAreLeftToFlexmark() {
        for (String line : List.of(
                "[x]",
                "[x] (y.md)",
                "[x][y]",
                "![i](a.png)",
                "[x](y z.md)",
                "[x](javascript:alert)",
                "[ x](y.md)",
                "[x ](y.md)",
                "[**b**](y.md)",
                "[x]()",
                "[](y.md)",
                "[x](<y.md>)",
                "[x](y.md \"t\")",
                "[x](y.md",
                "[a [b]](c.md)",
                "[x](y.md?a&b)",
                "[a_b](c.md)")) {
            leftToFlexmark(line);
        }
    }

    @Test
    void rawHtmlEntitiesBackslashesAndStrayBracketsAreLeftToFlexmark() {
        for (String line :
                List.of("<b>bold</b>", "a <br> b", "&amp;", "A &#42; B", "x &copy; y", "a\\*b", "a]b", "a|b")) {
            leftToFlexmark(line);
        }
    }

    @Test
    void anAmpersandIsTextUnlessItCouldStartAnEntity() {
        String text = "R&D A & B &amp; &#42; &x &copy";
        InlineReader reader = new InlineReader(text, BasedSequence.of(text));
        assertTrue(reader.isAmpersand(text.indexOf("&D"), text.length()));
        assertTrue(reader.isAmpersand(text.indexOf("& B"), text.length()));
        assertFalse(reader.isAmpersand(text.indexOf("&amp;"), text.length()));
        assertFalse(reader.isAmpersand(text.indexOf("&#"), text.length()));
        assertTrue(reader.isAmpersand(text.indexOf("&x"), text.length()));
        assertTrue(reader.isAmpersand(text.indexOf("&copy"), text.length()), "no semicolon, no entity");
        assertTrue(
                reader.isAmpersand(text.indexOf("&amp;"), text.indexOf("&amp;") + 4),
                "the semicolon is past the end it may look at");
    }
}
