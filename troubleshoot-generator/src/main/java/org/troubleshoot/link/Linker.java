package org.troubleshoot.link;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.troubleshoot.assemble.SiteAssembler;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.config.ContentFolder;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.LinkRef;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageOutline;
import org.troubleshoot.model.Urls;
import org.troubleshoot.parse.Slugs;

/**
 * The link stage: resolves every link a writer wrote between content files to the URL it gets in the
 * site, reports the ones that lead nowhere, and decides which of the content folder's other files are
 * published: those that pages link to, and those of the static folder.
 */
public final class Linker {
    private final SortedSet<String> contentFiles;
    private final SiteAssembler.LeftOut leftOut;
    private final BrokenLinks brokenLinks;

    /**
     * @param contentFiles the content folder's files that are not pages (relative paths): links may lead to them,
     *                     and those of the static folder are published in any case
     */
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
    public record Result(List<Page> pages, ResolvedLinks links, List<Diagnostic> diagnostics, Context context) {}

    /**
     * The rest of the site, as one page's links see it: other pages and their anchors, the automatic links, and
     * the linker with the content files and what the build's audience left out.
     */
    public static final class Context {
        private final Linker linker;
        private final Map<String, Page> bySource;
        private final SiteAnchors anchors;
        /** The automatic links of each language's pages; null when automatic links are off. */
        private final Map<String, AutoLinks> auto;

        private final Function<Page, String> language;

        private Context(
                Linker linker,
                Map<String, Page> bySource,
                SiteAnchors anchors,
                Map<String, AutoLinks> auto,
                Function<Page, String> language) {
            this.linker = linker;
            this.bySource = bySource;
            this.anchors = anchors;
            this.auto = auto;
            this.language = language;
        }

        private Page autoLinked(Page page) {
            return auto == null ? page : auto.get(language.apply(page)).apply(page);
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
        return link(pages, glossary, autoLinks, page -> "");
    }

    /**
     * Links pages written in several languages. Links may lead from one language to another; automatic links
     * and related entries stay within a page's language, so that a German row never offers an English one.
     *
     * @param language the language of a page
     */
    public Result link(List<Page> pages, Page glossary, boolean autoLinks, Function<Page, String> language) {
        List<Diagnostic> diagnostics = new ArrayList<>();
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
        SortedMap<String, ContentAsset> assets = new TreeMap<>();
        for (String file : contentFiles) {
            if (ContentFolder.isStatic(file)) {
                assets.put(file, new ContentAsset(ContentFolder.publishedPath(file), Page.PUBLIC, null));
            }
        }
        for (Page page : all) {
            // Links in categories the audience left out are not followed: they must publish nothing.
            BitSet used = leftOut.anchors().containsKey(page.sourceFile()) ? LinksInUse.of(page) : null;
            List<String> pageUrls = new ArrayList<>(page.links().size());
            for (int i = 0; i < page.links().size(); i++) {
                pageUrls.add(
                        used != null && !used.get(i)
                                ? null
                                : resolve(page, page.links().get(i), bySource, anchors, assets, diagnostics));
            }
            urls.put(page.id(), pageUrls);
        }
        Map<String, List<Page>> byLanguage = new LinkedHashMap<>();
        for (Page page : pages) {
            byLanguage
                    .computeIfAbsent(language.apply(page), k -> new ArrayList<>())
                    .add(page);
        }
        List<Page> linked = pages;
        Map<String, AutoLinks> auto = null;
        if (autoLinks) {
            Map<String, String> terms = glossary == null
                    ? Map.of()
                    : Glossary.terms(
                            glossary,
                            urls.get(glossary.id()),
                            link -> resolve(glossary, link, bySource, anchors, assets, diagnostics),
                            diagnostics);
            auto = new HashMap<>();
            for (Map.Entry<String, List<Page>> group : byLanguage.entrySet()) {
                auto.put(group.getKey(), new AutoLinks(group.getValue(), terms));
            }
        }
        Context context = new Context(this, bySource, anchors, auto, language);
        if (auto != null) {
            linked = pages.parallelStream().map(context::autoLinked).toList();
        }
        Map<String, Map<String, List<RelatedEntries.Related>>> related =
                byLanguage.size() == 1 ? RelatedEntries.of(pages) : new HashMap<>();
        if (byLanguage.size() > 1) {
            byLanguage.values().forEach(group -> related.putAll(RelatedEntries.of(group)));
        }
        return new Result(linked, new ResolvedLinks(Map.copyOf(urls), assets, related), diagnostics, context);
    }

    /**
     * Links one changed page against an earlier result, without touching the rest of the site — possible when
     * nothing the other pages see of it changed: the same {@link PageOutline} and anchors, and links to the same
     * content files. Empty when it is not; then link the whole site.
     *
     * @param before  the page as it was parsed last time
     * @param changed the page as parsed now
     */
    public static Optional<Result> relink(Result previous, Page before, Page changed) {
        return previous.context().linker.relinkOne(previous, before, changed);
    }

    private Optional<Result> relinkOne(Result previous, Page before, Page changed) {
        if (!sameForOthers(before, changed) || leftOut.pages().contains(changed.sourceFile())) {
            return Optional.empty();
        }
        Context context = previous.context();
        if (!SiteAnchors.of(changed).equals(context.anchors.of(changed.id()))) {
            return Optional.empty();
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic diagnostic : previous.diagnostics()) {
            if (!diagnostic.file().equals(changed.sourceFile())) {
                diagnostics.add(diagnostic);
            }
        }
        SortedMap<String, ContentAsset> assets = new TreeMap<>();
        List<String> pageUrls = new ArrayList<>(changed.links().size());
        for (LinkRef link : changed.links()) {
            pageUrls.add(resolve(changed, link, context.bySource, context.anchors, assets, diagnostics));
        }
        SortedMap<String, ContentAsset> assetsBefore = new TreeMap<>();
        for (LinkRef link : before.links()) {
            resolve(before, link, context.bySource, context.anchors, assetsBefore, new ArrayList<>());
        }
        if (!assets.keySet().equals(assetsBefore.keySet())) {
            return Optional.empty(); // the files it links changed: the published files change too
        }
        Map<String, List<String>> urls = new HashMap<>(previous.links().urls());
        urls.put(changed.id(), pageUrls);
        Page linked = context.autoLinked(changed);
        List<Page> pages = new ArrayList<>(previous.pages());
        boolean replaced = false;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id().equals(changed.id())) {
                pages.set(i, linked);
                replaced = true;
            }
        }
        if (!replaced) {
            return Optional.empty();
        }
        return Optional.of(new Result(
                List.copyOf(pages),
                new ResolvedLinks(
                        Map.copyOf(urls),
                        previous.links().assets(),
                        previous.links().related()),
                diagnostics,
                context));
    }

    private static boolean sameForOthers(Page before, Page changed) {
        return before != null && PageOutline.of(before).equals(PageOutline.of(changed));
    }

    private String resolve(
            Page from,
            LinkRef link,
            Map<String, Page> bySource,
            SiteAnchors anchors,
            SortedMap<String, ContentAsset> assets,
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
            String resolved = Urls.resolveContentPath(from.sourceFile(), Urls.decodePath(path));
            if (resolved == null) {
                return broken(
                        link,
                        "link to '" + target + "' leaves the content folder",
                        "Link only to files inside the content folder.",
                        diagnostics);
            }
            if (isLeftOut(resolved, anchor)) {
                return ResolvedLinks.LEFT_OUT;
            }
            page = bySource.get(resolved);
            if (page == null) {
                return fileLink(from, link, resolved, anchor, assets, diagnostics);
            }
        }
        if (isLeftOut(page.sourceFile(), anchor)) {
            // By design, not a problem: a public page may point admins to the playbook; the public build shows
            // the link's text, the internal build the link.
            return ResolvedLinks.LEFT_OUT;
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
            return broken(
                    link,
                    "link to '" + target + "': " + page.sourceFile() + " has no anchor '#" + anchor + "'",
                    "Use the id of a heading, category, symptom or question of that page" + nearest(page, anchor) + ".",
                    diagnostics);
        }
        return url;
    }

    /**
     * The names a link's anchor is looked up by, in this order: as written; as written in the address bar (%C3%B6
     * for ö: GitHub's ids keep every script's letters); in lower case; as a slug ({@code #Calls}).
     */
    private static List<String> anchorNames(String anchor) {
        String decoded = Urls.decodePath(anchor);
        return List.of(anchor, decoded, decoded.toLowerCase(Locale.ROOT), Slugs.slug(decoded, ""));
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
        diagnostics.add(Diagnostic.warning(
                link.source().file(),
                link.source().line(),
                link.source().column(),
                message + "; it is shown as text",
                hint));
        return ResolvedLinks.LEFT_OUT;
    }

    /**
     * A link to a content file that is not a Markdown page (an image, a PDF): the file is published, for the
     * audience of the pages that link to it.
     */
    private String fileLink(
            Page from,
            LinkRef link,
            String resolved,
            String anchor,
            SortedMap<String, ContentAsset> assets,
            List<Diagnostic> diagnostics) {
        if (!contentFiles.contains(resolved)) {
            return broken(
                    link,
                    "link to '" + link.target() + "': no file " + resolved + " in the content folder",
                    "Check the file name; links are relative to the file they are written in. Hidden files, build "
                            + "files and build folders are never published.",
                    diagnostics);
        }
        ContentAsset asset = assets.get(resolved);
        if (asset == null) {
            asset = new ContentAsset(ContentFolder.publishedPath(resolved), from.audience(), link.source());
            assets.put(resolved, asset);
        } else if (!asset.audience().equals(Page.PUBLIC) && from.isPublic()) {
            assets.put(resolved, new ContentAsset(asset.url(), Page.PUBLIC, asset.linkedFrom()));
        }
        return anchor == null ? asset.url() : asset.url() + "#" + anchor;
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

    private static Diagnostic error(LinkRef link, String message, String hint) {
        return Diagnostic.error(
                link.source().file(), link.source().line(), link.source().column(), message, hint);
    }
}
