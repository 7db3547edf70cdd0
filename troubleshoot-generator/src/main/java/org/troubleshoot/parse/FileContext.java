package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.LinkRef;
import org.troubleshoot.model.SourcePosition;
import org.troubleshoot.model.Urls;

/** What the parts of the parser share while reading one file: positions, HTML, ids, links and problems. */
final class FileContext {

    final String file;
    final SourceText source;
    final Slugs ids = new Slugs();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<LinkRef> links = new ArrayList<>();
    /** The names of table columns (see {@link TableColumns}). */
    final ColumnVocabulary vocabulary;
    /**
     * Anchors written in HTML ({@code <a name>}): the id each has in the output, and its name. {@link PageParser}
     * gives them to the section whose HTML has them.
     */
    final Map<String, String> htmlAnchors = new HashMap<>();
    /** Whether the file has writers' HTML that {@link RawHtml} kept (most files have none). */
    boolean hasRawHtml;

    private final MarkdownEngine engine;
    private final boolean simpleHtml;

    FileContext(String file, SourceText source, MarkdownEngine engine, ColumnVocabulary vocabulary) {
        this.file = file;
        this.source = source;
        this.engine = engine;
        this.vocabulary = vocabulary;
        this.simpleHtml = engine.writesSimpleHtml();
    }

    /** Internal links become placeholders; the link stage checks them and the renderer writes their URLs. */
    ResolvedLink resolve(Node node, ResolvedLink link) {
        boolean image = link.getLinkType() == LinkType.IMAGE;
        if (!image && link.getLinkType() != LinkType.LINK) {
            return link;
        }
        String href = resolveHref(node, link.getUrl());
        return href.equals(link.getUrl()) ? link : link.withUrl(href);
    }

    /** The href of a link or image to {@code url}: the URL itself if external, else a placeholder. */
    String resolveHref(Node node, String url) {
        if (url.isEmpty() || Urls.isExternal(url)) {
            return url;
        }
        return internalLink(url, position(node));
    }

    /** Records a link to a content file or anchor written at {@code at}; its href is a placeholder until linked. */
    String internalLink(String url, SourcePosition at) {
        links.add(new LinkRef(url, at));
        return LinkRef.placeholder(links.size() - 1);
    }

    /**
     * The output id of an anchor a writer put in HTML ({@code <a name="footnote3">}): the name with
     * {@link HtmlPolicy#ID_PREFIX} in front, taken on the page so that no heading or row gets it too. Null, with
     * a warning, when the name cannot be an id or the page has it already.
     */
    String htmlAnchor(String name, SourcePosition at) {
        if (name.isEmpty() || name.codePoints().anyMatch(Character::isWhitespace)) {
            warning(
                    at,
                    "the HTML anchor '" + name + "' was removed: an id has no spaces",
                    "Write <a name=\"one-word\"></a>, or better a heading, which has an id of its own.");
            return null;
        }
        String id = HtmlPolicy.ID_PREFIX + name;
        if (!ids.pin(id)) {
            warning(
                    at,
                    "the HTML anchor '" + name + "' was removed: the page already has the id " + id,
                    "Give each <a name> of a page its own name.");
            return null;
        }
        htmlAnchors.put(id, name);
        return id;
    }

    SourcePosition position(Node node) {
        return position(node.getStartOffset());
    }

    SourcePosition position(int offset) {
        return new SourcePosition(file, source.line(offset), source.column(offset));
    }

    String html(Node node) {
        return html(List.of(node));
    }

    /** The HTML of {@code nodes} as published: writers' HTML in them checked once more (see {@link HtmlPolicy}). */
    String html(List<Node> nodes) {
        String html = renderedHtml(nodes);
        return hasRawHtml(nodes) ? HtmlPolicy.publish(html).html() : html;
    }

    /** The HTML of {@code nodes} as the Markdown renderer writes it, writers' HTML as {@link RawHtml} left it. */
    String renderedHtml(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            if (simpleHtml && SimpleHtml.canWrite(node)) {
                SimpleHtml.write(node, out, this::resolveHref, new HashMap<>());
            } else {
                engine.renderer().render(node, out);
            }
        }
        return out.toString().strip();
    }

    /** Whether any of {@code nodes} holds writers' HTML (then its HTML is published through the cleaner). */
    boolean hasRawHtml(List<? extends Node> nodes) {
        if (!hasRawHtml) {
            return false;
        }
        for (Node node : nodes) {
            if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                return true;
            }
            for (Node descendant : node.getDescendants()) {
                if (descendant instanceof HtmlInline || descendant instanceof HtmlBlock) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The HTML of the children of each of {@code nodes} (table cells), if all can be written without Flexmark's
     * renderer; links resolved as in one rendering of them all. Null otherwise.
     */
    List<String> simpleInnerHtml(List<? extends Node> nodes) {
        if (!simpleHtml) {
            return null;
        }
        for (Node node : nodes) {
            if (!SimpleHtml.canWriteChildren(node)) {
                return null;
            }
        }
        Map<String, String> resolved = new HashMap<>();
        List<String> html = new ArrayList<>(nodes.size());
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            out.setLength(0);
            SimpleHtml.writeChildren(node, out, this::resolveHref, resolved);
            html.add(out.toString().strip());
        }
        return html;
    }

    /**
     * The HTML inside a node that renders as one element, such as a table cell: the node is rendered whole
     * and its outer tag removed. (Rendering inline children one by one would put line breaks between them.)
     */
    String innerHtml(Node node) {
        String plain = plainText(node);
        if (plain != null) {
            return Html.escape(plain.strip());
        }
        List<String> simple = simpleInnerHtml(List.of(node));
        if (simple != null) {
            return simple.get(0);
        }
        String html = engine.renderer().render(node).strip();
        int open = html.indexOf('>');
        int close = html.lastIndexOf("</");
        if (!html.startsWith("<") || open < 0 || close < open) {
            return html;
        }
        return html.substring(open + 1, close).strip();
    }

    static String text(Node node) {
        String plain = plainText(node);
        return (plain != null ? plain : new TextCollectingVisitor().collectAndGetText(node)).strip();
    }

    /**
     * The text of a node whose children are all plain text, or null when it has any markup. Most table cells
     * are plain text: this skips Flexmark's renderer (costly to set up per node) for them, with the same result.
     */
    static String plainTextOf(Node node) {
        return plainText(node);
    }

    private static String plainText(Node node) {
        Node child = node.getFirstChild();
        if (child == null) {
            return "";
        }
        if (child.getNext() == null) {
            // The usual cell: one text node.
            return child.getClass() == Text.class ? unescaped(child.getChars()) : null;
        }
        StringBuilder text = new StringBuilder();
        for (; child != null; child = child.getNext()) {
            if (child.getClass() != Text.class) {
                return null;
            }
            text.append(unescaped(child.getChars()));
        }
        return text.toString();
    }

    /** Text with backslash escapes and entities replaced; most text has neither, and unescaping is costly. */
    private static String unescaped(BasedSequence chars) {
        String text = string(chars);
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : chars.unescape();
    }

    /**
     * The characters of a sequence as a string. A piece of the file's text is cut from it in one copy; Flexmark's
     * own toString() appends them one by one.
     */
    static String string(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            return base.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    /**
     * Whether {@code chars} hold a line feed or a carriage return: looked for in one pass over the file's own
     * string when they are a plain piece of it (Flexmark's {@code indexOf} reads a character at a time through
     * two layers, once for each).
     */
    static boolean hasLineEnd(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            for (int i = chars.getStartOffset(), end = chars.getEndOffset(); i < end; i++) {
                char c = base.charAt(i);
                if (c == '\n' || c == '\r') {
                    return true;
                }
            }
            return false;
        }
        return chars.indexOf('\n') >= 0 || chars.indexOf('\r') >= 0;
    }

    void error(Node node, String message, String hint) {
        error(position(node), message, hint);
    }

    void error(SourcePosition at, String message, String hint) {
        diagnostics.add(Diagnostic.error(file, at.line(), at.column(), message, hint));
    }

    void warning(Node node, String message, String hint) {
        warning(position(node), message, hint);
    }

    void warning(SourcePosition at, String message, String hint) {
        diagnostics.add(Diagnostic.warning(file, at.line(), at.column(), message, hint));
    }

    /**
     * The id of something titled {@code attribute.text()}: the writer's pinned id if there is a valid one,
     * else a new slug. Pinned ids and aliases are reserved on the page; clashes and bad ids are errors.
     */
    String assignId(IdAttribute attribute, String fallback, SourcePosition at) {
        String id = null;
        for (String written : attribute.all()) {
            boolean pinned = id == null
                    && attribute.id().isPresent()
                    && written.equals(attribute.id().get());
            if (!Slugs.isSlug(written)) {
                error(
                        at,
                        "id '" + written + "' is not a valid id",
                        "Use lower-case letters, digits and single hyphens, e.g. {#" + Slugs.slug(written, "my-id")
                                + "}.");
            } else if (!ids.pin(written)) {
                error(
                        at,
                        "id '" + written + "' is used twice on this page",
                        "Give each heading, symptom and alias its own id.");
            } else if (pinned) {
                id = written;
            }
        }
        return id != null ? id : ids.unique(attribute.text(), fallback);
    }
}
