package org.troubleshoot.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.troubleshoot.config.SiteSettings;

/**
 * Everything the generator knows about the content, pages in navigation order, and the site's settings.
 *
 * @param lastChanged  per page id, the date (YYYY-MM-DD) its file last changed in git; absent without git
 * @param translations which pages are versions of each other in the site's languages
 * @param rowDates     when each row last changed in git (see {@link #updated})
 */
public record Site(
        SiteSettings settings,
        List<Page> pages,
        Map<String, String> lastChanged,
        Translations translations,
        RowDates rowDates) {
    public Site {
        pages = List.copyOf(pages);
        lastChanged = Map.copyOf(lastChanged);
    }

    /** A site whose pages have no translations and no row dates. */
    public Site(SiteSettings settings, List<Page> pages, Map<String, String> lastChanged) {
        this(settings, pages, lastChanged, Translations.NONE, RowDates.NONE);
    }

    /** A site without row dates. */
    public Site(SiteSettings settings, List<Page> pages, Map<String, String> lastChanged, Translations translations) {
        this(settings, pages, lastChanged, translations, RowDates.NONE);
    }

    /** The same site with other pages (one language's, for its part of the render stage). */
    public Site withPages(List<Page> newPages) {
        return new Site(settings, newPages, lastChanged, translations, rowDates);
    }

    /** The language a page is written in: that of the language folder it lies in, else the root language. */
    public String language(Page page) {
        return settings.languages().of(page.sourceFile());
    }

    /** When an entry last changed (YYYY-MM-DD): the newest commit of its rows; empty without git. */
    public Optional<String> updated(Entry entry) {
        return rowDates.of(entry);
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
        return pages.stream()
                .flatMap(p -> p.categories().stream())
                .mapToInt(c -> c.entries().size())
                .sum();
    }
}
