package org.troubleshoot.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import org.troubleshoot.Timings;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.link.RelatedEntries;
import org.troubleshoot.link.ResolvedLinks;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.Site;
import org.troubleshoot.publish.TextFiles;
import org.troubleshoot.search.SearchIndex;
import org.troubleshoot.render.Views.AToZ;
import org.troubleshoot.render.Views.AllCategory;
import org.troubleshoot.render.Views.AllPage;
import org.troubleshoot.render.Views.AllSection;
import org.troubleshoot.render.Views.CategoryPage;
import org.troubleshoot.render.Views.IndexItem;
import org.troubleshoot.render.Views.LetterGroup;
import org.troubleshoot.render.Views.CategorySummary;
import org.troubleshoot.render.Views.CellView;
import org.troubleshoot.render.Views.ContentPage;
import org.troubleshoot.render.Views.Home;
import org.troubleshoot.render.Views.Layout;
import org.troubleshoot.render.Views.Link;
import org.troubleshoot.render.Views.NavGroup;
import org.troubleshoot.render.Views.NavItem;
import org.troubleshoot.render.Views.PageSummary;
import org.troubleshoot.render.Views.ProseView;
import org.troubleshoot.render.Views.QuestionView;
import org.troubleshoot.render.Views.Row;
import org.troubleshoot.render.Views.SectionView;
import org.troubleshoot.render.Views.TableView;
import org.troubleshoot.render.Views.TroubleshootingSummary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The render stage: writes the HTML pages, assets, linked content files and site.json of a linked site into
 * a folder. Knows nothing of Markdown: every text it gets is already HTML or plain text.
 */
public final class SiteRenderer {
    private final TemplateSource templates;
    private final String generator;
    private final String extraHead;

    public SiteRenderer(TemplateSource templates, String generator) {
        this(templates, generator, null);
    }

    /** @param extraHead HTML for every page's head, added only by the serve command (its live-reload script) */
    public SiteRenderer(TemplateSource templates, String generator, String extraHead) {
        this.templates = templates;
        this.generator = generator;
        this.extraHead = extraHead;
    }

    /** Thrown when a template cannot be compiled or run; carries a diagnostic naming the template. */
    public static final class TemplateException extends Exception {
        private final transient Diagnostic diagnostic;

        TemplateException(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /** One rendering job: templates are compiled once, then pages are written in parallel. */
    /**
     * Which files of a site to write. A build writes everything; the serve command, after an edit, only the
     * pages the edit touched, and the shared files (home, indexes, site.json, search) only when needed.
     *
     * @param pages  ids of the pages whose own file and category pages are written; null for every page
     * @param shared whether to write the files every page shares: home, A–Z, all-on-one, 404, site.json, search
     *               index, robots.txt, sitemap.xml
     * @param assets whether to copy the template's assets and the content's other files
     */
    public record Scope(java.util.Set<String> pages, boolean shared, boolean assets) {
        public static final Scope EVERYTHING = new Scope(null, true, true);

        boolean includes(Page page) {
            return pages == null || pages.contains(page.id());
        }
    }

    /** Writes the whole site into {@code out}. */
    public void render(Site site, ResolvedLinks links, Path contentRoot, Path out)
            throws IOException, TemplateException {
        render(site, links, contentRoot, out, Scope.EVERYTHING, new Timings());
    }

    /** Writes the part of the site that {@code scope} names into {@code out}; returns how many files. */
    public int render(Site site, ResolvedLinks links, Path contentRoot, Path out, Scope scope, Timings timings)
            throws IOException, TemplateException {
        long start = System.nanoTime();
        Compiled compiled = compile();
        Job job = new Job(site, links);
        List<Task> writes = new ArrayList<>();
        // The biggest files first, so that both cores stay busy to the end; site.json and the search index
        // are written alongside the pages.
        if (scope.shared()) {
            if (job.largeSite) {
                Files.deleteIfExists(out.resolve(ALL_PAGE)); // left by an earlier, smaller version of the site
            } else {
                writes.add(() -> job.write(out, ALL_PAGE, compiled.all, job.all()));
            }
            writes.add(() -> {
                long own = System.nanoTime();
                new SiteJson(site, links).write(out.resolve("site.json"));
                new Publishing(site, !job.largeSite).write(out);
                timings.add("site.json and sitemap", own);
            });
            writes.add(() -> {
                long own = System.nanoTime();
                Path search = out.resolve("assets/search");
                if (Files.isDirectory(search)) {
                    try (var old = Files.list(search)) {
                        for (Path file : old.toList()) {
                            Files.delete(file);
                        }
                    }
                }
                new SearchIndex(site).write(search);
                timings.add("search index", own);
            });
            writes.add(() -> job.write(out, "a-z.html", compiled.aToZ, job.aToZ()));
            writes.add(() -> job.write(out, "index.html", compiled.home, job.home()));
            writes.add(() -> job.write(out, "404.html", compiled.notFound, job.notFound()));
        }
        for (Page page : site.pages()) {
            if (!scope.includes(page)) {
                continue;
            }
            writes.add(() -> job.write(out, page.url(), compiled.page, job.contentPage(page)));
            List<Category> categories = page.categories();
            for (int i = 0; i < categories.size(); i++) {
                int index = i;
                Category category = categories.get(index);
                writes.add(() -> job.write(out, page.categoryUrl(category), compiled.category,
                        job.categoryPage(page, index)));
                for (String alias : category.aliases()) {
                    writes.add(() -> job.write(out, page.categoryAliasUrl(alias), compiled.redirect,
                            new Views.Redirect(category.title(), category.id() + ".html")));
                }
            }
        }
        try {
            runInOrder(writes);
            timings.add("render pages", start);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (MustacheException e) {
            throw new TemplateException(templateDiagnostic("a template", e));
        } catch (RuntimeException e) {
            if (e.getCause() instanceof MustacheException cause) {
                throw new TemplateException(templateDiagnostic("a template", cause));
            }
            throw e;
        }
        start = System.nanoTime();
        if (scope.assets()) {
            copyAssets(out);
            for (String asset : links.assets()) {
                Path target = out.resolve(asset);
                Files.createDirectories(target.getParent());
                Files.copy(contentRoot.resolve(asset), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        timings.add("copy assets", start);
        return writes.size();
    }

    /**
     * Runs the tasks on as many threads as there are processors, each taking the next task in list order, so
     * that the big shared files (listed first) start at once and the pages fill in around them. (A parallel
     * stream splits the list into halves instead: one thread would get all the big files.) The first failure
     * stops the rest and is thrown, an {@link Error} too: a file a helper thread failed to write must not go
     * unnoticed, or a site with a page missing would be published.
     */
    private static void runInOrder(List<Task> tasks) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size() && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    tasks.get(i).runUnchecked();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(worker, "troubleshoot-render");
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering", e);
            }
        }
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (failure.get() instanceof RuntimeException exception) {
            throw exception;
        }
    }

    /** One file to write. */
    private interface Task {
        void run() throws IOException;

        default void runUnchecked() {
            try {
                run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Compiled(Mustache home, Mustache page, Mustache category, Mustache redirect, Mustache aToZ,
                            Mustache all, Mustache notFound) {
    }

    private Compiled compiled;

    /** Templates are compiled once per renderer (the serve command renders many times with one). */
    private synchronized Compiled compile() throws TemplateException {
        if (compiled == null) {
            compiled = compileAll();
        }
        return compiled;
    }

    private Compiled compileAll() throws TemplateException {
        DefaultMustacheFactory factory = new TemplateFactory(templates::reader);
        return new Compiled(compile(factory, "home.mustache"), compile(factory, "page.mustache"),
                compile(factory, "category.mustache"), compile(factory, "redirect.mustache"),
                compile(factory, "a-z.mustache"), compile(factory, "all.mustache"), compile(factory, "404.mustache"));
    }

    private Mustache compile(DefaultMustacheFactory factory, String name) throws TemplateException {
        try {
            return factory.compile(name);
        } catch (MustacheException e) {
            throw new TemplateException(templateDiagnostic(templates.describe(name), e));
        }
    }

    private static final java.util.regex.Pattern TEMPLATE_POSITION = java.util.regex.Pattern.compile("@\\[([^:\\]]+):(\\d+)]");

    /** Mustache says where a template is broken as "@[name:line]": the diagnostic points there. */
    private Diagnostic templateDiagnostic(String template, MustacheException e) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher position = TEMPLATE_POSITION.matcher(message);
        String file = template;
        int line = 0;
        if (position.find()) {
            file = templates.describe(position.group(1));
            line = Integer.parseInt(position.group(2));
        }
        return Diagnostic.error(file, line, 0, "template error: " + message,
                "Fix the template, or delete it from the template folder to use the default one.");
    }

    private void copyAssets(Path out) throws IOException {
        for (String name : templates.assetNames()) {
            Optional<InputStream> in = templates.open(name);
            if (in.isEmpty()) {
                throw new IOException("asset " + name + " is listed but missing from the site template");
            }
            Path target = out.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream from = in.get(); OutputStream to = Files.newOutputStream(target)) {
                from.transferTo(to);
            }
        }
    }

    /** The views of one site; every method is safe to call from several threads. */
    private final class Job {
        private final Site site;
        private final ResolvedLinks links;
        private final LinkWriter linkWriter;
        /** Asked for by every page's navigation: filtered once. */
        private final List<Page> troubleshootingPages;
        /** More entries than one page can usefully list (see {@link #LARGE_SITE_ENTRIES}). */
        final boolean largeSite;

        Job(Site site, ResolvedLinks links) {
            this.site = site;
            this.links = links;
            this.troubleshootingPages = site.troubleshootingPages();
            this.linkWriter = new LinkWriter(links);
            this.largeSite = site.entryCount() > LARGE_SITE_ENTRIES;
        }

        /** Folders already made: asking the file system again for every page costs an exception each time. */
        private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

        void write(Path out, String url, Mustache template, Object view) throws IOException {
            Path file = out.resolve(url);
            Path folder = file.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            try (Writer writer = TextFiles.create(file)) {
                template.execute(writer, view);
            }
        }

        Home home() {
            String root = "";
            List<TroubleshootingSummary> troubleshooting = lazy(troubleshootingPages.size(), i -> {
                Page page = troubleshootingPages.get(i);
                return new TroubleshootingSummary(page.title(), page.url(), leadingProse(page, root),
                        lazy(page.categories().size(), c -> categorySummary(page, page.categories().get(c), root,
                                !largeSite)));
            });
            List<PageSummary> others = new ArrayList<>();
            for (Page page : site.pages()) {
                if (page.kind() != PageKind.TROUBLESHOOTING) {
                    others.add(new PageSummary(page.title(), page.url(), page.description(), audienceLabel(page)));
                }
            }
            return new Home(layout(site.title(), "", root, "index.html"), troubleshooting, others);
        }

        AToZ aToZ() {
            String root = "";
            java.util.TreeMap<String, List<Keyed>> byLetter = new java.util.TreeMap<>();
            for (Page page : site.pages()) {
                for (Section section : page.sections()) {
                    if (section instanceof Category category) {
                        String categoryUrl = root + page.categoryUrl(category) + "#";
                        for (Entry entry : category.entries()) {
                            add(byLetter, new IndexItem(entry.symptom().text(), categoryUrl + entry.id(),
                                    category.title()));
                        }
                    } else if (section instanceof Question question) {
                        add(byLetter, new IndexItem(question.question(), root + page.url() + "#" + question.id(),
                                page.title()));
                    }
                }
            }
            List<LetterGroup> groups = new ArrayList<>();
            byLetter.forEach((letter, items) -> {
                items.sort(null);
                groups.add(new LetterGroup(letter, letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT),
                        items.stream().map(Keyed::item).toList()));
            });
            return new AToZ(layout("A–Z index", "Every symptom and question, A to Z.", root, "a-z.html"), groups);
        }

        /** An index item with its sort key, worked out once; in key order, then URL order. */
        private record Keyed(String key, IndexItem item) implements Comparable<Keyed> {
            @Override
            public int compareTo(Keyed other) {
                int byKey = key.compareTo(other.key);
                return byKey != 0 ? byKey : item.url().compareTo(other.item.url());
            }
        }

        private void add(java.util.Map<String, List<Keyed>> byLetter, IndexItem item) {
            String key = sortKey(item.text());
            char first = key.isEmpty() ? '#' : Character.toUpperCase(key.charAt(0));
            String letter = first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
            byLetter.computeIfAbsent(letter, l -> new ArrayList<>()).add(new Keyed(key, item));
        }

        /** "\"Your account…\"" sorts under Y: quotes and other leading marks do not count. */
        private static String sortKey(String text) {
            String folded = org.troubleshoot.search.Tokens.isAscii(text) ? text.toLowerCase(Locale.ROOT)
                    : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            int start = 0;
            while (start < folded.length() && !Character.isLetterOrDigit(folded.charAt(start))) {
                start++;
            }
            return folded.substring(start);
        }

        /** 404.html is served at any address, so its links start from the base URL when there is one. */
        Views.NotFound notFound() {
            String root = site.settings().baseUrl().orElse("");
            return new Views.NotFound(layout("Page not found", "", root, "404.html"));
        }

        AllPage all() {
            String root = "";
            List<Page> pages = troubleshootingPages;
            List<AllSection> sections = lazy(pages.size(), p -> {
                Page page = pages.get(p);
                return new AllSection(page.title(), pages.size() > 1, lazy(page.categories().size(), c -> {
                    Category category = page.categories().get(c);
                    List<String> headers = headers(category);
                    List<Entry> entries = category.entries();
                    return new AllCategory(category.title(), root + page.categoryUrl(category),
                            category.title() + " — " + countLabel(entries.size()), headers,
                            lazy(entries.size(), e -> row(page, category, entries.get(e), headers, root)));
                }));
            });
            return new AllPage(layout("All troubleshooting on one page", "Every category on one page, to print.",
                    root, ALL_PAGE), sections);
        }

        ContentPage contentPage(Page page) {
            String root = Urls.rootOf(page.url());
            List<SectionView> sections = new ArrayList<>();
            for (Section section : page.sections()) {
                sections.add(sectionView(page, section, root));
            }
            return new ContentPage(layout(page.title(), page.description(), root, page.url(), page), page.title(),
                    page.kind().id(), audienceLabel(page), sections);
        }

        CategoryPage categoryPage(Page page, int index) {
            List<Category> categories = page.categories();
            Category category = categories.get(index);
            String url = page.categoryUrl(category);
            String root = Urls.rootOf(url);
            List<String> headers = headers(category);
            List<Row> rows = category.entries().stream().map(e -> row(page, category, e, headers, root)).toList();
            Link previous = index == 0 ? null : categoryLink(page, categories.get(index - 1), root);
            Link next = index + 1 == categories.size() ? null : categoryLink(page, categories.get(index + 1), root);
            return new CategoryPage(layout(category.title(), page.title() + ": " + category.title(), root, url, page),
                    new Link(page.title(), root + page.url()), category.title(), audienceLabel(category.audience()),
                    linkWriter.write(category.introHtml(), page, root),
                    category.title() + " — " + countLabel(category.entries().size()),
                    headers, rows, closingProse(page, root), previous, next);
        }

        private List<String> headers(Category category) {
            List<String> headers = new ArrayList<>();
            headers.add(category.columns().symptom());
            if (category.columns().hasCause()) {
                headers.add(category.columns().cause());
            }
            headers.add(category.columns().resolution());
            headers.addAll(category.columns().extras());
            return headers;
        }

        private Row row(Page page, Category category, Entry entry, List<String> headers, String root) {
            List<Cell> cells = new ArrayList<>();
            cells.add(entry.symptom());
            if (category.columns().hasCause()) {
                cells.add(entry.cause());
            }
            cells.add(entry.resolution());
            cells.addAll(entry.extras());
            List<CellView> views = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                views.add(new CellView(headers.get(i), linkWriter.write(cells.get(i).html(), page, root)));
            }
            List<RelatedEntries.Related> sameCause = new ArrayList<>(RelatedEntries.LIMIT);
            List<RelatedEntries.Related> sameFix = new ArrayList<>(RelatedEntries.LIMIT);
            for (RelatedEntries.Related related : links.related(page, entry)) {
                (related.reason() == RelatedEntries.Reason.CAUSE ? sameCause : sameFix).add(related);
            }
            String edit = site.settings().editLink(entry.source().file(), entry.source().line()).orElse(null);
            return new Row(entry.id(), entry.symptom().text(), entry.aliases(), views, relatedLinks(sameCause, root),
                    relatedLinks(sameFix, root), edit);
        }

        /** Links to related entries, made only if a template shows them (all.mustache does not). */
        private List<Link> relatedLinks(List<RelatedEntries.Related> related, String root) {
            return related.isEmpty() ? List.of() : lazy(related.size(), i -> new Link(
                    related.get(i).entry().symptom().text() + " (" + related.get(i).category().title() + ")",
                    root + related.get(i).url()));
        }

        private SectionView sectionView(Page page, Section section, String root) {
            if (section instanceof Prose prose) {
                return new SectionView(new ProseView(prose.id(), prose.title(), Math.max(2, Math.min(6, prose.level())),
                        linkWriter.write(prose.html(), page, root)), null, null, null);
            }
            if (section instanceof Category category) {
                return new SectionView(null, categorySummary(page, category, root, true), null, null);
            }
            if (section instanceof Question question) {
                return new SectionView(null, null, new QuestionView(question.id(), question.question(),
                        linkWriter.write(question.answerHtml(), page, root)), null);
            }
            DataTable table = (DataTable) section;
            List<Row> rows = new ArrayList<>();
            for (DataRow row : table.rows()) {
                List<CellView> cells = new ArrayList<>();
                for (int i = 0; i < row.cells().size(); i++) {
                    cells.add(new CellView(table.columns().get(i), linkWriter.write(row.cells().get(i).html(), page, root)));
                }
                String edit = site.settings().editLink(row.source().file(), row.source().line()).orElse(null);
                rows.add(new Row(row.id(), row.cells().isEmpty() ? row.id() : row.cells().get(0).text(), List.of(),
                        cells, List.of(), List.of(), edit));
            }
            return new SectionView(null, null, null, new TableView(table.title(), table.columns(), rows));
        }

        /** @param withSymptoms whether to list the category's symptoms, or only count them */
        private CategorySummary categorySummary(Page page, Category category, String root, boolean withSymptoms) {
            String url = root + page.categoryUrl(category);
            List<Link> symptoms = !withSymptoms ? List.of() : category.entries().stream()
                    .map(e -> new Link(e.symptom().text(), url + "#" + e.id())).toList();
            return new CategorySummary(category.title(), url, category.entries().size(),
                    countLabel(category.entries().size()), audienceLabel(category.audience()), symptoms);
        }

        private Link categoryLink(Page page, Category category, String root) {
            return new Link(category.title(), root + page.categoryUrl(category));
        }

        /** Prose before the first category: the page's introduction, shown on the home page. */
        private String leadingProse(Page page, String root) {
            StringBuilder html = new StringBuilder();
            for (Section section : page.sections()) {
                if (!(section instanceof Prose prose) || prose.hasHeading()) {
                    break;
                }
                html.append(linkWriter.write(prose.html(), page, root));
            }
            return html.toString();
        }

        /** Prose after the last category ("When all else fails"), shown under every category's table. */
        private String closingProse(Page page, String root) {
            List<Section> sections = page.sections();
            int start = sections.size();
            while (start > 0 && sections.get(start - 1) instanceof Prose) {
                start--;
            }
            StringBuilder html = new StringBuilder();
            for (Section section : sections.subList(start, sections.size())) {
                Prose prose = (Prose) section;
                if (prose.hasHeading()) {
                    html.append("<h2>").append(Html.escape(prose.title())).append("</h2>\n");
                }
                html.append(linkWriter.write(prose.html(), page, root)).append('\n');
            }
            return html.toString().strip();
        }

        private Layout layout(String title, String description, String root, String currentUrl) {
            return layout(title, description, root, currentUrl, null);
        }

        private Layout layout(String title, String description, String root, String currentUrl, Page lastChangedOf) {
            List<NavGroup> nav = new ArrayList<>();
            nav.add(new NavGroup(null, List.of(
                    new NavItem("Home", root + "index.html", currentUrl.equals("index.html"), null))));
            List<NavItem> more = new ArrayList<>();
            // Every troubleshooting page with its categories, unless there are so many that each page would
            // mostly be navigation: then the current page's categories only (home lists them all).
            boolean everyPage = troubleshootingPages.size() <= NAV_PAGE_LIMIT;
            for (Page page : site.pages()) {
                if (page.kind() == PageKind.TROUBLESHOOTING) {
                    if (!everyPage && page != lastChangedOf) {
                        continue;
                    }
                    List<NavItem> items = new ArrayList<>();
                    items.add(new NavItem("All " + page.title().toLowerCase(Locale.ROOT), root + page.url(),
                            currentUrl.equals(page.url()), null));
                    for (Category category : page.categories()) {
                        String url = page.categoryUrl(category);
                        items.add(new NavItem(category.title(), root + url, currentUrl.equals(url),
                                audienceLabel(category.audience())));
                    }
                    nav.add(new NavGroup(page.title(), items));
                } else {
                    more.add(new NavItem(page.title(), root + page.url(), currentUrl.equals(page.url()),
                            audienceLabel(page)));
                }
            }
            if (!more.isEmpty()) {
                nav.add(new NavGroup("More help", more));
            }
            String canonical = site.settings().absolute(currentUrl).orElse(null);
            String lastChanged = lastChangedOf == null ? null : site.lastChanged(lastChangedOf).orElse(null);
            return new Layout(site.title(), title, description, root, nav, generator, canonical, lastChanged, extraHead,
                    !largeSite);
        }
    }

    private static String audienceLabel(Page page) {
        return audienceLabel(page.audience());
    }

    /** "Admin only" for anything not public: readers of a full build see what is not meant for everyone. */
    private static String audienceLabel(String audience) {
        if (Page.PUBLIC.equals(audience)) {
            return null;
        }
        return audience.substring(0, 1).toUpperCase(Locale.ROOT) + audience.substring(1) + " only";
    }

    /**
     * A list whose items are made when a template reaches them and then dropped: the home and all-on-one pages
     * of a big site stream out instead of holding every row in memory at once.
     */
    static <T> List<T> lazy(int size, java.util.function.IntFunction<T> item) {
        return new java.util.AbstractList<>() {
            @Override
            public T get(int index) {
                java.util.Objects.checkIndex(index, size);
                return item.apply(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Up to this many troubleshooting pages, every page's navigation lists them all with their categories. */
    static final int NAV_PAGE_LIMIT = 12;

    /**
     * Up to this many entries, the home page lists every symptom and all.html has every category on one page.
     * Beyond, both would weigh megabytes (18 MB and 30 MB at 120,000 entries) and help no reader: the home page
     * lists categories with their counts, all.html is left out, and search and the A–Z index find symptoms.
     */
    static final int LARGE_SITE_ENTRIES = 2_000;

    static final String ALL_PAGE = "all.html";

    static String countLabel(int count) {
        return count == 1 ? "1 entry" : count + " entries";
    }
}
