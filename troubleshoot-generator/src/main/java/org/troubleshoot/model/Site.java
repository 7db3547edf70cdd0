package org.troubleshoot.model;

import org.troubleshoot.config.SiteSettings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the generator knows about the content, pages in navigation order, and the site's settings.
 *
 * @param lastChanged per page id, the date (YYYY-MM-DD) its file last changed in git; absent without git
 * @param rowDates    when each row last changed in git (see {@link #updated})
 */
public record Site(SiteSettings settings, List<Page> pages, Map<String, String> lastChanged, RowDates rowDates) {
    public Site {
        pages = List.copyOf(pages);
        lastChanged = Map.copyOf(lastChanged);
    }

    /** A site without row dates. */
    public Site(SiteSettings settings, List<Page> pages, Map<String, String> lastChanged) {
        this(settings, pages, lastChanged, RowDates.NONE);
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
        return pages.stream().flatMap(p -> p.categories().stream()).mapToInt(c -> c.entries().size()).sum();
    }
}
