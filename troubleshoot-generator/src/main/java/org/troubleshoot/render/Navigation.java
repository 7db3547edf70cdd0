package org.troubleshoot.render;

import java.util.ArrayList;
import java.util.List;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;
import org.troubleshoot.render.Views.Alternate;
import org.troubleshoot.render.Views.Layout;
import org.troubleshoot.render.Views.NavGroup;
import org.troubleshoot.render.Views.NavItem;
import org.troubleshoot.render.Views.Translation;

/**
 * The part every page shares: site title, navigation to every page and category of the page's language, the way
 * back to the root, and the page's versions in other languages.
 */
final class Navigation {
    /** Up to this many troubleshooting pages, every page's navigation lists them all with their categories. */
    static final int NAV_PAGE_LIMIT = 12;

    private final RenderContext context;
    private final String generator;
    private final String extraHead;
    private final boolean allPage;

    Navigation(RenderContext context, String generator, String extraHead, boolean allPage) {
        this.context = context;
        this.generator = generator;
        this.extraHead = extraHead;
        this.allPage = allPage;
    }

    /** The layout of a generated page ({@code name} as in {@code index.html}), which every language has. */
    Layout generated(String title, String description, String root, String name) {
        return layout(title, description, root, context.file(name), null, context.versions.ofGenerated(name));
    }

    /**
     * @param page     the page the file shows (its date is shown; on big sites only its categories are listed)
     * @param versions the file's versions in the site's languages, itself included (none in a site of one)
     */
    Layout layout(
            String title,
            String description,
            String root,
            String currentUrl,
            Page page,
            List<Versions.Version> versions) {
        Messages messages = context.messages;
        String languageRoot = root + context.folder;
        List<NavGroup> nav = new ArrayList<>();
        String home = context.file(HomePage.FILE);
        nav.add(new NavGroup(
                null, List.of(new NavItem(messages.text("home"), root + home, currentUrl.equals(home), null))));
        List<NavItem> more = new ArrayList<>();
        String contact = null;
        // Every troubleshooting page with its categories, unless there are so many that each page would
        // mostly be navigation: then the current page's categories only (home lists them all).
        // (Each file is told of the pages from lists made once: a large site has 2,000 pages and 17,000 files.)
        boolean everyPage = context.troubleshootingPages.size() <= NAV_PAGE_LIMIT;
        List<Page> listed = everyPage
                ? context.troubleshootingPages
                : page != null && page.kind() == PageKind.TROUBLESHOOTING ? List.of(page) : List.of();
        for (Page other : listed) {
            List<NavItem> items = new ArrayList<>();
            items.add(new NavItem(
                    messages.format("allOfPage", other.title(), other.title().toLowerCase(messages.locale())),
                    root + other.url(),
                    currentUrl.equals(other.url()),
                    null));
            for (Category category : other.categories()) {
                String url = other.categoryUrl(category);
                items.add(new NavItem(
                        category.title(),
                        root + url,
                        currentUrl.equals(url),
                        context.labels.audience(category.audience())));
            }
            nav.add(new NavGroup(other.title(), items));
        }
        for (Page other : context.otherPages) {
            more.add(new NavItem(
                    other.title(), root + other.url(), currentUrl.equals(other.url()), context.labels.audience(other)));
            if (contact == null && other.kind() == PageKind.CONTACT) {
                contact = root + other.url();
            }
        }
        if (!more.isEmpty()) {
            nav.add(new NavGroup(messages.text("moreHelp"), more));
        }
        var settings = context.site.settings();
        String canonical = settings.absolute(currentUrl).orElse(null);
        String lastChanged =
                page == null ? null : context.site.lastChanged(page).orElse(null);
        String lastChangedHtml = lastChanged == null ? null : context.labels.dated("lastChanged", lastChanged);
        List<Translation> translations = new ArrayList<>();
        List<Alternate> alternates = new ArrayList<>();
        for (Versions.Version version : versions) {
            if (!version.language().equals(context.language)) {
                translations.add(
                        new Translation(version.language(), Versions.name(version.language()), root + version.url()));
            }
            if (version.equivalent()) {
                alternates.add(new Alternate(
                        version.language(), settings.absolute(version.url()).orElse(root + version.url())));
            }
        }
        return new Layout(
                context.title,
                title,
                description,
                root,
                nav,
                generator,
                canonical,
                lastChanged,
                extraHead,
                allPage,
                context.language,
                languageRoot,
                context.folder.isEmpty() ? null : SearchFiles.FOLDER + context.folder,
                lastChangedHtml,
                translations,
                alternates.size() > 1 ? alternates : List.of(),
                contact,
                settings.noResultsUrl().orElse(null));
    }
}
