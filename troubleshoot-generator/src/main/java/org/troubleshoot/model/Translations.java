package org.troubleshoot.model;

import java.util.List;
import java.util.Map;

/**
 * Which pages are translations of each other (the same path under each language's folder, or front matter
 * {@code translationOf}): readers switch between them, and search engines learn of them (hreflang).
 *
 * @param versions per page id, the ids of every version of the page (itself included) in the order of the
 *                 site's languages; pages with no translation are absent
 */
public record Translations(Map<String, List<String>> versions) {
    /** A site in one language, or one whose pages have no translations. */
    public static final Translations NONE = new Translations(Map.of());

    public Translations {
        versions = Map.copyOf(versions);
    }

    /** The ids of every version of a page, itself included, in language order; empty if it has none. */
    public List<String> of(String pageId) {
        return versions.getOrDefault(pageId, List.of());
    }
}
