package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedNodeImpl;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Markdown that content pages are mostly written in straight into the syntax tree Flexmark would
 * build for it, without running Flexmark's general parser, which costs ten times as much per table row and
 * is slow to warm up in a short build.
 *
 * <p>The subset: YAML front matter of one-line {@code key: value} entries; ATX headings ({@code ## Calls});
 * paragraphs; tight lists of one-line {@code - item}s; pipe tables whose rows start and end with {@code |};
 * and in them text, code spans ({@code `x`}), strong emphasis ({@code **x**}) and inline links
 * ({@code [text](page.md#id)}). Whatever else a file has — a nested or loose list, a quote, a lone {@code *},
 * a backslash, a tab, raw HTML — or whatever could be read in more than one way makes it give up on the
 * whole file, which Flexmark then parses.
 *
 * <p>The tree is Flexmark's, node for node and offset for offset, so every later stage works the same on
 * either; {@code SubsetParserTest} compares the two on the seed, on generated pages and on random text.
 */
final class SubsetParser {
    /**
     * A document without options of its own: Flexmark's renderer, where it is used on this tree, then works
     * with its own options alone — the same options Flexmark's parser would have left on its documents.
     */
    private static DataHolder noOptions() {
        return new MutableDataSet();
    }

    /** The syntax tree of {@code text}, or empty when the text is not in the subset. */
    Optional<Document> parse(String text) {
        if (text.indexOf('\t') >= 0 || text.indexOf('\\') >= 0 || text.indexOf('\r') >= 0) {
            return Optional.empty();
        }
        Document document = new Document(noOptions(), BasedSequence.of(text));
        try {
            new Reader(text, document).read();
            return Optional.of(document);
        } catch (NotInSubset e) {
            return Optional.empty();
        }
    }

    /** Thrown (without a stack trace) at the first thing outside the subset. */
    private static final class NotInSubset extends RuntimeException {
        static final NotInSubset INSTANCE = new NotInSubset();

        private NotInSubset() {
            super("not in the subset", null, false, false);
        }
    }

    /** One file's text, read line by line. */
    private static final class Reader {
        private final String text;
        private final BasedSequence chars;
        private final Document document;
        /** Start offset of every line; a final empty line after the last newline is not a line. */
        private final int[] starts;
        private final int lineCount;

        Reader(String text, Document document) {
            this.text = text;
            this.document = document;
            this.chars = document.getChars();
            int count = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                count++;
            }
            boolean lastLineOpen = !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
            lineCount = count + (lastLineOpen ? 1 : 0);
            starts = new int[lineCount + 1];
            int line = 1;
            for (int i = text.indexOf('\n'); i >= 0 && line <= lineCount; i = text.indexOf('\n', i + 1)) {
                starts[line++] = i + 1;
            }
            starts[lineCount] = text.length() + (lastLineOpen ? 1 : 0);
        }

        private int start(int line) {
            return starts[line];
        }

        /** End of a line, before its newline. */
        private int end(int line) {
            int next = starts[line + 1];
            return next > text.length() ? text.length() : next - 1;
        }

        /** End of a line with its newline, if it has one. */
        private int endWithNewline(int line) {
            return Math.min(starts[line + 1], text.length());
        }

        private boolean isBlank(int line) {
            return start(line) == end(line);
        }

        private BasedSequence seq(int start, int end) {
            return chars.subSequence(start, end);
        }

        void read() {
            int line = 0;
            if (lineCount > 0 && text.startsWith("---") && end(0) == 3) {
                line = frontMatter();
            }
            while (line < lineCount) {
                if (isBlank(line)) {
                    line++;
                    continue;
                }
                char first = text.charAt(start(line));
                if (isHeading(line)) {
                    heading(line);
                    line++;
                } else if (isBulletItem(line)) {
                    line = bulletList(line);
                } else if (first == '|') {
                    line = table(line);
                } else {
                    line = paragraph(line);
                }
            }
        }

        /** {@code ---}, then {@code key: value} lines, then {@code ---}; returns the line after it. */
        private int frontMatter() {
            YamlFrontMatterBlock block = new YamlFrontMatterBlock();
            for (int line = 1; line < lineCount; line++) {
                int start = start(line);
                int end = end(line);
                if (end - start == 3 && (text.startsWith("---", start) || text.startsWith("...", start))) {
                    block.setChars(seq(0, end));
                    document.appendChild(block);
                    return line + 1;
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
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.';
        }

        /** The number of {@code #} a line starts with. */
        private int hashes(int line) {
            int start = start(line);
            int end = end(line);
            int level = 0;
            while (start + level < end && text.charAt(start + level) == '#') {
                level++;
            }
            return level;
        }

        /** A line that opens a heading: one to six {@code #} and a space or the end of the line. */
        private boolean isHeading(int line) {
            int level = hashes(line);
            int after = start(line) + level;
            return level >= 1 && level <= 6 && (after == end(line) || text.charAt(after) == ' ');
        }

        /** {@code #} to {@code ######}, one space, and text that neither starts nor ends with a space or #. */
        private void heading(int line) {
            int start = start(line);
            int end = end(line);
            int level = hashes(line);
            int content = start + level + 1;
            if (level > 6 || content >= end || text.charAt(content - 1) != ' ' || text.charAt(content) == ' '
                    || text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '#') {
                throw NotInSubset.INSTANCE;
            }
            Heading heading = new Heading(seq(start, end));
            heading.setLevel(level);
            heading.setOpeningMarker(seq(start, start + level));
            heading.setText(seq(content, end));
            inline(content, end, ' ', ' ', heading);
            document.appendChild(heading);
        }

        /** Lines up to a blank line or a heading; returns the line after the paragraph. */
        private int paragraph(int first) {
            int line = first;
            List<BasedSequence> lines = new ArrayList<>();
            Paragraph paragraph = new Paragraph();
            while (line < lineCount && !isBlank(line) && !isHeading(line) && !isBulletItem(line)) {
                int start = start(line);
                int end = end(line);
                if (!mayStartParagraphLine(start, end) || text.charAt(end - 1) == ' ') {
                    throw NotInSubset.INSTANCE;
                }
                if (line > first) {
                    paragraph.appendChild(new SoftLineBreak(seq(start - 1, start)));
                }
                inline(start, end, '\n', '\n', paragraph);
                lines.add(seq(start, endWithNewline(line)));
                line++;
            }
            int[] indents = new int[lines.size()];
            paragraph.setContent(seq(start(first), endWithNewline(line - 1)), lines, java.util.Arrays.stream(indents)
                    .boxed().toList());
            paragraph.setTrailingBlankLine(line < lineCount && isBlank(line));
            document.appendChild(paragraph);
            return line;
        }

        /** {@code - item}: a dash, a space and paragraph text. */
        private boolean isBulletItem(int line) {
            int start = start(line);
            return end(line) - start > 2 && text.charAt(start) == '-' && text.charAt(start + 1) == ' ';
        }

        /**
         * A tight list of one-line items, up to a blank line or a heading (any other line would continue the
         * last item); returns the line after it.
         */
        private int bulletList(int first) {
            BulletList list = new BulletList();
            list.setOpeningMarker('-');
            list.setTight(true);
            int line = first;
            while (line < lineCount && !isBlank(line) && !isHeading(line)) {
                int start = start(line);
                int end = end(line);
                if (!isBulletItem(line) || !mayStartParagraphLine(start + 2, end) || text.charAt(end - 1) == ' ') {
                    throw NotInSubset.INSTANCE;
                }
                boolean blankAfter = line + 1 < lineCount && isBlank(line + 1);
                BulletListItem item = new BulletListItem(seq(start, endWithNewline(line)));
                item.setOpeningMarker(seq(start, start + 1));
                item.setTight(true);
                item.setHadBlankAfterItemParagraph(blankAfter);
                Paragraph paragraph = new Paragraph();
                inline(start + 2, end, ' ', '\n', paragraph);
                BasedSequence content = seq(start + 2, endWithNewline(line));
                paragraph.setContent(content, List.of(content), List.of(0));
                paragraph.setTrailingBlankLine(blankAfter);
                item.appendChild(paragraph);
                list.appendChild(item);
                line++;
            }
            int next = line;
            while (next < lineCount && isBlank(next)) {
                next++;
            }
            if (next > line && next < lineCount && text.charAt(start(next)) == '-') {
                throw NotInSubset.INSTANCE; // items after a blank line make one loose list
            }
            list.setChars(seq(start(first), endWithNewline(line - 1)));
            document.appendChild(list);
            return line;
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
                return !(i < end && (text.charAt(i) == '.' || text.charAt(i) == ')')
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
                    return isAmpersand(start, end);
                default:
                    break;
            }
            if (c == '*') {
                // "**Next**" is strong text; "* item" or "***" would be a list or a rule.
                return end - start > 2 && text.charAt(start + 1) == '*' && Character.isLetterOrDigit(text.charAt(start + 2));
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

        /** A header row, a separator row and the body rows up to a blank line; returns the line after them. */
        private int table(int header) {
            int separator = header + 1;
            if (separator >= lineCount || isBlank(separator)) {
                throw NotInSubset.INSTANCE;
            }
            List<TableCell.Alignment> alignments = alignments(separator);
            int last = separator;
            while (last + 1 < lineCount && !isBlank(last + 1)) {
                last++;
                if (text.charAt(start(last)) != '|') {
                    throw NotInSubset.INSTANCE;
                }
            }
            TableBlock table = new TableBlock(seq(start(header), endWithNewline(last)));
            TableHead head = new TableHead(seq(start(header), end(header)));
            head.appendChild(row(header, 1, true, alignments));
            table.appendChild(head);
            TableSeparator separatorSection = new TableSeparator(seq(start(separator), end(separator)));
            separatorSection.appendChild(row(separator, 0, false, alignments));
            table.appendChild(separatorSection);
            TableBody body = last > separator ? new TableBody(seq(start(separator + 1), end(last)))
                    : new TableBody(seq(end(separator), end(separator)));
            for (int line = separator + 1; line <= last; line++) {
                body.appendChild(row(line, line - separator, false, alignments));
            }
            table.appendChild(body);
            document.appendChild(table);
            return last + 1;
        }

        /**
         * The alignment of each column from the separator row ({@code |:--|--:|}), null where none is given.
         * Its cells must be dashes with optional colons, the row must start and end with a pipe.
         */
        private List<TableCell.Alignment> alignments(int line) {
            int start = start(line);
            int end = end(line);
            if (end - start < 3 || text.charAt(start) != '|' || text.charAt(end - 1) != '|') {
                throw NotInSubset.INSTANCE;
            }
            List<TableCell.Alignment> alignments = new ArrayList<>();
            int cell = start + 1;
            for (int i = cell; i < end; i++) {
                if (text.charAt(i) != '|') {
                    continue;
                }
                int from = skipSpaces(cell, i);
                int to = skipSpacesBack(from, i);
                boolean left = from < to && text.charAt(from) == ':';
                boolean right = to - 1 > from && text.charAt(to - 1) == ':';
                int dashes = 0;
                for (int d = from + (left ? 1 : 0); d < to - (right ? 1 : 0); d++) {
                    if (text.charAt(d) != '-') {
                        throw NotInSubset.INSTANCE;
                    }
                    dashes++;
                }
                if (dashes == 0) {
                    throw NotInSubset.INSTANCE;
                }
                alignments.add(left && right ? TableCell.Alignment.CENTER : left ? TableCell.Alignment.LEFT
                        : right ? TableCell.Alignment.RIGHT : null);
                cell = i + 1;
            }
            return alignments;
        }

        /** The first position in {@code [from, to)} that is not a space, or {@code to}. */
        private int skipSpaces(int from, int to) {
            while (from < to && text.charAt(from) == ' ') {
                from++;
            }
            return from;
        }

        /** The end of {@code [from, to)} without its trailing spaces. */
        private int skipSpacesBack(int from, int to) {
            while (to > from && text.charAt(to - 1) == ' ') {
                to--;
            }
            return to;
        }

        /** One row: {@code | cell | cell |}, cells split at every pipe (there is no backslash to escape one). */
        private TableRow row(int line, int number, boolean header, List<TableCell.Alignment> alignments) {
            int start = start(line);
            int end = end(line);
            if (end - start < 2 || text.charAt(end - 1) != '|') {
                throw NotInSubset.INSTANCE;
            }
            TableRow row = new TableRow(seq(start, end));
            row.setRowNumber(number);
            int cellStart = start + 1;
            int column = 0;
            for (int pipe = cellStart; pipe < end; pipe++) {
                if (text.charAt(pipe) != '|') {
                    continue;
                }
                TableCell cell = new TableCell();
                if (column == 0) {
                    cell.setOpeningMarker(seq(start, start + 1));
                }
                cell.setClosingMarker(seq(pipe, pipe + 1));
                cell.setHeader(header);
                cell.setAlignment(column < alignments.size() ? alignments.get(column) : null);
                int from = skipSpaces(cellStart, pipe);
                int to = skipSpacesBack(from, pipe);
                if (from == to) {
                    // Blank: Flexmark keeps the first space as the cell's text.
                    if (cellStart < pipe) {
                        cell.setText(seq(cellStart, cellStart + 1));
                        cell.appendChild(new Text(seq(cellStart, cellStart + 1)));
                    }
                } else {
                    cell.setText(seq(from, to));
                    inline(from, to, text.charAt(from - 1), text.charAt(to), cell);
                    if (to < pipe && !(cell.getLastChild() instanceof Text)) {
                        // Flexmark leaves an empty text where it trimmed the spaces after markup.
                        cell.appendChild(new Text(seq(to, to)));
                    }
                }
                cell.setChars(seq(column == 0 ? start : cellStart, pipe + 1));
                row.appendChild(cell);
                column++;
                cellStart = pipe + 1;
            }
            return row;
        }

        /**
         * The inline content of {@code [start, end)}: text, code spans, strong emphasis and links, each written
         * so that only one reading is possible.
         *
         * @param before the character before the content (a space, a pipe or a newline)
         * @param after  the character after it
         */
        private void inline(int start, int end, char before, char after, Node parent) {
            int textStart = start;
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                int next;
                if (c == '`') {
                    next = code(i, end, parent, textStart);
                } else if (c == '*') {
                    next = strong(i, start, end, before, after, parent, textStart);
                } else if (c == '[') {
                    next = link(i, start, end, parent, textStart);
                } else if (c == ']' || c == '_' || c == '<' || c == '|' || c == '\\' || c == '&' && !isAmpersand(i, end)) {
                    throw NotInSubset.INSTANCE;
                } else {
                    i++;
                    continue;
                }
                i = next;
                textStart = next;
            }
            if (textStart < end) {
                parent.appendChild(new Text(seq(textStart, end)));
            }
        }

        private void flushText(int from, int to, Node parent) {
            if (from < to) {
                parent.appendChild(new Text(seq(from, to)));
            }
        }

        /** {@code `x`}: one backtick each side, no space at either end and no two spaces in a row. */
        private int code(int open, int end, Node parent, int textStart) {
            int close = text.indexOf('`', open + 1);
            if (close < 0 || close >= end || close == open + 1 || text.charAt(open + 1) == ' '
                    || text.charAt(close - 1) == ' ' || close + 1 < end && text.charAt(close + 1) == '`') {
                throw NotInSubset.INSTANCE;
            }
            int doubleSpace = text.indexOf("  ", open);
            if (doubleSpace >= 0 && doubleSpace < close) {
                throw NotInSubset.INSTANCE; // Flexmark would collapse it
            }
            return delimited(new Code(), open, close, 1, parent, textStart);
        }

        /** A node between two markers {@code width} characters wide, its text as its child; returns its end. */
        private int delimited(DelimitedNodeImpl node, int open, int close, int width, Node parent, int textStart) {
            flushText(textStart, open, parent);
            node.setOpeningMarker(seq(open, open + width));
            node.setText(seq(open + width, close));
            node.setClosingMarker(seq(close, close + width));
            node.setChars(seq(open, close + width));
            node.appendChild(new Text(seq(open + width, close)));
            parent.appendChild(node);
            return close + width;
        }

        /**
         * {@code **x**} after a space (or the start) and before a space, a punctuation mark or the end, with
         * letters or digits just inside both markers and only plain text between them.
         */
        private int strong(int open, int start, int end, char before, char after, Node parent, int textStart) {
            char previous = open == start ? before : text.charAt(open - 1);
            if (open + 2 >= end || text.charAt(open + 1) != '*' || !Character.isLetterOrDigit(text.charAt(open + 2))
                    || !(previous == ' ' || previous == '|' || previous == '\n')) {
                throw NotInSubset.INSTANCE;
            }
            int close = text.indexOf("**", open + 2);
            if (close < 0 || close + 2 > end || !Character.isLetterOrDigit(text.charAt(close - 1))
                    || !isPlain(open + 2, close)) {
                throw NotInSubset.INSTANCE;
            }
            char following = close + 2 == end ? after : text.charAt(close + 2);
            if (!(following == ' ' || following == '|' || following == '\n' || ".,;:!?)".indexOf(following) >= 0)) {
                throw NotInSubset.INSTANCE;
            }
            return delimited(new StrongEmphasis(), open, close, 2, parent, textStart);
        }

        /** {@code [text](destination)}: plain text, and a destination of URL characters only. */
        private int link(int open, int start, int end, Node parent, int textStart) {
            if (open > start && text.charAt(open - 1) == '!') {
                throw NotInSubset.INSTANCE; // an image
            }
            int closeText = text.indexOf(']', open + 1);
            if (closeText < 0 || closeText + 1 >= end || text.charAt(closeText + 1) != '('
                    || closeText == open + 1 || text.charAt(open + 1) == ' ' || text.charAt(closeText - 1) == ' '
                    || !isPlain(open + 1, closeText)) {
                throw NotInSubset.INSTANCE;
            }
            int openUrl = closeText + 1;
            int closeUrl = text.indexOf(')', openUrl + 1);
            if (closeUrl < 0 || closeUrl >= end || closeUrl == openUrl + 1 || !isDestination(openUrl + 1, closeUrl)) {
                throw NotInSubset.INSTANCE;
            }
            flushText(textStart, open, parent);
            Link link = new Link();
            link.setTextChars(seq(open, closeText + 1));
            link.setUrlChars(seq(openUrl + 1, closeUrl));
            link.setTitleChars(BasedSequence.NULL);
            link.setLinkOpeningMarker(seq(openUrl, openUrl + 1));
            link.setLinkClosingMarker(seq(closeUrl, closeUrl + 1));
            link.setChars(seq(open, closeUrl + 1));
            link.appendChild(new Text(seq(open + 1, closeText)));
            parent.appendChild(link);
            return closeUrl + 1;
        }

        /** Text in which no character could start or end markup. */
        private boolean isPlain(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '|' || c == '\\'
                        || c == '!' || c == '\n' || c == '&' && !isAmpersand(i, to)) {
                    return false;
                }
            }
            return true;
        }

        /** An {@code &} that cannot start an entity such as {@code &amp;} or {@code &#42;} ("R&D", "A & B"). */
        private boolean isAmpersand(int at, int end) {
            int i = at + 1;
            if (i < end && text.charAt(i) == '#') {
                return false;
            }
            while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            return i == end || text.charAt(i) != ';';
        }

        /**
         * A relative path with an optional anchor ({@code faq.md#billing}), or an http(s) or mailto URL: letters,
         * digits and {@code -._~/#?=%+@}, and a colon only after the scheme.
         */
        private boolean isDestination(int from, int to) {
            int rest = from;
            for (String scheme : new String[] {"https://", "http://", "mailto:"}) {
                if (text.startsWith(scheme, from)) {
                    rest = from + scheme.length();
                    break;
                }
            }
            for (int i = rest; i < to; i++) {
                char c = text.charAt(i);
                boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                        || "-._~/#?=%+@".indexOf(c) >= 0;
                if (!ok) {
                    return false;
                }
            }
            return to > rest;
        }
    }
}
