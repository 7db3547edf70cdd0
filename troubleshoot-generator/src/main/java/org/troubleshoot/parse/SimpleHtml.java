package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Map;
import org.troubleshoot.model.Html;

/**
 * Writes the HTML of the nodes most content is made of — top-level paragraphs, text, code spans, emphasis,
 * links and soft line breaks — exactly as Flexmark's renderer does with this generator's options, without
 * setting up a renderer for each call (which costs more than the writing itself). {@link #canWrite} tells
 * whether a node and everything in it is of those kinds; anything else is left to Flexmark's renderer.
 * {@code SubsetParserTest} and {@code SubsetParserFuzzTest} hold the two to the same pages.
 */
final class SimpleHtml {
    private SimpleHtml() {}

    /** Turns a link's URL into its href, recording internal links (see {@link FileContext#resolveHref}). */
    interface Links {
        String href(Node link, String url);
    }

    /** Whether {@link #write} can write {@code node}: a paragraph or inline node whose descendants all can. */
    static boolean canWrite(Node node) {
        if (node instanceof Paragraph) {
            return node.getParent() instanceof Document && canWriteChildren(node);
        }
        return isInline(node) && canWriteChildren(node);
    }

    /** Whether {@link #writeChildren} can write every child of {@code node} (such as a table cell's). */
    static boolean canWriteChildren(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!isInline(child) || !canWriteChildren(child)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInline(Node node) {
        Class<?> type = node.getClass();
        if (type == Text.class) {
            // Raw HTML shown as text can span lines; Flexmark's writer folds its blank lines.
            return !FileContext.hasLineEnd(node.getChars());
        }
        if (type == Code.class
                || type == StrongEmphasis.class
                || type == Emphasis.class
                || type == SoftLineBreak.class) {
            return true;
        }
        return type == Link.class && ((Link) node).getTitle().isNull() && isPlainUrl(((Link) node).getUrl());
    }

    /**
     * A URL that needs no escaping in an attribute and that Flexmark's renderer neither suppresses (a scheme
     * other than http, https, mailto and tel) nor rewrites.
     */
    private static boolean isPlainUrl(BasedSequence url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '\\' || c >= 0x7f) {
                return false;
            }
        }
        int colon = url.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String scheme = url.subSequence(0, colon).toString();
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel");
    }

    /**
     * Appends the HTML of {@code node} (which {@link #canWrite}). Links are resolved once per URL: within one
     * rendering Flexmark resolves a URL once and reuses the result, so {@code resolved} must span what
     * Flexmark would render in one go.
     */
    static void write(Node node, StringBuilder out, Links links, Map<String, String> resolved) {
        if (node instanceof Paragraph) {
            out.append("<p>");
            writeChildren(node, out, links, resolved);
            out.append("</p>\n");
        } else if (node instanceof Text) {
            BasedSequence chars = node.getChars();
            String text = FileContext.string(chars);
            // Unescaping (backslashes, entities) is costly and most text has neither.
            out.append(Html.escape(
                    text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.normalizeEOL(chars.unescape())));
        } else if (node instanceof Code code) {
            out.append("<code>")
                    .append(Html.escape(Escaping.collapseWhitespace(code.getText(), true)))
                    .append("</code>");
        } else if (node instanceof StrongEmphasis) {
            out.append("<strong>");
            writeChildren(node, out, links, resolved);
            out.append("</strong>");
        } else if (node instanceof Emphasis) {
            out.append("<em>");
            writeChildren(node, out, links, resolved);
            out.append("</em>");
        } else if (node instanceof SoftLineBreak) {
            out.append('\n');
        } else if (node instanceof Link link) {
            String url = link.getUrl().unescape();
            String href = resolved.get(url);
            if (href == null) {
                href = url.isEmpty() ? url : links.href(link, url);
                resolved.put(url, href);
            }
            out.append("<a href=\"").append(Html.escape(href)).append("\">");
            writeChildren(node, out, links, resolved);
            out.append("</a>");
        } else {
            throw new IllegalArgumentException(
                    "not a simple node: " + node.getClass().getSimpleName());
        }
    }

    static void writeChildren(Node node, StringBuilder out, Links links, Map<String, String> resolved) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            write(child, out, links, resolved);
        }
    }
}
