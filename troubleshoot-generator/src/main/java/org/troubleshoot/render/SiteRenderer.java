package org.troubleshoot.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.link.ResolvedLinks;
import org.troubleshoot.model.Site;
import org.troubleshoot.plan.OutputPlan;

/**
 * The render stage's entry: turns a linked site into the plan of every file the site consists of, each file
 * with the way its bytes are made. Knows nothing of Markdown: every text it gets is already HTML or plain text.
 * Nothing is written here; the publish stage writes the plan (and the live preview writes parts of it).
 */
public final class SiteRenderer {
    private final TemplateSource templateSource;
    private final String generator;
    private final String extraHead;
    private Templates templates;
    /** Each language's messages, read once per renderer like the templates, and what reading them found. */
    private final Map<String, MessageFiles.Loaded> messages = new HashMap<>();

    /**
     * @param generator what every page's generator tag names ("troubleshoot 1.2")
     * @param extraHead HTML for every page's head, added only by the live preview (its reload script); or null
     */
    public SiteRenderer(TemplateSource templates, String generator, String extraHead) {
        this.templateSource = templates;
        this.generator = generator;
        this.extraHead = extraHead;
    }

    /**
     * Every output of the site, biggest files first so that writing them in this order keeps every thread
     * busy to the end. An output is added here and nowhere else.
     */
    private static List<Output> outputs(Path contentRoot) {
        return List.of(
                new AllOnOnePage(),
                new SiteJson(),
                new SearchFiles(),
                new AToZPage(),
                new HomePage(),
                new NotFoundPage(),
                new ContentPages(),
                new CategoryPages(),
                new CategoryRedirects(),
                new CodePages(),
                new CodesJson(),
                new RowAddresses(),
                new HostRedirects(),
                new Sitemap(),
                new TemplateAssets(),
                new ContentAssets(contentRoot));
    }

    /**
     * The plan of the whole site: every file, its origin and audience, and collisions as diagnostics.
     *
     * @param contentRoot the content folder, from which linked and static files are copied
     */
    public OutputPlan plan(Site site, ResolvedLinks links, Path contentRoot) throws TemplateException, IOException {
        OutputPlan.Builder plan = OutputPlan.builder();
        List<RenderContext> languages = contexts(site, links, plan, null);
        return plan(plan, languages, outputs(contentRoot));
    }

    /**
     * A context for each of the site's languages, the first language's first; the problems reading their messages
     * are reported to {@code plan} (once each, though several languages read the English file).
     *
     * @param plannedPage the one page whose own files are planned, or null for all of them
     */
    private List<RenderContext> contexts(Site site, ResolvedLinks links, OutputPlan.Builder plan, String plannedPage)
            throws TemplateException {
        Templates compiled = compiled();
        Versions versions = new Versions(site);
        List<RenderContext> contexts = new ArrayList<>();
        Set<Diagnostic> problems = new LinkedHashSet<>();
        for (String language : site.settings().languages().tags()) {
            MessageFiles.Loaded loaded = messages(language);
            problems.addAll(loaded.diagnostics());
            contexts.add(new RenderContext(
                    site, language, links, compiled, loaded.messages(), versions, generator, extraHead, plannedPage));
        }
        problems.forEach(plan::report);
        return contexts;
    }

    /** The files that show what other pages do not see of a page (see {@link #planPage}). */
    public enum Shown {
        /** The home page: a troubleshooting page's introduction. */
        HOME,
        /** The all-on-one page: every cell's HTML. */
        ALL_ON_ONE,
        /** site.json: source lines, extra columns, ordinary tables. */
        SITE_JSON
    }

    /**
     * The plan of one page's own files (its page, category pages and old-id pages), and of the shared files in
     * {@code shown}: what the live preview writes after an edit that changed nothing other pages see.
     */
    public OutputPlan planPage(Site site, ResolvedLinks links, String pageId, Set<Shown> shown)
            throws TemplateException, IOException {
        // Code pages and ids.js show only what other pages see too (ids, symptoms, codes): unchanged here.
        List<Output> outputs =
                new ArrayList<>(List.of(new ContentPages(), new CategoryPages(), new CategoryRedirects()));
        if (shown.contains(Shown.HOME)) {
            outputs.add(new HomePage());
        }
        if (shown.contains(Shown.ALL_ON_ONE)) {
            outputs.add(new AllOnOnePage());
        }
        if (shown.contains(Shown.SITE_JSON)) {
            outputs.add(new SiteJson());
        }
        // Only the page's own files are planned (a big site's 14,000 page files are not made to keep 7).
        List<RenderContext> contexts = contexts(site, links, OutputPlan.builder(), pageId);
        String language = site.pages().stream()
                .filter(page -> page.id().equals(pageId))
                .findFirst()
                .map(site::language)
                .orElse(site.settings().languages().root());
        RenderContext own = contexts.stream()
                .filter(c -> c.language.equals(language))
                .findFirst()
                .orElseThrow();
        OutputPlan.Builder plan = OutputPlan.builder();
        for (Output output : outputs) {
            output.plan(output.perLanguage() ? own : contexts.get(0), plan); // the page's language's files
        }
        return plan.build();
    }

    /** site.json's part for one page, to tell whether an edit changed it. */
    public byte[] siteJsonOf(Site site, ResolvedLinks links, String pageId) throws IOException {
        return SiteJson.pageBytes(site, links, pageId);
    }

    /** Each output in turn, for every language if it has files per language, else once. */
    private static OutputPlan plan(OutputPlan.Builder plan, List<RenderContext> languages, List<Output> outputs)
            throws IOException {
        for (Output output : outputs) {
            for (RenderContext context : output.perLanguage() ? languages : languages.subList(0, 1)) {
                output.plan(context, plan);
            }
        }
        return plan.build();
    }

    /** Templates are compiled once per renderer (the live preview renders many times with one). */
    private synchronized Templates compiled() throws TemplateException {
        if (templates == null) {
            templates = Templates.compile(templateSource);
        }
        return templates;
    }

    private synchronized MessageFiles.Loaded messages(String language) throws TemplateException {
        MessageFiles.Loaded loaded = messages.get(language);
        if (loaded == null) {
            loaded = new MessageFiles(templateSource).load(language);
            messages.put(language, loaded);
        }
        return loaded;
    }
}
