package org.troubleshoot.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.troubleshoot.model.Anchor;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;

/**
 * Every anchor of each page and the URL (relative to the site root) where it lives in the output. A page's
 * anchors are worked out the first time a link needs them: most pages are never linked to by anchor.
 */
final class SiteAnchors {
    private final Map<String, Page> pages = new HashMap<>();
    private final Map<String, Map<String, String>> anchors = new ConcurrentHashMap<>();

    SiteAnchors(Collection<Page> pages) {
        for (Page page : pages) {
            this.pages.put(page.id(), page);
        }
    }

    /** The anchors of the page with id {@code pageId}, or null if there is no such page. */
    Map<String, String> of(String pageId) {
        Page page = pages.get(pageId);
        return page == null ? null : anchors.computeIfAbsent(pageId, id -> of(page));
    }

    static Map<String, String> of(Page page) {
        Map<String, String> anchors = new HashMap<>();
        String url = page.url();
        for (Section section : page.sections()) {
            if (section instanceof Category category) {
                anchors.put(category.id(), page.categoryUrl(category));
                for (String alias : category.aliases()) {
                    anchors.put(alias, page.categoryAliasUrl(alias));
                }
                for (Entry entry : category.entries()) {
                    anchors.put(entry.id(), page.entryUrl(category, entry));
                    for (String alias : entry.aliases()) {
                        anchors.put(alias, page.categoryUrl(category) + "#" + alias);
                    }
                }
            } else if (section instanceof Prose prose && prose.id() != null) {
                anchors.put(prose.id(), url + "#" + prose.id());
            } else if (section instanceof Question question) {
                anchors.put(question.id(), url + "#" + question.id());
            } else if (section instanceof DataTable table) {
                for (DataRow row : table.rows()) {
                    anchors.put(row.id(), url + "#" + row.id());
                }
            }
        }
        // Anchors written in HTML and the ids GitHub gives headings: the page's own ids win.
        for (Anchor anchor : page.anchors()) {
            String base = url;
            if (anchor.category() != null) {
                Category category = page.categories().stream()
                        .filter(c -> c.id().equals(anchor.category()))
                        .findFirst()
                        .orElse(null);
                if (category == null) {
                    continue; // a category a build for one audience left out
                }
                base = page.categoryUrl(category);
            }
            anchors.putIfAbsent(anchor.name(), anchor.fragment() == null ? base : base + "#" + anchor.fragment());
        }
        return anchors;
    }
}
