package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a parsed file safe to publish before anything is rendered, and tells the writer what it changed.
 *
 * <ul>
 *   <li>Raw HTML in paragraphs, lists and table cells keeps what {@link HtmlPolicy} allows ({@code <br>},
 *       {@code <sup>}, {@code <details>}, {@code <a name>}, …); the rest is removed with its text kept, and a
 *       warning says what ({@link RawHtml}). In headings and table headers, which are titles, raw HTML is text:
 *       shown as typed (escaped), part of the title; a warning says so. HTML comments, invisible anyway, are
 *       dropped.</li>
 *   <li>Links keep only web, mail and phone addresses or content files: a {@code javascript:},
 *       {@code data:} or other link becomes its plain text, with a warning.</li>
 *   <li>Images load only from the content folder: an image from another host becomes a link to it, any
 *       other image source becomes its alt text.</li>
 * </ul>
 * URLs are judged after the entity decoding and white-space removal a browser would do, so that
 * {@code jav&#x61;script:} or {@code java\tscript:} do not slip through.
 */
final class ContentSafety {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> REMOTE_SCHEMES = Set.of("http", "https");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7f]+");

    private final FileContext context;
    private final Document document;
    private final RawHtml rawHtml;

    ContentSafety(FileContext context, Document document) {
        this.context = context;
        this.document = document;
        this.rawHtml = new RawHtml(context);
    }

    /** Whether {@code node} is (still) part of the document. */
    private boolean attached(Node node) {
        Node at = node;
        while (at.getParent() != null) {
            at = at.getParent();
        }
        return at == document;
    }

    private static boolean insideLink(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof Link || at instanceof LinkRef) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} is in a heading or a table's header row: a title, shown as text. */
    private static boolean inTitle(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof Heading || at instanceof TableHead) {
                return true;
            }
        }
        return false;
    }

    void apply() {
        List<Node> nodes = new ArrayList<>();
        collect(document, nodes);
        for (Node node : nodes) {
            if (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment) {
                node.unlink();
            } else if (!attached(node)) {
                continue; // inside a <script> that RawHtml removed
            } else if ((node instanceof HtmlBlock || node instanceof HtmlInline) && inTitle(node)) {
                context.warning(
                        node,
                        "HTML is shown as text, not as markup: "
                                + shorten(node.getChars().toString()),
                        "Headings and table headers are titles: write them as text.");
                asText(node);
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                rawHtml.sanitize(node);
            } else if (node instanceof Image image) {
                image(image, image.getUrl().unescape());
            } else if (node instanceof ImageRef ref) {
                Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    image(ref, reference.getUrl().unescape());
                }
            } else if (node instanceof Link || node instanceof AutoLink) {
                BasedSequence url = node instanceof Link link ? link.getUrl() : ((AutoLink) node).getUrl();
                link(node, url.unescape());
            } else if (node instanceof LinkRef ref) {
                Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    link(ref, reference.getUrl().unescape());
                }
            }
        }
    }

    private static void collect(Node parent, List<Node> into) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlBlock
                    || child instanceof HtmlInline
                    || child instanceof HtmlCommentBlock
                    || child instanceof HtmlInlineComment
                    || child instanceof InlineLinkNode
                    || child instanceof RefNode
                    || child instanceof AutoLink) {
                into.add(child);
            }
            if (!(child instanceof MailLink)) {
                collect(child, into);
            }
        }
    }

    /** The URL's scheme as a browser would read it, or null for a relative URL. */
    static String scheme(String url) {
        Matcher matcher = SCHEME.matcher(INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT));
        return matcher.find() ? matcher.group(1) : null;
    }

    private void link(Node node, String url) {
        String scheme = scheme(url);
        if (scheme == null && url.replaceAll("\\s", "").startsWith("//")) {
            scheme = "https";
        }
        if (scheme == null || LINK_SCHEMES.contains(scheme)) {
            return;
        }
        context.warning(
                node,
                "link to '" + shorten(url) + "' was removed; its text is kept",
                "Only http, https, mailto and tel links, and links to content files, are kept.");
        replaceWithChildren(node);
    }

    private void image(Node image, String url) {
        String scheme = scheme(url);
        boolean protocolRelative = scheme == null && url.replaceAll("\\s", "").startsWith("//");
        if (scheme == null && !protocolRelative) {
            return; // an image of the content folder: copied with the site
        }
        if ((protocolRelative || REMOTE_SCHEMES.contains(scheme)) && insideLink(image)) {
            // A badge that is itself a link ([![build](https://…/badge.svg)](https://ci…)): a link in a link is
            // not HTML, so the image is its alt text inside the outer link.
            context.warning(
                    image,
                    "image from another host is shown as its alt text: " + shorten(url),
                    "Put the image in the content folder and link it with a relative path.");
            replaceWithChildren(image);
        } else if (protocolRelative || REMOTE_SCHEMES.contains(scheme)) {
            context.warning(
                    image,
                    "image from another host is shown as a link: " + shorten(url),
                    "Put the image in the content folder and link it with a relative path.");
            Link link = new Link();
            link.setUrl(BasedSequence.of(url));
            link.takeChildren(image);
            if (!link.hasChildren()) {
                link.appendChild(new Text(BasedSequence.of(url)));
            }
            image.insertBefore(link);
            image.unlink();
        } else {
            context.warning(
                    image,
                    "image '" + shorten(url) + "' was removed; its alt text is kept",
                    "Put the image in the content folder and link it with a relative path.");
            replaceWithChildren(image);
        }
    }

    /** Replaces raw HTML by a text node of the same characters: shown (escaped) and part of the plain text. */
    private static void asText(Node node) {
        Text text = new Text(node.getChars().trimEOL());
        if (node instanceof HtmlBlock) {
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(text);
            node.insertBefore(paragraph);
        } else {
            node.insertBefore(text);
        }
        node.unlink();
    }

    private static void replaceWithChildren(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59) + "…";
    }
}
