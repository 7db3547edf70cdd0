package org.troubleshoot.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.troubleshoot.config.Languages;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;

/**
 * The versions of a file in the site's languages, for the language switcher and the hreflang links: a page's
 * translations, a category's (the category with the same id in a translation, else the translation itself), and
 * each language's own home page, A–Z index, all-on-one page and not-found page. Made once per plan.
 */
final class Versions {
    /**
     * One version of a file.
     *
     * @param language   its language (a BCP 47 tag)
     * @param url        its address, relative to the site root
     * @param equivalent whether it is the same content in another language (an hreflang alternate), not merely
     *                   the nearest page there (the translated page of a category no translation has)
     */
    record Version(String language, String url, boolean equivalent) {}

    private final Site site;
    private final Languages languages;
    private final Map<String, Page> byId = new HashMap<>();

    Versions(Site site) {
        this.site = site;
        this.languages = site.settings().languages();
        site.pages().forEach(page -> byId.put(page.id(), page));
    }

    /** A page's versions, itself included, in language order; none when it has no translation. */
    List<Version> ofPage(Page page) {
        List<Version> versions = new ArrayList<>();
        for (String id : site.translations().of(page.id())) {
            Page version = byId.get(id);
            versions.add(new Version(site.language(version), version.url(), true));
        }
        return versions;
    }

    /** A category page's versions: the category of the same id ({@code {#calls}}) in each translation, if any. */
    List<Version> ofCategory(Page page, Category category) {
        List<Version> versions = new ArrayList<>();
        for (String id : site.translations().of(page.id())) {
            Page version = byId.get(id);
            Category same = version.categories().stream()
                    .filter(c -> c.id().equals(category.id()))
                    .findFirst()
                    .orElse(null);
            versions.add(
                    same == null
                            ? new Version(site.language(version), version.url(), false)
                            : new Version(site.language(version), version.categoryUrl(same), true));
        }
        return versions;
    }

    /** A file every language has ({@code index.html}, {@code a-z.html}…): each language's own. */
    List<Version> ofGenerated(String name) {
        if (!languages.several()) {
            return List.of();
        }
        List<Version> versions = new ArrayList<>();
        for (String language : languages.tags()) {
            versions.add(new Version(language, languages.folder(language) + name, true));
        }
        return versions;
    }

    /** A language's name in that language ("Deutsch", "日本語", "Français"), for the switcher. */
    static String name(String language) {
        Locale locale = Languages.locale(language);
        String name = locale.getDisplayName(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
