package org.troubleshoot.parse;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;

/**
 * Reads the Markdown that content pages are mostly written in straight into the syntax tree Flexmark would
 * build for it, without running Flexmark's general parser, which costs ten times as much per table row and
 * is slow to warm up in a short build.
 *
 * <p>The subset: YAML front matter of one-line {@code key: value} entries; ATX headings ({@code ## Calls});
 * paragraphs; tight lists of one-line {@code - item}s; pipe tables whose rows start and end with {@code |};
 * and in them text, code spans ({@code `x`}), emphasis ({@code *x*}), strong emphasis ({@code **x**}) and
 * inline links ({@code [text](page.md#id)}). Whatever else a file has — a nested or loose list, a quote, a
 * {@code *} that is not a marker, a backslash, a tab, raw HTML — or whatever could be read in more than one way
 * makes it give up on the whole file, which Flexmark then parses.
 *
 * <p>It works in layers, as jsoup's parser does: {@link Lines} (the text's lines and a cursor over them), the
 * {@link BlockReader} (blocks, with {@link PipeTableReader} for tables) and the {@link InlineReader} (the
 * text inside blocks). Any of them throws {@link NotInSubset} at the first thing outside the subset.
 *
 * <p>The tree is Flexmark's, node for node and offset for offset, so every later stage works the same on
 * either; {@code SubsetParserTest} compares the two on the seed, on generated pages and on random text.
 */
final class SubsetParser {
    /** The syntax tree of {@code text}, or empty when the text is not in the subset. */
    Optional<Document> parse(String text) {
        return parse(new Lines(text));
    }

    /** The syntax tree of a file's text (whose lines it has already found), or empty when not in the subset. */
    Optional<Document> parse(SourceText source) {
        return parse(source.lines());
    }

    private Optional<Document> parse(Lines lines) {
        String text = lines.text();
        // Ruled out for the whole file before reading a line: a tab is indentation of up to four columns and a
        // backslash escapes what follows it, anywhere; a carriage return ends a line of its own.
        if (text.indexOf('\t') >= 0 || text.indexOf('\\') >= 0 || text.indexOf('\r') >= 0) {
            return Optional.empty();
        }
        // A document without options of its own: Flexmark's renderer, where it is used on this tree, then works
        // with its own options alone — the same options Flexmark's parser would have left on its documents.
        Document document = new Document(new MutableDataSet(), BasedSequence.of(text));
        try {
            new BlockReader(lines, new InlineReader(text, document.getChars()), document).read();
            return Optional.of(document);
        } catch (NotInSubset e) {
            return Optional.empty();
        }
    }
}
