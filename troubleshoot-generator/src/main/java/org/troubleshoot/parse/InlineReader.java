package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedNodeImpl;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The third layer of the subset parser: the inline content of a heading, a paragraph, a list item or a table
 * cell, read into the nodes Flexmark's inline parser makes of it — text, code spans ({@code `x`}), emphasis
 * ({@code *x*}), strong emphasis ({@code **x**}) and inline links ({@code [text](page.md#id)}).
 *
 * <p>Each is accepted only where it has a single reading; anything else (a {@code *} that is not a marker, an
 * {@code _}, a {@code ]}, raw HTML, an entity, an image, a backslash) throws {@link NotInSubset}. Flexmark's
 * rules for emphasis and brackets depend on what surrounds a marker, which is why {@link #read} is told the
 * characters just outside the content.
 */
final class InlineReader {
    private final String text;
    /** The document's characters: every node's text is a piece of them, at the same offsets. */
    private final BasedSequence chars;

    InlineReader(String text, BasedSequence chars) {
        this.text = text;
        this.chars = chars;
    }

    private BasedSequence seq(int start, int end) {
        return chars.subSequence(start, end);
    }

    /**
     * Appends the inline content of {@code [start, end)} to {@code parent}.
     *
     * @param before the character before the content (a space, a pipe or a newline)
     * @param after  the character after it
     */
    void read(int start, int end, char before, char after, Node parent) {
        int textStart = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int next;
            if (c == '`') {
                next = code(i, end, parent, textStart);
            } else if (c == '*') {
                next = i + 1 < end && text.charAt(i + 1) == '*'
                        ? emphasis(new StrongEmphasis(), 2, i, start, end, before, after, parent, textStart)
                        : emphasis(new Emphasis(), 1, i, start, end, before, after, parent, textStart);
            } else if (c == '[') {
                next = link(i, start, end, parent, textStart);
            } else if (c == '_' && isInWord(i, start, end)) {
                i++; // snake_case: an underscore between letters or digits can neither open nor close emphasis
                continue;
            } else if (c == ']' || c == '_' || c == '<' || c == '|' || c == '\\' || c == '&' && !isAmpersand(i, end)) {
                throw NotInSubset.INSTANCE;
            } else {
                i++;
                continue;
            }
            i = next;
            textStart = next;
        }
        flushText(textStart, end, parent);
    }

    private void flushText(int from, int to, Node parent) {
        if (from < to) {
            parent.appendChild(new Text(seq(from, to)));
        }
    }

    /** {@code `x`}: one backtick each side, no space at either end and no two spaces in a row. */
    private int code(int open, int end, Node parent, int textStart) {
        int close = text.indexOf('`', open + 1);
        if (close < 0
                || close >= end
                || close == open + 1
                || text.charAt(open + 1) == ' '
                || text.charAt(close - 1) == ' '
                || close + 1 < end && text.charAt(close + 1) == '`') {
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
     * {@code **x**} (strong, {@code width} 2) or {@code *x*} (emphasis, {@code width} 1) after a space (or the
     * start) and before a space, a punctuation mark or the end, with letters or digits just inside both markers
     * and only plain text between them: where neither marker can be read as anything else.
     */
    private int emphasis(
            DelimitedNodeImpl node,
            int width,
            int open,
            int start,
            int end,
            char before,
            char after,
            Node parent,
            int textStart) {
        char previous = open == start ? before : text.charAt(open - 1);
        if (open + width >= end
                || !Character.isLetterOrDigit(text.charAt(open + width))
                || !(previous == ' ' || previous == '|' || previous == '\n')) {
            throw NotInSubset.INSTANCE;
        }
        int close = text.indexOf(width == 2 ? "**" : "*", open + width);
        if (close < 0
                || close + width > end
                || !Character.isLetterOrDigit(text.charAt(close - 1))
                || !isPlain(open + width, close)) {
            throw NotInSubset.INSTANCE;
        }
        char following = close + width == end ? after : text.charAt(close + width);
        if (!(following == ' ' || following == '|' || following == '\n' || ".,;:!?)".indexOf(following) >= 0)) {
            throw NotInSubset.INSTANCE;
        }
        return delimited(node, open, close, width, parent, textStart);
    }

    /** {@code [text](destination)}: plain text, and a destination of URL characters only. */
    private int link(int open, int start, int end, Node parent, int textStart) {
        if (open > start && text.charAt(open - 1) == '!') {
            throw NotInSubset.INSTANCE; // an image
        }
        int closeText = text.indexOf(']', open + 1);
        if (closeText < 0
                || closeText + 1 >= end
                || text.charAt(closeText + 1) != '('
                || closeText == open + 1
                || text.charAt(open + 1) == ' '
                || text.charAt(closeText - 1) == ' '
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
            if (c == '`'
                    || c == '*'
                    || c == '_'
                    || c == '['
                    || c == ']'
                    || c == '<'
                    || c == '|'
                    || c == '\\'
                    || c == '!'
                    || c == '\n'
                    || c == '&' && !isAmpersand(i, to)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the character at {@code at} has a letter or digit on both sides, within {@code [start, end)}. */
    private boolean isInWord(int at, int start, int end) {
        return at > start
                && at + 1 < end
                && Character.isLetterOrDigit(text.charAt(at - 1))
                && Character.isLetterOrDigit(text.charAt(at + 1));
    }

    /**
     * An {@code &} at {@code at} that cannot start an entity such as {@code &amp;} or {@code &#42;} ("R&D",
     * "A & B"), looking no further than {@code end}. The block reader asks it too, of a line that starts
     * with one.
     */
    boolean isAmpersand(int at, int end) {
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
            boolean ok = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || "-._~/#?=%+@".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return to > rest;
    }
}
