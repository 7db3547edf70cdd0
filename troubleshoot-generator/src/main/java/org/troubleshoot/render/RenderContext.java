package org.troubleshoot.render;

import org.troubleshoot.link.ResolvedLinks;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;

import java.util.List;

/**
 * What every output of one build shares: the linked site, its links, the compiled templates, the navigation
 * and row views. Immutable once made; safe to use from the threads that write files.
 */
final class RenderContext {
    /**
     * Up to this many entries, the home page lists every symptom and all.html has every category on one page.
     * Beyond, both would weigh megabytes (18 MB and 30 MB at 120,000 entries) and help no reader: the home page
     * lists categories with their counts, all.html is left out, and search and the A–Z index find symptoms.
     */
    static final int LARGE_SITE_ENTRIES = 2_000;

    final Site site;
    final ResolvedLinks links;
    final LinkWriter linkWriter;
    final Templates templates;
    final Navigation navigation;
    final Rows rows;
    /** Asked for by every page's navigation and by several outputs: filtered once. */
    final List<Page> troubleshootingPages;
    /** More entries than one page can usefully list (see {@link #LARGE_SITE_ENTRIES}). */
    final boolean largeSite;
    /** The digests of what each page's own files are made from. */
    final PageInputs pageInputs;
    /**
     * The pages whose own files (page, category pages, redirects) are planned: all of them, or the one page the
     * live preview writes again after an edit (planning a big site's 14,000 files to keep 7 took 30-50 ms).
     */
    final List<Page> plannedPages;

    RenderContext(Site site, ResolvedLinks links, Templates templates, String generator, String extraHead) {
        this(site, links, templates, generator, extraHead, site.pages());
    }

    RenderContext(Site site, ResolvedLinks links, Templates templates, String generator, String extraHead,
                  List<Page> plannedPages) {
        this.plannedPages = plannedPages;
        this.site = site;
        this.links = links;
        this.linkWriter = new LinkWriter(links);
        this.templates = templates;
        this.troubleshootingPages = site.troubleshootingPages();
        this.largeSite = site.entryCount() > LARGE_SITE_ENTRIES;
        this.navigation = new Navigation(site, troubleshootingPages, generator, extraHead, !largeSite);
        this.rows = new Rows(site, links, linkWriter);
        this.pageInputs = new PageInputs(this, generator, extraHead);
    }

    /** Who the files made from the whole site are for: the audience this build is for. */
    String siteAudience() {
        return site.settings().audience();
    }
}
