package org.troubleshoot.parse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.troubleshoot.model.LinkRef;

/**
 * Which HTML a writer may use, in one place. Writers' HTML in paragraphs and table cells keeps the tags and
 * attributes below; everything else is removed with its text kept ({@link RawHtml} does that tag by tag and
 * reports it). Every piece of HTML that had writers' HTML in it then goes through jsoup's {@link Cleaner} with
 * the same list plus what the Markdown renderer itself writes ({@link #publish}): it closes what was left open,
 * and is the last line of defence.
 *
 * <p>Links keep only http, https, mailto and tel addresses, or become checked internal links; images load only
 * from the content folder. Ids written in HTML ({@code <a name>} or {@code <a id>}) get {@value #ID_PREFIX} in
 * front, as on GitHub, so they can never clash with the ids the generator gives headings, rows and its own
 * layout; links written to {@code #name} still find them (see {@link FileContext#htmlAnchor}).
 *
 */
final class HtmlPolicy {
    /** In front of every id written in HTML. */
    static final String ID_PREFIX = "user-content-";
    /** The scheme of the generator's own link placeholders ({@link LinkRef#HREF_PREFIX}). */
    private static final String PLACEHOLDER_SCHEME = LinkRef.HREF_PREFIX.substring(0, LinkRef.HREF_PREFIX.indexOf(':'));

    /** Tags a writer may use, with their attributes. Anything else is removed and its text kept. */
    static final Map<String, Set<String>> WRITTEN = Map.ofEntries(
            Map.entry("br", Set.of()),
            Map.entry("p", Set.of()),
            Map.entry("sup", Set.of()),
            Map.entry("sub", Set.of()),
            Map.entry("kbd", Set.of()),
            Map.entry("code", Set.of()),
            Map.entry("em", Set.of()),
            Map.entry("strong", Set.of()),
            Map.entry("b", Set.of()),
            Map.entry("i", Set.of()),
            Map.entry("ul", Set.of()),
            Map.entry("ol", Set.of("start")),
            Map.entry("li", Set.of()),
            Map.entry("details", Set.of("open")),
            Map.entry("summary", Set.of()),
            Map.entry("a", Set.of("href", "name", "id")),
            Map.entry("img", Set.of("src", "alt", "title", "width", "height")));

    /** What the Markdown renderer writes besides, in a paragraph, list, quote or cell that also has writers' HTML. */
    private static final Map<String, List<String>> MARKDOWN = Map.ofEntries(
            Map.entry("a", List.of("title")),
            Map.entry("code", List.of("class")),
            Map.entry("pre", List.of()),
            Map.entry("blockquote", List.of()),
            Map.entry("hr", List.of()),
            Map.entry("h1", List.of()),
            Map.entry("h2", List.of()),
            Map.entry("h3", List.of()),
            Map.entry("h4", List.of()),
            Map.entry("h5", List.of()),
            Map.entry("h6", List.of()),
            Map.entry("table", List.of()),
            Map.entry("thead", List.of()),
            Map.entry("tbody", List.of()),
            Map.entry("tr", List.of()),
            Map.entry("th", List.of()),
            Map.entry("td", List.of()));

    /**
     * Elements whose content a browser never shows as text (code, style sheets, inert templates, frames' content):
     * removed with what is in them. Any other removed element leaves its text.
     */
    static final Set<String> WITHOUT_TEXT =
            Set.of("script", "style", "title", "template", "iframe", "noembed", "noframes", "xmp");

    /**
     * The cleaner's list: what writers may write and what the Markdown renderer writes. Made for each use (it is
     * small, and jsoup is then loaded only by builds that have writers' HTML).
     */
    private static Safelist published() {
        Safelist list = new Safelist();
        WRITTEN.forEach((tag, attributes) -> {
            list.addTags(tag);
            // A writer's name becomes an id (RawHtml): only ids reach a page.
            String[] kept = attributes.stream().filter(a -> !a.equals("name")).toArray(String[]::new);
            if (kept.length > 0) {
                list.addAttributes(tag, kept);
            }
        });
        MARKDOWN.forEach((tag, attributes) -> {
            list.addTags(tag);
            if (!attributes.isEmpty()) {
                list.addAttributes(tag, attributes.toArray(String[]::new));
            }
        });
        list.addProtocols("a", "href", "http", "https", "mailto", "tel", PLACEHOLDER_SCHEME);
        list.addProtocols("img", "src", PLACEHOLDER_SCHEME);
        // Placeholders and web addresses are kept as written, never made absolute.
        list.preserveRelativeLinks(true);
        return list;
    }

    private HtmlPolicy() {}

    static boolean allows(String tag) {
        return WRITTEN.containsKey(tag);
    }

    static boolean allows(String tag, String attribute) {
        Set<String> attributes = WRITTEN.get(tag);
        return attributes != null && attributes.contains(attribute);
    }

    /** HTML as it is published, and its text as a reader sees it (for search, site.json and ids). */
    record Published(String html, String text) {}

    /**
     * {@code html} (rendered Markdown with writers' HTML that {@link RawHtml} already sanitized) through jsoup's
     * cleaner: tags closed and nested as a browser would, anything outside the lists removed with its text kept.
     * Only ids with {@value #ID_PREFIX} survive, a list right inside a list goes into the item before it, lone list
     * items get a list, a summary outside a details element becomes its text, and every image has an alt text:
     * the page stays valid HTML.
     */
    static Published publish(String html) {
        Document clean = new Cleaner(published()).clean(Jsoup.parseBodyFragment(html));
        for (Element element : clean.body().select("[id]")) {
            if (!element.id().startsWith(ID_PREFIX)) {
                element.removeAttr("id");
            }
        }
        for (Element list : clean.body().select("ul > ul, ul > ol, ol > ul, ol > ol")) {
            // <li>a</li><ul>…</ul>, as browsers take it: the inner list belongs to the item before it.
            Element previous = list.previousElementSibling();
            if (previous != null && previous.nameIs("li")) {
                previous.appendChild(list);
            } else {
                list.wrap("<li></li>");
            }
        }
        for (Element item : clean.body().select("li")) {
            if (item.parent() == null
                    || !item.parent().nameIs("ul") && !item.parent().nameIs("ol")) {
                item.wrap("<ul></ul>");
            }
        }
        for (Element summary : clean.body().select("summary")) {
            Element parent = summary.parent();
            Node first = parent == null
                    ? null
                    : parent.childNodes().stream()
                            .filter(n -> !(n instanceof TextNode text && text.isBlank()))
                            .findFirst()
                            .orElse(null);
            if (parent == null || !parent.nameIs("details") || first != summary) {
                summary.unwrap(); // a summary is only the first thing in a details element
            }
        }
        for (Element image : clean.body().select("img:not([alt])")) {
            image.attr("alt", "");
        }
        clean.outputSettings().prettyPrint(false);
        String published = clean.body().html().strip();
        // jsoup's text runs a summary into the text after it; a reader sees a line between them.
        clean.body().select("summary").after(" ");
        return new Published(published, clean.body().text());
    }
}
