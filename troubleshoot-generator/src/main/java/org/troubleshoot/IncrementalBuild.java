package org.troubleshoot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.troubleshoot.assemble.GitHistory;
import org.troubleshoot.assemble.LiveBlame;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.diagnostic.Diagnostics;
import org.troubleshoot.diagnostic.Timings;
import org.troubleshoot.link.RelatedEntries;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageOutline;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.RowDates;
import org.troubleshoot.model.Section;
import org.troubleshoot.parse.ParseResult;
import org.troubleshoot.plan.OutputException;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.publish.Folders;
import org.troubleshoot.publish.SiteWriter;
import org.troubleshoot.render.SiteRenderer;
import org.troubleshoot.render.TemplateException;

/**
 * A build kept up to date in a folder of its own, for the live preview. After an edit it re-reads only the
 * files whose size or modification time changed ({@link ParseCache}) and writes only what the edit touched:
 * the edited page's files, and the shared files (navigation on every page, home, search index, site.json)
 * only when what the rest of the site shows of the page ({@link PageOutline}) changed.
 *
 * <p>The folder holds the last good build: a rebuild with errors keeps it and reports them. Only the files of
 * the current plan are served ({@link #file}), whatever else the folder may still hold.
 */
public final class IncrementalBuild implements AutoCloseable {
    private final Pipeline pipeline;
    private final Path folder;
    private final String extraHead;
    private final ParseCache cache;
    /** Dates change with commits, not with saves: read once, not on every rebuild. */
    private final Map<String, String> gitDates;
    /** Row dates: blamed once, and again for a file after it changed. */
    private final LiveBlame blame;

    private SiteRenderer renderer;
    private Analysis last;
    /**
     * The plan the served files belong to. Read without the lock: a request is answered while a rebuild writes,
     * so the edited page, written first, is served before the rebuild has written the big shared files.
     */
    private volatile OutputPlan plan;
    /** Whether {@link #last} was made from what the cache holds now (false after a failed rebuild). */
    private boolean consistent;

    private List<Diagnostic> diagnostics = List.of();

    /** What one rebuild did, for the log and for the browser. */
    public record Rebuild(boolean ok, int filesWritten, int filesParsed, long millis, List<Diagnostic> diagnostics) {}

    IncrementalBuild(Pipeline pipeline, Path folder, String extraHead) {
        this.pipeline = pipeline;
        this.folder = folder;
        this.extraHead = extraHead;
        this.cache = new ParseCache(pipeline.contentDirectory(), pipeline.excluded());
        this.renderer = pipeline.renderer(extraHead);
        this.gitDates = GitHistory.lastChanged(pipeline.contentDirectory());
        this.blame = new LiveBlame(pipeline.contentDirectory());
    }

    /** The folder the build is kept in (for tests: the preview serves only {@link #file}). */
    Path folder() {
        return folder;
    }

    /** The problems of the last rebuild (empty when there were none). */
    public synchronized List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The file of the current build at {@code path} (relative to the site root), if the plan has it: the
     * preview serves nothing else.
     */
    public Optional<Path> file(String path) {
        OutputPlan current = plan;
        if (current == null || current.file(path).isEmpty()) {
            return Optional.empty();
        }
        Path file = folder.resolve(path).normalize();
        return file.startsWith(folder) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Rebuilds after {@code changed} files changed. When the only change is an edit of one page that other
     * pages do not see (same {@link PageOutline}), only that page is read, linked and written; otherwise the
     * folder is scanned and the site linked again. A template change writes the whole site.
     */
    public synchronized Rebuild rebuild(List<Path> changed, boolean templates) {
        if (templates) {
            renderer = pipeline.renderer(extraHead);
            last = null;
            return rebuild();
        }
        // An editor that saves by writing a temporary file and renaming it over the page (vim, sed -i) reports
        // the temporary file too, gone by now and never read: it changes nothing.
        List<Path> relevant =
                changed.stream().filter(p -> cache.holds(p) || Files.exists(p)).toList();
        if (last != null
                && consistent
                && relevant.size() == 1
                && cache.holds(relevant.get(0))
                && Files.isRegularFile(relevant.get(0))) {
            Optional<Rebuild> quick = rebuildOne(relevant.get(0));
            if (quick.isPresent()) {
                return quick.get();
            }
        }
        return rebuild();
    }

    /** Reads what changed and writes what a comparison with the last build finds changed (all at first). */
    public synchronized Rebuild rebuild() {
        long start = System.nanoTime();
        Diagnostics found = new Diagnostics();
        SiteSettings settings = pipeline.settings(found);
        ParseCache.Scan scan = cache.refresh(settings);
        found.addAll(scan.diagnostics());
        List<String> sources = scan.pages().stream().map(Page::sourceFile).toList();
        Analysis analysis = pipeline.analyse(
                new ParseResult(scan.pages(), List.of(), scan.files()),
                settings,
                found,
                new Timings(),
                () -> gitDates,
                () -> blame.current(sources));
        Optional<OutputPlan> next = pipeline.plan(analysis, renderer);
        if (found.hasErrors() || next.isEmpty()) {
            diagnostics = found.sorted();
            consistent = false;
            return new Rebuild(false, 0, scan.parsed(), millis(start), diagnostics);
        }
        Scope scope = scope(last, analysis);
        OutputPlan writes = scope.everything() ? next.get() : next.get().select(scope::includes);
        return write(analysis, next.get(), writes, scope.everything(), scan.parsed(), start, found);
    }

    private Optional<Rebuild> rebuildOne(Path file) {
        long start = System.nanoTime();
        Optional<ParseCache.Change> change = cache.reread(file);
        if (change.isEmpty()) {
            return Optional.empty();
        }
        Page before = change.get().before();
        Page after = change.get().after();
        Diagnostics found = new Diagnostics();
        if (!cache.readWith(pipeline.settings(found))) {
            return Optional.empty(); // the settings name other columns: every page is read again
        }
        found.addAll(cache.diagnostics(file, change.get().diagnostics()));
        RowDates rowDates = RowDates.of(blame.current(List.of(after.sourceFile())), gitDates);
        Optional<Analysis> analysis = pipeline.reanalyse(last, before, after, rowDates, found);
        if (analysis.isEmpty() || found.hasErrors()) {
            return Optional.empty();
        }
        cache.accept(change.get());
        Page shownBefore = page(last, before.sourceFile());
        Page shownAfter = page(analysis.get(), after.sourceFile());
        if (shownBefore == null || shownAfter == null) {
            return Optional.empty();
        }
        try {
            Set<SiteRenderer.Shown> shown = EnumSet.noneOf(SiteRenderer.Shown.class);
            if (!leadingProse(shownBefore).equals(leadingProse(shownAfter))) {
                shown.add(SiteRenderer.Shown.HOME);
            }
            if (!cellHtml(shownBefore).equals(cellHtml(shownAfter))) {
                shown.add(SiteRenderer.Shown.ALL_ON_ONE);
            }
            if (!Arrays.equals(
                    renderer.siteJsonOf(last.site(), last.links(), shownBefore.id()),
                    renderer.siteJsonOf(analysis.get().site(), analysis.get().links(), shownAfter.id()))) {
                shown.add(SiteRenderer.Shown.SITE_JSON);
            }
            OutputPlan writes =
                    renderer.planPage(analysis.get().site(), analysis.get().links(), shownAfter.id(), shown);
            // The page's outline is unchanged, so the site has the same files: the plan served stays as it is.
            return Optional.of(write(analysis.get(), plan, writes, false, 1, start, found));
        } catch (TemplateException | IOException e) {
            return Optional.empty(); // the full rebuild reports it
        }
    }

    /** Writes {@code writes} (all of {@code next}'s files when {@code everything}) and makes {@code next} current. */
    private Rebuild write(
            Analysis analysis,
            OutputPlan next,
            OutputPlan writes,
            boolean everything,
            int parsed,
            long start,
            Diagnostics found) {
        diagnostics = found.sorted();
        try {
            if (everything) {
                Folders.empty(folder);
            }
            int written = SiteWriter.write(writes.files(), folder);
            last = analysis;
            plan = next;
            consistent = true;
            return new Rebuild(true, written, parsed, millis(start), diagnostics);
        } catch (OutputException e) {
            diagnostics = List.of(e.diagnostic());
        } catch (IOException | RuntimeException e) {
            diagnostics = List.of(Diagnostic.error(
                    folder.toString(),
                    0,
                    0,
                    "cannot write the preview: " + e,
                    "Check the disk; the preview keeps the previous pages."));
        }
        last = null;
        return new Rebuild(false, 0, parsed, millis(start), diagnostics);
    }

    /** Which files to write: every file, or the files of some pages and perhaps the shared ones. */
    private record Scope(boolean everything, Set<String> pages, boolean shared) {
        static final Scope EVERYTHING = new Scope(true, Set.of(), true);

        boolean includes(PlannedFile file) {
            return switch (file.role()) {
                case PAGE -> pages.contains(file.pageId());
                case SHARED -> shared;
                case ASSET -> false;
            };
        }
    }

    /** The least that must be written to go from {@code before} to {@code after}. */
    private static Scope scope(Analysis before, Analysis after) {
        if (before == null
                || !navigation(before).equals(navigation(after))
                || !before.site().settings().equals(after.site().settings())
                || !before.links().assets().equals(after.links().assets())) {
            return Scope.EVERYTHING;
        }
        Map<String, Page> old = new HashMap<>();
        before.site().pages().forEach(p -> old.put(p.id(), p));
        Set<String> changed = new HashSet<>();
        boolean texts = false;
        for (Page page : after.site().pages()) {
            Page previous = old.get(page.id());
            if (!page.equals(previous)
                    || !Objects.equals(
                            before.links().urls().get(page.id()),
                            after.links().urls().get(page.id()))) {
                changed.add(page.id());
                texts |= previous == null
                        || !PageOutline.of(page)
                                .texts()
                                .equals(PageOutline.of(previous).texts());
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
        // Any change of a page may show in the shared files (site.json, the all-on-one page): cheap next to it.
        return new Scope(false, Set.copyOf(changed), texts || !changed.isEmpty());
    }

    /** What every page's navigation shows of the others: the site's title and every page's place in it. */
    private static List<Object> navigation(Analysis analysis) {
        List<Object> navigation = new ArrayList<>();
        navigation.add(analysis.site().title());
        analysis.site()
                .pages()
                .forEach(page -> navigation.add(PageOutline.of(page).nav()));
        return navigation;
    }

    private static List<String> relatedUrls(Analysis analysis, Page page, Entry entry) {
        return analysis.links().related(page, entry).stream()
                .map(RelatedEntries.Related::url)
                .toList();
    }

    private static Page page(Analysis analysis, String sourceFile) {
        return analysis.site().pages().stream()
                .filter(p -> p.sourceFile().equals(sourceFile))
                .findFirst()
                .orElse(null);
    }

    /** A troubleshooting page's introduction, which the home page shows. */
    private static List<String> leadingProse(Page page) {
        List<String> html = new ArrayList<>();
        for (Section section : page.sections()) {
            if (!(section instanceof Prose prose) || prose.hasHeading()) {
                break;
            }
            html.add(prose.html());
        }
        return html;
    }

    /** The cells as the all-on-one page shows them. */
    private static List<Object> cellHtml(Page page) {
        List<Object> html = new ArrayList<>();
        for (Category category : page.categories()) {
            for (Entry entry : category.entries()) {
                html.add(entry.symptom().html());
                entry.causes()
                        .forEach(cause -> html.add(
                                List.of(cause.cause().html(), cause.resolution().html())));
                html.add(entry.extras());
            }
        }
        return html;
    }

    /** Removes the build's folder. */
    @Override
    public synchronized void close() throws IOException {
        plan = null;
        Folders.deleteTree(folder);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
