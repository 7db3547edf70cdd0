package org.troubleshoot.render;

import org.troubleshoot.model.Category;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;
import org.troubleshoot.model.Site;
import org.troubleshoot.render.Views.Layout;
import org.troubleshoot.render.Views.NavGroup;
import org.troubleshoot.render.Views.NavItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The part every page shares: site title, navigation to every page and category, the way back to the root. */
final class Navigation {
    /** Up to this many troubleshooting pages, every page's navigation lists them all with their categories. */
    static final int NAV_PAGE_LIMIT = 12;

    private final Site site;
    private final List<Page> troubleshootingPages;
    private final String generator;
    private final String extraHead;
    private final boolean allPage;

    Navigation(Site site, List<Page> troubleshootingPages, String generator, String extraHead, boolean allPage) {
        this.site = site;
        this.troubleshootingPages = troubleshootingPages;
        this.generator = generator;
        this.extraHead = extraHead;
        this.allPage = allPage;
    }

    Layout layout(String title, String description, String root, String currentUrl) {
        return layout(title, description, root, currentUrl, null);
    }

    /** @param page the page the file shows (its date is shown; on big sites only its categories are listed) */
    Layout layout(String title, String description, String root, String currentUrl, Page page) {
        List<NavGroup> nav = new ArrayList<>();
        nav.add(new NavGroup(null, List.of(
                new NavItem("Home", root + "index.html", currentUrl.equals("index.html"), null))));
        List<NavItem> more = new ArrayList<>();
        String contact = null;
        // Every troubleshooting page with its categories, unless there are so many that each page would
        // mostly be navigation: then the current page's categories only (home lists them all).
        boolean everyPage = troubleshootingPages.size() <= NAV_PAGE_LIMIT;
        for (Page other : site.pages()) {
            if (other.kind() == PageKind.TROUBLESHOOTING) {
                if (!everyPage && other != page) {
                    continue;
                }
                List<NavItem> items = new ArrayList<>();
                items.add(new NavItem("All " + other.title().toLowerCase(Locale.ROOT), root + other.url(),
                        currentUrl.equals(other.url()), null));
                for (Category category : other.categories()) {
                    String url = other.categoryUrl(category);
                    items.add(new NavItem(category.title(), root + url, currentUrl.equals(url),
                            Labels.audience(category.audience())));
                }
                nav.add(new NavGroup(other.title(), items));
            } else {
                more.add(new NavItem(other.title(), root + other.url(), currentUrl.equals(other.url()),
                        Labels.audience(other)));
                if (contact == null && other.kind() == PageKind.CONTACT) {
                    contact = root + other.url();
                }
            }
        }
        if (!more.isEmpty()) {
            nav.add(new NavGroup("More help", more));
        }
        String canonical = site.settings().absolute(currentUrl).orElse(null);
        String lastChanged = page == null ? null : site.lastChanged(page).orElse(null);
        return new Layout(site.title(), title, description, root, nav, generator, canonical, lastChanged, extraHead,
                allPage, contact, site.settings().noResultsUrl().orElse(null));
    }
}
