package org.troubleshoot.model;

import java.util.List;

/** Everything the generator knows about the content, pages in navigation order. */
public record Site(String title, List<Page> pages) {
    public Site {
        pages = List.copyOf(pages);
    }

    public List<Page> troubleshootingPages() {
        return pages.stream().filter(p -> p.kind() == PageKind.TROUBLESHOOTING).toList();
    }

    public int entryCount() {
        return pages.stream().flatMap(p -> p.categories().stream()).mapToInt(c -> c.entries().size()).sum();
    }
}
