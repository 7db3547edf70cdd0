package org.troubleshoot.link;

import org.troubleshoot.assemble.SiteAssembler;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.LinkRef;
import org.troubleshoot.model.Page;
import org.troubleshoot.parse.Slugs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The link stage: resolves every link a writer wrote between content files to the URL it gets in the
 * site, and reports the ones that lead nowhere. Also reports pages whose output files would collide.
 */
public final class Linker {
    /** Output paths the generator writes itself; no page may take them. */
    private static final List<String> RESERVED = List.of("index.html", "site.json", "a-z.html", "all.html");

    private final SortedSet<String> contentFiles;
    private final SiteAssembler.LeftOut leftOut;
    private final BrokenLinks brokenLinks;

    /** @param contentFiles the content folder's files that are not pages (relative paths): links may lead to them */
    public Linker(Collection<String> contentFiles) {
        this(contentFiles, SiteAssembler.LeftOut.NOTHING);
    }

    /** @param leftOut pages and categories a build for one audience left out: links to them become text */
    public Linker(Collection<String> contentFiles, SiteAssembler.LeftOut leftOut) {
        this(contentFiles, leftOut, BrokenLinks.ERROR);
    }

    /**
     * @param brokenLinks whether a link to a missing file or anchor, or out of the content folder, is an error or
     *                    a warning (then it is shown as text, like a link to what a build left out)
     */
    public Linker(Collection<String> contentFiles, SiteAssembler.LeftOut leftOut, BrokenLinks brokenLinks) {
        this.contentFiles = new TreeSet<>(contentFiles);
        this.leftOut = leftOut;
        this.brokenLinks = brokenLinks;
    }

    /**
     * @param pages       the linked pages: as given, plus automatic links in their cells
     * @param diagnostics link problems, of every file
     * @param context     what linking one changed page again needs from the rest of the site (see {@link #relink})
     */
    public record Result(List<Page> pages, ResolvedLinks links, List<Diagnostic> diagnostics, Context context) {
    }

    /** The rest of the site, as one page's links see it: other pages and their anchors, and the automatic links. */
    public static final class Context {
        private final Map<String, Page> bySource;
        private final SiteAnchors anchors;
        private final AutoLinks auto;

        private Context(Map<String, Page> bySource, SiteAnchors anchors, AutoLinks auto) {
            this.bySource = bySource;
            this.anchors = anchors;
            this.auto = auto;
        }
    }

    /** Links the pages without automatic links or glossary. */
    public Result link(List<Page> pages) {
        return link(pages, null, false);
    }

    /**
     * @param glossary  the writers' glossary ({@code links.md}: a table of Term | Link), or null
     * @param autoLinks whether to add automatic links (see {@link AutoLinks}) to the pages
     */
    public Result link(List<Page> pages, Page glossary, boolean autoLinks) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        checkOutputPaths(pages, diagnostics);
        List<Page> all = new ArrayList<>(pages);
        if (glossary != null) {
            all.add(glossary);
        }
        Map<String, Page> bySource = new HashMap<>();
        for (Page page : all) {
            bySource.put(page.sourceFile(), page);
        }
        SiteAnchors anchors = new SiteAnchors(all);
        Map<String, List<String>> urls = new HashMap<>();
        SortedSet<String> assets = new TreeSet<>(contentFiles);
        for (Page page : all) {
            List<String> pageUrls = new ArrayList<>(page.links().size());
            for (LinkRef link : page.links()) {
                pageUrls.add(resolve(page, link, bySource, anchors, assets, diagnostics));
            }
            urls.put(page.id(), pageUrls);
        }
        List<Page> linked = pages;
        AutoLinks auto = null;
        if (autoLinks) {
            Map<String, String> terms = glossary == null ? Map.of()
                    : glossaryTerms(glossary, urls.get(glossary.id()), bySource, anchors, assets, diagnostics);
            auto = new AutoLinks(pages, terms);
            linked = pages.parallelStream().map(auto::apply).toList();
        }
        return new Result(linked, new ResolvedLinks(Map.copyOf(urls), assets, RelatedEntries.of(pages)), diagnostics,
                new Context(bySource, anchors, auto));
    }

    /**
     * Links one changed page against an earlier result, without touching the rest of the site — possible when
     * nothing the other pages see of it changed: same file, id, title, kind, audience, order, anchors, category
     * titles, and entry causes and resolutions (related entries). Empty when it is not; then link the whole site.
     *
     * @param before  the page as it was parsed last time
     * @param changed the page as parsed now
     */
    public java.util.Optional<Result> relink(Result previous, Page before, Page changed) {
        if (!sameForOthers(before, changed) || !leftOut.pages().isEmpty() && leftOut.pages().contains(changed.sourceFile())) {
            return java.util.Optional.empty();
        }
        Context context = previous.context();
        if (!SiteAnchors.of(changed).equals(context.anchors.of(changed.id()))) {
            return java.util.Optional.empty();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic diagnostic : previous.diagnostics()) {
            if (!diagnostic.file().equals(changed.sourceFile())) {
                diagnostics.add(diagnostic);
            }
        }
        SortedSet<String> assets = new TreeSet<>(previous.links().assets());
        List<String> pageUrls = new ArrayList<>(changed.links().size());
        for (LinkRef link : changed.links()) {
            pageUrls.add(resolve(changed, link, context.bySource, context.anchors, assets, diagnostics));
        }
        if (!assets.equals(previous.links().assets())) {
            return java.util.Optional.empty(); // it links a file no page linked before: copy it with a full build
        }
        Map<String, List<String>> urls = new HashMap<>(previous.links().urls());
        urls.put(changed.id(), pageUrls);
        Page linked = context.auto == null ? changed : context.auto.apply(changed);
        List<Page> pages = new ArrayList<>(previous.pages());
        boolean replaced = false;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id().equals(changed.id())) {
                pages.set(i, linked);
                replaced = true;
            }
        }
        if (!replaced) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Result(List.copyOf(pages),
                new ResolvedLinks(Map.copyOf(urls), previous.links().assets(), previous.links().related()),
                diagnostics, context));
    }

    private static boolean sameForOthers(Page before, Page changed) {
        return before != null && before.sourceFile().equals(changed.sourceFile()) && before.id().equals(changed.id())
                && before.title().equals(changed.title()) && before.kind() == changed.kind()
                && before.audience().equals(changed.audience()) && before.order() == changed.order()
                && before.autoLinks() == changed.autoLinks() && before.description().equals(changed.description())
                && categoryTitles(before).equals(categoryTitles(changed)) && entryTexts(before).equals(entryTexts(changed));
    }

    private static List<String> categoryTitles(Page page) {
        return page.categories().stream().map(c -> c.title() + "|" + c.audience()).toList();
    }

    /** What related entries and the search index are made of. */
    static List<String> entryTexts(Page page) {
        List<String> texts = new ArrayList<>();
        for (Category category : page.categories()) {
            for (org.troubleshoot.model.Entry entry : category.entries()) {
                texts.add(entry.symptom().text() + "|" + entry.cause().text() + "|" + entry.resolution().text());
            }
        }
        return texts;
    }

    /** The glossary's Term | Link rows; a link is a URL, or a content file and anchor like any link. */
    private Map<String, String> glossaryTerms(Page glossary, List<String> glossaryUrls, Map<String, Page> bySource,
                                              SiteAnchors anchors, SortedSet<String> assets,
                                              List<Diagnostic> diagnostics) {
        Map<String, String> terms = new java.util.LinkedHashMap<>();
        for (org.troubleshoot.model.Section section : glossary.sections()) {
            if (!(section instanceof org.troubleshoot.model.DataTable table) || table.columns().size() < 2) {
                continue;
            }
            for (org.troubleshoot.model.DataRow row : table.rows()) {
                String term = row.cells().get(0).text();
                org.troubleshoot.model.Cell target = row.cells().get(1);
                java.util.regex.Matcher href = HREF.matcher(target.html());
                String url;
                if (href.find() && href.group(1).startsWith(LinkRef.HREF_PREFIX)) {
                    int index = Integer.parseInt(href.group(1).substring(LinkRef.HREF_PREFIX.length()));
                    String resolved = glossaryUrls.get(index);
                    url = resolved == null || resolved.equals(ResolvedLinks.LEFT_OUT) ? null : AutoLinks.SITE_PREFIX + resolved;
                } else if (href.find(0)) {
                    url = href.group(1).replace("&amp;", "&");
                } else if (EXTERNAL.matcher(target.text()).matches()) {
                    url = target.text();
                } else {
                    String resolved = resolve(glossary, new LinkRef(target.text(), row.source()), bySource, anchors,
                            assets, diagnostics);
                    url = resolved == null || resolved.equals(ResolvedLinks.LEFT_OUT) ? null : AutoLinks.SITE_PREFIX + resolved;
                }
                if (term.isEmpty() || target.text().isEmpty()) {
                    diagnostics.add(Diagnostic.error(row.source().file(), row.source().line(), row.source().column(),
                            "glossary row needs a term and a link", "Write | Term | https://… | or | Term | page.md#id |."));
                } else if (url != null) {
                    terms.putIfAbsent(term, url);
                }
            }
        }
        return terms;
    }

    private static final java.util.regex.Pattern HREF = java.util.regex.Pattern.compile("href=\"([^\"]*)\"");
    private static final java.util.regex.Pattern EXTERNAL =
            java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*|^//.*");

    private String resolve(Page from, LinkRef link, Map<String, Page> bySource,
                           SiteAnchors anchors, SortedSet<String> assets,
                           List<Diagnostic> diagnostics) {
        String target = link.target();
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Page page;
        if (path.isEmpty()) {
            page = from;
        } else {
            String resolved = resolvePath(from.sourceFile(), decode(path));
            if (resolved == null) {
                return broken(link, "link to '" + target + "' leaves the content folder",
                        "Link only to files inside the content folder.", diagnostics);
            }
            if (isLeftOut(resolved, anchor)) {
                return leftOut(link, diagnostics);
            }
            page = bySource.get(resolved);
            if (page == null) {
                return fileLink(link, resolved, anchor, assets, diagnostics);
            }
        }
        if (isLeftOut(page.sourceFile(), anchor)) {
            return leftOut(link, diagnostics);
        }
        if (anchor == null || anchor.isEmpty()) {
            return page.url();
        }
        Map<String, String> pageAnchors = anchors.of(page.id());
        String url = null;
        for (String name : anchorNames(anchor)) {
            url = url != null ? url : pageAnchors.get(name);
        }
        if (url == null) {
            return broken(link, "link to '" + target + "': " + page.sourceFile() + " has no anchor '#" + anchor + "'",
                    "Use the id of a heading, category, symptom or question of that page"
                            + nearest(page, anchor) + ".", diagnostics);
        }
        return url;
    }

    /**
     * The names a link's anchor is looked up by, in this order: as written; as written in the address bar (%C3%B6
     * for ö: GitHub's ids keep every script's letters); in lower case; as a slug ({@code #Calls}).
     */
    private static List<String> anchorNames(String anchor) {
        String decoded = decode(anchor);
        return List.of(anchor, decoded, decoded.toLowerCase(java.util.Locale.ROOT), Slugs.slug(decoded, ""));
    }

    /** Whether a link leads to what a build for one audience left out, by any name of its anchor. */
    private boolean isLeftOut(String sourceFile, String anchor) {
        if (anchor == null || anchor.isEmpty()) {
            return leftOut.contains(sourceFile, anchor);
        }
        return anchorNames(anchor).stream().anyMatch(name -> leftOut.contains(sourceFile, name));
    }

    /**
     * A link that leads nowhere: an error (no URL), or with {@link BrokenLinks#WARN} a warning, and the link is
     * shown as its text.
     */
    private String broken(LinkRef link, String message, String hint, List<Diagnostic> diagnostics) {
        if (brokenLinks == BrokenLinks.ERROR) {
            diagnostics.add(error(link, message, hint));
            return null;
        }
        diagnostics.add(Diagnostic.warning(link.source().file(), link.source().line(), link.source().column(),
                message + "; it is shown as text", hint));
        return ResolvedLinks.LEFT_OUT;
    }

    private static String leftOut(LinkRef link, List<Diagnostic> diagnostics) {
        diagnostics.add(Diagnostic.warning(link.source().file(), link.source().line(), link.source().column(),
                "link to '" + link.target() + "' is shown as plain text: it leads to a page for another audience",
                "Fine for a public build; link to public pages only if the text should stay a link."));
        return ResolvedLinks.LEFT_OUT;
    }

    /** A link to a content file that is not a Markdown page (an image, a PDF): copied with the site. */
    private String fileLink(LinkRef link, String resolved, String anchor, SortedSet<String> assets,
                            List<Diagnostic> diagnostics) {
        if (!contentFiles.contains(resolved)) {
            return broken(link, "link to '" + link.target() + "': no file " + resolved + " in the content folder",
                    "Check the file name; links are relative to the file they are written in.", diagnostics);
        }
        assets.add(resolved);
        return anchor == null ? resolved : resolved + "#" + anchor;
    }

    private static String nearest(Page page, String anchor) {
        String wanted = Slugs.slug(anchor, "");
        for (Category category : page.categories()) {
            if (category.id().startsWith(wanted) || wanted.startsWith(category.id())) {
                return " (did you mean #" + category.id() + "?)";
            }
        }
        return "";
    }

    /** {@code from}'s folder joined with {@code path}, normalised; null if it climbs above the content root. */
    static String resolvePath(String fromFile, String path) {
        Deque<String> parts = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            String[] fromParts = fromFile.split("/");
            for (int i = 0; i < fromParts.length - 1; i++) {
                parts.addLast(fromParts[i]);
            }
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** Two pages, or a page and a category page, that would be written to the same file. */
    private static void checkOutputPaths(List<Page> pages, List<Diagnostic> diagnostics) {
        Map<String, Page> owners = new HashMap<>();
        for (String reserved : RESERVED) {
            owners.put(reserved, null);
        }
        for (Page page : pages) {
            claim(page.url(), page, owners, diagnostics);
            for (Category category : page.categories()) {
                claim(page.categoryUrl(category), page, owners, diagnostics);
                for (String alias : category.aliases()) {
                    claim(page.categoryAliasUrl(alias), page, owners, diagnostics);
                }
            }
        }
    }

    private static void claim(String url, Page page, Map<String, Page> owners, List<Diagnostic> diagnostics) {
        if (!owners.containsKey(url)) {
            owners.put(url, page);
            return;
        }
        Page other = owners.get(url);
        String clash = other == null ? "a file the generator writes itself" : other.sourceFile();
        diagnostics.add(Diagnostic.error(page.sourceFile(), 1, 1,
                "this page would be written to " + url + ", like " + clash,
                "Rename the file (or the category) so that each page has its own name."));
    }

    private static Diagnostic error(LinkRef link, String message, String hint) {
        return Diagnostic.error(link.source().file(), link.source().line(), link.source().column(), message, hint);
    }
}
