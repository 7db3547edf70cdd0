package org.troubleshoot.render;

import java.util.List;
import org.troubleshoot.link.ResolvedLinks;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;
import org.troubleshoot.model.Site;
import org.troubleshoot.plan.FileContent;

/**
 * What the outputs of one language share in a build: that language's pages (the whole site, in a site of one
 * language), its messages, the links, the compiled templates, the navigation and row views. Immutable once made;
 * safe to use from the threads that write files.
 */
final class RenderContext {
    /**
     * Up to this many entries, the home page lists every symptom and all.html has every category on one page.
     * Beyond, both would weigh megabytes (18 MB and 30 MB at 120,000 entries) and help no reader: the home page
     * lists categories with their counts, all.html is left out, and search and the A–Z index find symptoms.
     */
    static final int LARGE_SITE_ENTRIES = 2_000;

    /** The pages of this context's language, in navigation order. */
    final Site site;
    /** Every page of every language: what site.json and the sitemap are made of. */
    final Site wholeSite;

    final ResolvedLinks links;
    final LinkWriter linkWriter;
    final Templates templates;
    /** This language's BCP 47 tag. */
    final String language;
    /** Where this language's generated pages go: {@code ""} for the site's first language, else {@code "de/"}. */
    final String folder;

    final Messages messages;
    final Labels labels;
    /** The site's title in this language: the one set, else the messages' {@code siteTitle}. */
    final String title;

    final Versions versions;
    final Navigation navigation;
    final Rows rows;
    /** Asked for by every page's navigation and by several outputs: filtered once. */
    final List<Page> troubleshootingPages;
    /** The other pages (FAQ, Contact…), in the site's order: every file's navigation lists them. */
    final List<Page> otherPages;
    /** More entries than one page can usefully list (see {@link #LARGE_SITE_ENTRIES}). */
    final boolean largeSite;
    /** The digests of what each page's own files are made from. */
    final PageInputs pageInputs;
    /**
     * The pages whose own files (page, category pages, redirects) are planned: all of them, or the one page the
     * live preview writes again after an edit (planning a big site's 14,000 files to keep 7 took 30-50 ms).
     */
    final List<Page> plannedPages;

    /**
     * @param plannedPage the one page whose own files are planned (the live preview's edited page), or null for
     *                    every page of the language
     */
    RenderContext(
            Site wholeSite,
            String language,
            ResolvedLinks links,
            Templates templates,
            Messages messages,
            Versions versions,
            String generator,
            String extraHead,
            String plannedPage) {
        this.wholeSite = wholeSite;
        this.site = wholeSite.settings().languages().several()
                ? wholeSite.withPages(wholeSite.pages().stream()
                        .filter(p -> wholeSite.language(p).equals(language))
                        .toList())
                : wholeSite;
        this.plannedPages = plannedPage == null
                ? site.pages()
                : site.pages().stream().filter(p -> p.id().equals(plannedPage)).toList();
        this.language = language;
        this.folder = wholeSite.settings().languages().folder(language);
        this.links = links;
        this.linkWriter = new LinkWriter(links);
        this.templates = templates;
        this.messages = messages;
        this.labels = new Labels(messages);
        this.title = wholeSite.settings().defaultTitle() ? messages.text("siteTitle") : wholeSite.title();
        this.versions = versions;
        this.troubleshootingPages = site.troubleshootingPages();
        this.otherPages = site.pages().stream()
                .filter(p -> p.kind() != PageKind.TROUBLESHOOTING)
                .toList();
        this.largeSite = site.entryCount() > LARGE_SITE_ENTRIES;
        this.navigation = new Navigation(this, generator, extraHead, !largeSite);
        this.rows = new Rows(site, links, linkWriter, labels);
        this.pageInputs = new PageInputs(this, generator, extraHead);
    }

    /** Who the files made from the whole site are for: the audience this build is for. */
    String siteAudience() {
        return site.settings().audience();
    }

    /** Where a file of this language that every language has goes: {@code index.html}, {@code de/index.html}. */
    String file(String name) {
        return folder + name;
    }

    /** A file made by running a template over a view, with this language's messages. */
    FileContent page(String template, Object view) {
        return templates.page(template, view, messages);
    }
}
