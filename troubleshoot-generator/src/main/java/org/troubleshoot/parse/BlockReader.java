package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The second layer of the subset parser: moves down the {@link Lines} of a file and appends to its document
 * the block nodes Flexmark's block parser makes of them — YAML front matter of one-line {@code key: value}
 * entries, ATX headings, paragraphs, tight lists of one-line {@code - item}s and pipe tables (those read by
 * {@link PipeTableReader}) — leaving what is inside each to the {@link InlineReader}.
 *
 * <p>A line that could open any other block (a quote, a fence, a numbered item, a setext underline, indented
 * code, a rule) or that would make a block mean something else (a loose list, a lazy continuation line, a
 * heading with closing hashes) throws {@link NotInSubset}.
 */
final class BlockReader {
    private final Lines lines;
    private final String text;
    private final BasedSequence chars;
    private final InlineReader inline;
    private final PipeTableReader tables;
    private final Document document;

    /** @param lines the file's lines, the cursor at the first one; {@code document} is made of their text */
    BlockReader(Lines lines, InlineReader inline, Document document) {
        this.lines = lines;
        this.text = lines.text();
        this.chars = document.getChars();
        this.inline = inline;
        this.tables = new PipeTableReader(lines, chars, inline);
        this.document = document;
    }

    private BasedSequence seq(int start, int end) {
        return chars.subSequence(start, end);
    }

    /** Reads every block of the file into the document. */
    void read() {
        if (lines.count() > 0 && text.startsWith("---") && lines.end(0) == 3) {
            frontMatter();
        }
        while (lines.hasLine()) {
            int line = lines.current();
            if (lines.isBlank(line)) {
                lines.advance();
            } else if (isHeading(line)) {
                heading(line);
                lines.advance();
            } else if (isBulletItem(line)) {
                bulletList();
            } else if (text.charAt(lines.start(line)) == '|') {
                document.appendChild(tables.read());
            } else {
                paragraph();
            }
        }
    }

    /** {@code ---}, then {@code key: value} lines, then {@code ---} (or {@code ...}); the cursor ends after it. */
    private void frontMatter() {
        YamlFrontMatterBlock block = new YamlFrontMatterBlock();
        for (int line = lines.advance(); lines.hasLine(); line = lines.advance()) {
            int start = lines.start(line);
            int end = lines.end(line);
            if (end - start == 3 && (text.startsWith("---", start) || text.startsWith("...", start))) {
                block.setChars(seq(0, end));
                document.appendChild(block);
                lines.advance();
                return;
            }
            int colon = start;
            while (colon < end && isKeyChar(text.charAt(colon))) {
                colon++;
            }
            if (colon == start || colon == end || text.charAt(colon) != ':') {
                throw NotInSubset.INSTANCE;
            }
            int value = colon + 1;
            while (value < end && text.charAt(value) == ' ') {
                value++;
            }
            if (end - value == 1 && text.charAt(value) == '|') {
                throw NotInSubset.INSTANCE; // a literal block: more lines belong to this value
            }
            List<BasedSequence> values = value < end ? List.of(seq(value, end)) : List.of();
            YamlFrontMatterNode node = new YamlFrontMatterNode(seq(start, colon), values);
            node.setChars(seq(start, value < end ? end : colon));
            block.appendChild(node);
        }
        throw NotInSubset.INSTANCE; // never closed: Flexmark reads the whole file as front matter
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
    }

    /** The number of {@code #} a line starts with. */
    private int hashes(int line) {
        int start = lines.start(line);
        int end = lines.end(line);
        int level = 0;
        while (start + level < end && text.charAt(start + level) == '#') {
            level++;
        }
        return level;
    }

    /** A line that opens a heading: one to six {@code #} and a space or the end of the line. */
    private boolean isHeading(int line) {
        int level = hashes(line);
        int after = lines.start(line) + level;
        return level >= 1 && level <= 6 && (after == lines.end(line) || text.charAt(after) == ' ');
    }

    /** {@code #} to {@code ######}, one space, and text that neither starts nor ends with a space or #. */
    private void heading(int line) {
        int start = lines.start(line);
        int end = lines.end(line);
        int level = hashes(line);
        int content = start + level + 1;
        if (level > 6
                || content >= end
                || text.charAt(content - 1) != ' '
                || text.charAt(content) == ' '
                || text.charAt(end - 1) == ' '
                || text.charAt(end - 1) == '#') {
            throw NotInSubset.INSTANCE;
        }
        Heading heading = new Heading(seq(start, end));
        heading.setLevel(level);
        heading.setOpeningMarker(seq(start, start + level));
        heading.setText(seq(content, end));
        inline.read(content, end, ' ', ' ', heading);
        document.appendChild(heading);
    }

    /** Lines up to a blank line, a heading or a list item; the cursor ends after them. */
    private void paragraph() {
        int first = lines.current();
        List<BasedSequence> contentLines = new ArrayList<>();
        Paragraph paragraph = new Paragraph();
        for (int line = first;
                lines.hasLine() && !lines.isBlank(line) && !isHeading(line) && !isBulletItem(line);
                line = lines.advance()) {
            int start = lines.start(line);
            int end = lines.end(line);
            if (!mayStartParagraphLine(start, end) || text.charAt(end - 1) == ' ') {
                throw NotInSubset.INSTANCE;
            }
            if (line > first) {
                paragraph.appendChild(new SoftLineBreak(seq(start - 1, start)));
            }
            inline.read(start, end, '\n', '\n', paragraph);
            contentLines.add(seq(start, lines.endWithNewline(line)));
        }
        int next = lines.current();
        paragraph.setContent(
                seq(lines.start(first), lines.endWithNewline(next - 1)),
                contentLines,
                Collections.nCopies(contentLines.size(), 0));
        paragraph.setTrailingBlankLine(lines.hasLine() && lines.isBlank(next));
        document.appendChild(paragraph);
    }

    /** {@code - item}: a dash, a space and paragraph text. */
    private boolean isBulletItem(int line) {
        int start = lines.start(line);
        return lines.end(line) - start > 2 && text.charAt(start) == '-' && text.charAt(start + 1) == ' ';
    }

    /**
     * A tight list of one-line items, up to a blank line or a heading (any other line would continue the
     * last item); the cursor ends after it.
     */
    private void bulletList() {
        int first = lines.current();
        BulletList list = new BulletList();
        list.setOpeningMarker('-');
        list.setTight(true);
        for (int line = first; lines.hasLine() && !lines.isBlank(line) && !isHeading(line); line = lines.advance()) {
            int start = lines.start(line);
            int end = lines.end(line);
            if (!isBulletItem(line) || !mayStartParagraphLine(start + 2, end) || text.charAt(end - 1) == ' ') {
                throw NotInSubset.INSTANCE;
            }
            boolean blankAfter = line + 1 < lines.count() && lines.isBlank(line + 1);
            BulletListItem item = new BulletListItem(seq(start, lines.endWithNewline(line)));
            item.setOpeningMarker(seq(start, start + 1));
            item.setTight(true);
            item.setHadBlankAfterItemParagraph(blankAfter);
            Paragraph paragraph = new Paragraph();
            inline.read(start + 2, end, ' ', '\n', paragraph);
            BasedSequence content = seq(start + 2, lines.endWithNewline(line));
            paragraph.setContent(content, List.of(content), List.of(0));
            paragraph.setTrailingBlankLine(blankAfter);
            item.appendChild(paragraph);
            list.appendChild(item);
        }
        int after = lines.current();
        int next = after;
        while (next < lines.count() && lines.isBlank(next)) {
            next++;
        }
        if (next > after && next < lines.count() && text.charAt(lines.start(next)) == '-') {
            throw NotInSubset.INSTANCE; // items after a blank line make one loose list
        }
        list.setChars(seq(lines.start(first), lines.endWithNewline(after - 1)));
        document.appendChild(list);
    }

    /**
     * A line that can only be paragraph text: not a list item, quote, fence, thematic break, setext
     * underline, HTML, table, link reference definition or indented code.
     */
    private boolean mayStartParagraphLine(int start, int end) {
        char c = text.charAt(start);
        if (c >= '0' && c <= '9') {
            int i = start;
            while (i < end && i - start < 10 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            // "1. step" or "2) step" is a list item.
            return !(i < end
                    && (text.charAt(i) == '.' || text.charAt(i) == ')')
                    && (i + 1 == end || text.charAt(i + 1) == ' '));
        }
        char second = end - start > 1 ? text.charAt(start + 1) : '\n';
        switch (c) {
            case '#': // "#7" (a heading needs a space after the hashes)
            case '=': // "= 5" (a setext underline is all equals signs)
            case '~': // "~x" ("~~~" opens a code block)
                return second != ' ' && second != '\n' && second != c;
            case '+': // "+1" ("+ item" is a list item)
            case '-': // "-5" ("- item" is a list item, "---" a rule)
                return Character.isLetterOrDigit(second);
            case '&':
                return inline.isAmpersand(start, end);
            default:
                break;
        }
        if (c == '*') {
            // "**Next**" is strong text; "* item" or "***" would be a list or a rule.
            return end - start > 2
                    && text.charAt(start + 1) == '*'
                    && Character.isLetterOrDigit(text.charAt(start + 2));
        }
        if (c == '`') {
            return end - start > 1 && text.charAt(start + 1) != '`'; // "```" opens a code block
        }
        if (c < 0x80) {
            // '[' may start a link; a link reference definition ("[x]: url") is refused by the link reader.
            return Character.isLetter(c) || "\"'(),.:;?!$%@/{}[".indexOf(c) >= 0;
        }
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }
}
