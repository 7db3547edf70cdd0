package org.troubleshoot.link;

import org.troubleshoot.model.Category;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;

import java.util.HashMap;
import java.util.Map;

/** Every anchor of one page and the URL (relative to the site root) where it lives in the output. */
final class SiteAnchors {
    private SiteAnchors() {
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
        return anchors;
    }
}
