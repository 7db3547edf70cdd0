package org.troubleshoot.serve;

import org.troubleshoot.Generator;
import org.troubleshoot.assemble.GitHistory;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.diagnostic.Diagnostics;
import org.troubleshoot.link.RelatedEntries;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.parse.ContentParser;
import org.troubleshoot.parse.ParseResult;
import org.troubleshoot.publish.Folders;
import org.troubleshoot.render.SiteRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The site the serve command keeps up to date. After a change it re-reads only the files whose size or
 * modification time changed, links the whole site again (cheap), and writes only what the change touched:
 * the changed pages; the shared files (navigation on every page, home, search index, site.json) only when the
 * pages' titles, categories or entry texts changed.
 */
final class LiveSite {
    private final Generator generator;
    private final Path output;
    private ContentParser parser = new ContentParser();
    /** The settings' column names the parser knows (a change of them means every page is read again). */
    private Map<String, List<String>> parserColumns = Map.of();
    private final Map<Path, Cached> cache = new HashMap<>();
    private SiteRenderer renderer;
    private Generator.Analysis last;
    /** Whether {@link #last} was made from what the cache holds now (false after a failed rebuild). */
    private boolean consistent;
    private List<Diagnostic> scanDiagnostics = List.of();
    private final Map<String, String> gitDates;
    private List<Diagnostic> diagnostics = List.of();

    private record Cached(long size, long modified, ParseResult result) {
    }

    /** What one rebuild did, for the log and for the browser. */
    record Rebuild(boolean ok, int filesWritten, int filesParsed, long millis, List<Diagnostic> diagnostics) {
    }

    LiveSite(Generator generator, Path output, SiteRenderer renderer) {
        this.generator = generator;
        this.output = output;
        this.renderer = renderer;
        // Dates change with commits, not with saves: read once, not on every rebuild.
        this.gitDates = GitHistory.lastChanged(generator.contentDirectory());
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Forget everything rendered (after a template change): the next rebuild writes the whole site. */
    void templatesChanged(SiteRenderer newRenderer) {
        renderer = newRenderer;
        last = null;
    }

    /**
     * Rebuilds after {@code changed} files changed. When the only change is an edit of one page that other pages
     * do not see (same title, anchors, category titles and entry texts), only that page is read, linked and
     * written; otherwise the folder is scanned and the site linked again.
     */
    synchronized Rebuild rebuild(List<Path> changed) {
        if (last != null && consistent && changed.size() == 1 && cache.containsKey(changed.get(0))
                && Files.isRegularFile(changed.get(0))) {
            Rebuild quick = rebuildOne(changed.get(0));
            if (quick != null) {
                return quick;
            }
        }
        return rebuild();
    }

    private Rebuild rebuildOne(Path file) {
        long start = System.nanoTime();
        if (!generator.resolveSettings(new Diagnostics()).columns().equals(parserColumns)) {
            return null; // the settings name other columns: every page is read again
        }
        Cached old = cache.get(file);
        if (old.result.pages().size() != 1) {
            return null;
        }
        Cached fresh;
        try {
            fresh = new Cached(Files.size(file), Files.getLastModifiedTime(file).toMillis(),
                    parser.parseOne(generator.contentDirectory(), file));
        } catch (IOException e) {
            return null;
        }
        if (fresh.result.pages().size() != 1) {
            return null;
        }
        Diagnostics found = new Diagnostics();
        generator.resolveSettings(found);
        found.addAll(scanDiagnostics);
        cache.forEach((path, cached) -> found.addAll(path.equals(file) ? fresh.result.diagnostics() : cached.result.diagnostics()));
        Optional<Generator.Analysis> analysis = generator.reanalyse(last, old.result.pages().get(0),
                fresh.result.pages().get(0), found);
        if (analysis.isEmpty() || found.hasErrors()) {
            return null;
        }
        cache.put(file, fresh);
        String source = old.result.pages().get(0).sourceFile();
        Page before = page(last, source);
        Page after = page(analysis.get(), source);
        if (before == null || after == null) {
            return null;
        }
        // Nothing other pages show of this one changed (Linker.relink checked): only its own files, and the
        // shared ones only if the all-on-one page, the search index or the A–Z index show what changed.
        boolean shared = after.kind() == org.troubleshoot.model.PageKind.FAQ
                || after.kind() == org.troubleshoot.model.PageKind.CONTACT
                || !cellHtml(before).equals(cellHtml(after));
        return render(analysis.get(), found, 1, start, new SiteRenderer.Scope(Set.of(after.id()), shared, false));
    }

    private static Page page(Generator.Analysis analysis, String sourceFile) {
        return analysis.site().pages().stream().filter(p -> p.sourceFile().equals(sourceFile)).findFirst().orElse(null);
    }

    private static List<String> cellHtml(Page page) {
        List<String> html = new ArrayList<>();
        for (Category category : page.categories()) {
            for (Entry entry : category.entries()) {
                html.add(entry.symptom().html() + "|" + entry.cause().html() + "|" + entry.resolution().html()
                        + "|" + entry.extras());
            }
        }
        return html;
    }

    synchronized Rebuild rebuild() {
        long start = System.nanoTime();
        Diagnostics found = new Diagnostics();
        SiteSettings settings = generator.resolveSettings(found);
        if (!settings.columns().equals(parserColumns)) {
            parser = generator.contentParser(settings);
            parserColumns = settings.columns();
            cache.clear();
        }
        ContentParser.Scan scan = parser.scan(generator.contentDirectory(), generator.excluded());
        scanDiagnostics = scan.diagnostics();
        found.addAll(scan.diagnostics());
        List<Page> pages = new ArrayList<>();
        int parsed = 0;
        Set<Path> present = new HashSet<>(scan.markdown());
        cache.keySet().retainAll(present);
        for (Path file : scan.markdown()) {
            Cached cached = cache.get(file);
            long size;
            long modified;
            try {
                size = Files.size(file);
                modified = Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                continue; // deleted while we looked: the next event rebuilds again
            }
            if (cached == null || cached.size != size || cached.modified != modified) {
                cached = new Cached(size, modified, parser.parseOne(generator.contentDirectory(), file));
                cache.put(file, cached);
                parsed++;
            }
            pages.addAll(cached.result.pages());
            found.addAll(cached.result.diagnostics());
        }
        Generator.Analysis analysis = generator.analyse(new ParseResult(pages, List.of(), scan.assets()), settings, found,
                gitDates);
        if (found.hasErrors()) {
            diagnostics = found.sorted();
            consistent = false;
            return new Rebuild(false, 0, parsed, millis(start), diagnostics);
        }
        return render(analysis, found, parsed, start, null);
    }

    /** Writes what {@code knownScope} says, or what a comparison with the last build finds (null). */
    private Rebuild render(Generator.Analysis analysis, Diagnostics found, int parsed, long start,
                           SiteRenderer.Scope knownScope) {
        diagnostics = found.sorted();
        try {
            SiteRenderer.Scope scope = knownScope != null ? knownScope : scope(last, analysis);
            if (scope == SiteRenderer.Scope.EVERYTHING) {
                Folders.empty(output);
            }
            int written = renderer.render(analysis.site(), analysis.links(), generator.contentDirectory(), output, scope,
                    analysis.timings());
            last = analysis;
            consistent = true;
            return new Rebuild(true, written, parsed, millis(start), diagnostics);
        } catch (SiteRenderer.TemplateException e) {
            diagnostics = List.of(e.diagnostic());
            last = null;
        } catch (IOException | RuntimeException e) {
            diagnostics = List.of(Diagnostic.error(output.toString(), 0, 0, "cannot write the preview: " + e,
                    "Check the disk; the server keeps the previous pages."));
            last = null;
        }
        return new Rebuild(false, 0, parsed, millis(start), diagnostics);
    }

    /** The least that must be written to go from {@code before} to {@code after}. */
    static SiteRenderer.Scope scope(Generator.Analysis before, Generator.Analysis after) {
        if (before == null || !shape(before).equals(shape(after))
                || !before.site().settings().equals(after.site().settings())
                || !before.links().assets().equals(after.links().assets())) {
            return SiteRenderer.Scope.EVERYTHING;
        }
        Map<String, Page> old = new HashMap<>();
        before.site().pages().forEach(p -> old.put(p.id(), p));
        Set<String> changed = new HashSet<>();
        boolean texts = false;
        for (Page page : after.site().pages()) {
            Page previous = old.get(page.id());
            if (!page.equals(previous) || !Objects.equals(before.links().urls().get(page.id()),
                    after.links().urls().get(page.id()))) {
                changed.add(page.id());
                texts |= !entryTexts(page).equals(entryTexts(previous));
            }
        }
        if (texts) {
            // Related entries may have changed on other pages too.
            for (Page page : after.site().pages()) {
                for (Category category : page.categories()) {
                    for (Entry entry : category.entries()) {
                        if (!relatedUrls(before, page, entry).equals(relatedUrls(after, page, entry))) {
                            changed.add(page.id());
                        }
                    }
                }
            }
        }
        return new SiteRenderer.Scope(Set.copyOf(changed), texts, false);
    }

    /** What every page shows of the others: titles and kinds of pages, titles and ids of categories. */
    private static List<String> shape(Generator.Analysis analysis) {
        List<String> shape = new ArrayList<>();
        shape.add(analysis.site().title());
        for (Page page : analysis.site().pages()) {
            shape.add(page.id() + "|" + page.title() + "|" + page.kind() + "|" + page.audience() + "|"
                    + page.description() + "|" + analysis.site().lastChanged(page).orElse(""));
            for (Category category : page.categories()) {
                shape.add(category.id() + "|" + category.title() + "|" + category.audience() + "|"
                        + category.entries().size() + "|" + category.aliases());
            }
        }
        return shape;
    }

    /** The entry texts that the search index, site.json and the A–Z index are made of. */
    private static List<String> entryTexts(Page page) {
        List<String> texts = new ArrayList<>();
        if (page == null) {
            return texts;
        }
        for (Category category : page.categories()) {
            for (Entry entry : category.entries()) {
                texts.add(entry.id() + "|" + entry.symptom().text() + "|" + entry.cause().text() + "|"
                        + entry.resolution().text() + "|" + entry.aliases());
            }
        }
        page.questions().forEach(q -> texts.add(q.id() + "|" + q.question() + "|" + q.answerText()));
        return texts;
    }

    private static List<String> relatedUrls(Generator.Analysis analysis, Page page, Entry entry) {
        return analysis.links().related(page, entry).stream().map(RelatedEntries.Related::url).toList();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
