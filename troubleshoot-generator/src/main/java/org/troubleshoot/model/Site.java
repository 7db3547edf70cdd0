package org.troubleshoot.model;

import org.troubleshoot.config.SiteSettings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the generator knows about the content, pages in navigation order, and the site's settings.
 *
 * @param lastChanged  per page id, the date (YYYY-MM-DD) its file last changed in git; absent without git
 * @param translations which pages are versions of each other in the site's languages
 */
public record Site(SiteSettings settings, List<Page> pages, Map<String, String> lastChanged,
                   Translations translations) {
    public Site {
        pages = List.copyOf(pages);
        lastChanged = Map.copyOf(lastChanged);
    }

    /** A site whose pages have no translations. */
    public Site(SiteSettings settings, List<Page> pages, Map<String, String> lastChanged) {
        this(settings, pages, lastChanged, Translations.NONE);
    }

    /** The language a page is written in: that of the language folder it lies in, else the root language. */
    public String language(Page page) {
        return settings.languages().of(page.sourceFile());
    }

    public Optional<String> lastChanged(Page page) {
        return Optional.ofNullable(lastChanged.get(page.id()));
    }

    public String title() {
        return settings.title();
    }

    public List<Page> troubleshootingPages() {
        return pages.stream().filter(p -> p.kind() == PageKind.TROUBLESHOOTING).toList();
    }

    public int entryCount() {
        return pages.stream().flatMap(p -> p.categories().stream()).mapToInt(c -> c.entries().size()).sum();
    }
}
