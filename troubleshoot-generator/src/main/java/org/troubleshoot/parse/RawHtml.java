package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.SourcePosition;

/**
 * Keeps what {@link HtmlPolicy} allows of the HTML a writer put in a paragraph or a cell, tag by tag, and says
 * what it removed. Flexmark gives every inline tag a node of its own ({@code <sup>}, the link, {@code </sup>}),
 * so each tag is judged alone; jsoup reads its attributes as a browser would (entities decoded), and its
 * {@link org.jsoup.safety.Cleaner} later closes and checks the whole paragraph or cell ({@link HtmlPolicy#publish}).
 *
 * <p>What a tag becomes: an allowed tag keeps its allowed attributes, rewritten; any other tag is removed and the
 * text around it stays, except inside {@code <script>} and the like ({@link HtmlPolicy#WITHOUT_TEXT}), whose
 * content goes too. Links to content files become checked internal links; links with other schemes than http,
 * https, mailto and tel lose their href. An image from another host becomes a link to it, as in Markdown, and
 * an image with any other source its alt text. {@code <a name>} and {@code <a id>} become ids with
 * {@value HtmlPolicy#ID_PREFIX} in front. Text between tags is written escaped, so nothing but these tags
 * reaches the page as markup.
 */
final class RawHtml {
    private static final String TAG_NAME = "[A-Za-z][A-Za-z0-9-]*";
    private static final String ATTRIBUTE =
            "\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\"'=<>`\\x00-\\x20]+|'[^']*'|\"[^\"]*\"))?";
    /** CommonMark's raw HTML: comments, processing instructions, declarations, CDATA; closing (1) and opening (2) tags. */
    private static final Pattern TOKEN = Pattern.compile(
            "<!--.*?-->|<\\?.*?\\?>|<![A-Za-z][^>]*>|<!\\[CDATA\\[.*?]]>" + "|</(" + TAG_NAME + ")\\s*>|<(" + TAG_NAME
                    + ")(?:" + ATTRIBUTE + ")*\\s*/?>",
            Pattern.DOTALL);

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final FileContext context;

    RawHtml(FileContext context) {
        this.context = context;
    }

    /** What one HTML node became. */
    private final class Rewrite {
        final StringBuilder out = new StringBuilder();
        final Set<String> removed = new TreeSet<>();
        final int start;
        int firstRemoved = -1;
        /** The element whose content is being left out (a script's), or null. */
        String skipping;
        /** How many links are open where the next tag is (an image from another host in one is its alt text). */
        int openLinks;

        Rewrite(int start, int openLinks) {
            this.start = start;
            this.openLinks = openLinks;
        }

        void remove(String what, int offset) {
            removed.add(what);
            if (firstRemoved < 0) {
                firstRemoved = offset;
            }
        }

        SourcePosition at(int offset) {
            return context.position(start + offset);
        }
    }

    /** Replaces an HTML node of a paragraph or cell by what the policy allows of it (nothing: it goes). */
    void sanitize(Node node) {
        String text = FileContext.string(node.getChars());
        Rewrite rewrite = new Rewrite(node.getStartOffset(), openLinksBefore(node));
        Matcher token = TOKEN.matcher(text);
        int at = 0;
        while (token.find()) {
            if (rewrite.skipping == null) {
                text(rewrite, text.substring(at, token.start()));
            }
            at = token.end();
            String closing = token.group(1);
            String opening = token.group(2);
            if (rewrite.skipping != null) {
                if (closing != null && closing.toLowerCase(Locale.ROOT).equals(rewrite.skipping)) {
                    rewrite.skipping = null;
                }
            } else if (closing != null) {
                String name = closing.toLowerCase(Locale.ROOT);
                if (HtmlPolicy.allows(name) && !name.equals("br") && !name.equals("img")) {
                    rewrite.out.append("</").append(name).append('>');
                }
                if (name.equals("a")) {
                    rewrite.openLinks = Math.max(0, rewrite.openLinks - 1);
                }
            } else if (opening != null) {
                openTag(rewrite, token.group(), opening.toLowerCase(Locale.ROOT), token.start());
            } else if (!token.group().startsWith("<!--")) {
                rewrite.remove(token.group().substring(0, 2) + "…>", token.start());
            }
        }
        if (rewrite.skipping == null) {
            text(rewrite, text.substring(at));
        } else if (node instanceof HtmlInline) {
            // <script> alone in a paragraph: its content is in the nodes that follow, up to </script>.
            removeUntilClosing(node, rewrite.skipping);
        }
        if (!rewrite.removed.isEmpty()) {
            context.warning(
                    rewrite.at(rewrite.firstRemoved),
                    "HTML removed, its text kept: " + String.join(", ", rewrite.removed),
                    "A page keeps only " + String.join(", ", new TreeSet<>(HtmlPolicy.WRITTEN.keySet()))
                            + " (docs/hardening.md lists their attributes); write the rest in Markdown.");
        }
        replace(node, rewrite.out.toString());
        context.hasRawHtml = true;
    }

    /**
     * How many links are open where an inline tag is: those of a Markdown link around it, and {@code <a>} tags
     * earlier in its paragraph or cell that are not closed yet. Blocks start with none.
     */
    private static int openLinksBefore(Node node) {
        if (!(node instanceof HtmlInline)) {
            return 0;
        }
        int open = 0;
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof Link || at instanceof LinkRef) {
                open++;
            }
        }
        for (Node before = node.getParent().getFirstChild(); before != node; before = before.getNext()) {
            if (before instanceof HtmlInline) {
                String tag = before.getChars().toString().toLowerCase(Locale.ROOT);
                if (tag.startsWith("<a ") || tag.equals("<a>")) {
                    open++;
                } else if (tag.startsWith("</a")) {
                    open = Math.max(0, open - 1);
                }
            }
        }
        return open;
    }

    /** Text between tags: entities decoded as a browser would, then escaped, so it is only ever text. */
    private static void text(Rewrite rewrite, String text) {
        rewrite.out.append(Html.escape(Parser.unescapeEntities(text, false)));
    }

    private void openTag(Rewrite rewrite, String tag, String name, int offset) {
        if (!HtmlPolicy.allows(name)) {
            rewrite.remove("<" + name + ">", offset);
            if (HtmlPolicy.WITHOUT_TEXT.contains(name) && !tag.endsWith("/>")) {
                rewrite.skipping = name;
            }
            return;
        }
        Element element = Jsoup.parseBodyFragment(tag).body().firstElementChild();
        if (element == null || !element.nameIs(name)) {
            rewrite.remove("<" + name + ">", offset);
            return;
        }
        if (name.equals("img")) {
            image(rewrite, element, offset);
            return;
        }
        if (name.equals("a")) {
            rewrite.openLinks++;
        }
        StringBuilder out = rewrite.out.append('<').append(name);
        String id = null;
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            String value = attribute.getValue();
            if (name.equals("a") && key.equals("href")) {
                String href = href(value, rewrite.at(offset));
                if (href != null) {
                    attribute(out, "href", href);
                }
            } else if (name.equals("a") && (key.equals("id") || key.equals("name"))) {
                if (id == null) {
                    id = context.htmlAnchor(value.strip(), rewrite.at(offset));
                    if (id != null) {
                        attribute(out, "id", id);
                    }
                } else if (!(HtmlPolicy.ID_PREFIX + value.strip()).equals(id)) {
                    rewrite.remove("<a " + key + "> (a second id)", offset);
                }
            } else if (HtmlPolicy.allows(name, key) && valid(key, value)) {
                attribute(out, key, key.equals("open") ? "" : value);
            } else {
                rewrite.remove("<" + name + " " + key + ">", offset);
            }
        }
        out.append('>');
    }

    /** A link's href as published, or null when it goes (a javascript: link and the like). */
    private String href(String url, SourcePosition at) {
        String scheme = ContentSafety.scheme(url);
        boolean protocolRelative = scheme == null && url.replaceAll("\\s", "").startsWith("//");
        if (url.isBlank()) {
            return null;
        }
        if (scheme == null && !protocolRelative) {
            return context.internalLink(url, at);
        }
        if (protocolRelative || LINK_SCHEMES.contains(scheme)) {
            return url;
        }
        context.warning(
                at,
                "link to '" + ContentSafety.shorten(url) + "' was removed; its text is kept",
                "Only http, https, mailto and tel links, and links to content files, are kept.");
        return null;
    }

    /** An image of the content folder stays an image; one from another host becomes a link; any other its alt text. */
    private void image(Rewrite rewrite, Element element, int offset) {
        String src = element.attr("src");
        String alt = element.attr("alt");
        String scheme = ContentSafety.scheme(src);
        boolean protocolRelative = scheme == null && src.replaceAll("\\s", "").startsWith("//");
        SourcePosition at = rewrite.at(offset);
        if (src.isBlank() || scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
            context.warning(
                    at,
                    "image '" + ContentSafety.shorten(src) + "' was removed; its alt text is kept",
                    "Put the image in the content folder and link it with a relative path.");
            rewrite.out.append(Html.escape(alt));
        } else if ((scheme != null || protocolRelative) && rewrite.openLinks > 0) {
            // A badge that is itself a link: a link in a link is not HTML, so the image is its alt text.
            context.warning(
                    at,
                    "image from another host is shown as its alt text: " + ContentSafety.shorten(src),
                    "Put the image in the content folder and link it with a relative path.");
            rewrite.out.append(Html.escape(alt));
        } else if (scheme != null || protocolRelative) {
            context.warning(
                    at,
                    "image from another host is shown as a link: " + ContentSafety.shorten(src),
                    "Put the image in the content folder and link it with a relative path.");
            rewrite.out
                    .append("<a href=\"")
                    .append(Html.escape(src))
                    .append("\">")
                    .append(Html.escape(alt.isBlank() ? src : alt))
                    .append("</a>");
        } else {
            StringBuilder out = rewrite.out.append("<img");
            attribute(out, "src", context.internalLink(src, at));
            attribute(out, "alt", alt);
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey();
                if (key.equals("src") || key.equals("alt")) {
                    continue;
                }
                if (HtmlPolicy.allows("img", key) && valid(key, attribute.getValue())) {
                    attribute(out, key, attribute.getValue());
                } else {
                    rewrite.remove("<img " + key + ">", offset);
                }
            }
            out.append('>');
        }
    }

    private static boolean valid(String attribute, String value) {
        return switch (attribute) {
            case "width", "height", "start" -> DIGITS.matcher(value.strip()).matches();
            default -> true;
        };
    }

    private static void attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
    }

    /**
     * Removes the inline nodes after {@code node} up to the closing tag of {@code element}, and that tag; nothing
     * when the element is never closed in the paragraph (then its text stays, as after any removed tag).
     */
    private static void removeUntilClosing(Node node, String element) {
        Pattern closing = Pattern.compile("</" + element + "\\s*>", Pattern.CASE_INSENSITIVE);
        List<Node> gone = new ArrayList<>();
        for (Node next = node.getNext(); next != null; next = next.getNext()) {
            gone.add(next);
            if (next instanceof HtmlInline && closing.matcher(next.getChars()).matches()) {
                gone.forEach(Node::unlink);
                return;
            }
        }
    }

    /**
     * Puts the rewritten HTML in the node's place. The new node keeps the old one's position in the file (later
     * messages point at it) while holding other characters.
     */
    private static void replace(Node node, String html) {
        if (html.isBlank()) {
            node.unlink();
            return;
        }
        BasedSequence chars = PrefixedSubSequence.prefixOf(html, node.getChars().subSequence(0, 0));
        Node replacement;
        if (node instanceof HtmlBlock) {
            HtmlBlock block = new HtmlBlock(chars);
            block.setContent(chars, List.of(chars));
            replacement = block;
        } else {
            replacement = new HtmlInline(chars);
        }
        node.insertBefore(replacement);
        node.unlink();
    }

    /**
     * Every piece of HTML a section holds (prose, an answer, a category's introduction and each cell of each of
     * its entries' causes, another table's cells): where the anchors this class kept may be.
     */
    static List<String> htmlOf(Section section) {
        List<String> html = new ArrayList<>();
        if (section instanceof Prose prose) {
            html.add(prose.html());
        } else if (section instanceof Question question) {
            html.add(question.answerHtml());
        } else if (section instanceof Category category) {
            html.add(category.introHtml());
            for (Entry entry : category.entries()) {
                html.add(entry.symptom().html());
                for (Cause cause : entry.causes()) {
                    html.add(cause.cause().html());
                    html.add(cause.resolution().html());
                }
                entry.extras().forEach(cell -> html.add(cell.html()));
            }
        } else if (section instanceof DataTable table) {
            table.rows().forEach(row -> row.cells().forEach(cell -> html.add(cell.html())));
        }
        return html;
    }
}
