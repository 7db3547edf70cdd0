package org.troubleshoot.link;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;

/**
 * Where an address's {@code #fragment} leads when it names no row of the page it is on: the rule behind moved
 * rows keeping their deep links (docs/writing.md, "Moving rows"), used by the files the category pages' script
 * reads ({@code ids.js}, {@code assets/aliases.js}) and by {@code check --previous}.
 *
 * <ol>
 *   <li>On a category page of page P (or a page left at a category's old id), {@code #x} leads to the row of P
 *       whose id or old id is x, in whichever category it is now: ids are unique within a page.</li>
 *   <li>Failing that, to the row of any page that lists x as an old id ({@code {#new-id #x}}), the first in
 *       navigation order: a row moved to another page keeps its old id as an alias.</li>
 * </ol>
 */
public final class RowForwards {
    private RowForwards() {}

    /** Every row id and old id of the page → the row's address, relative to the site root; sorted. */
    public static Map<String, String> ofPage(Page page) {
        Map<String, String> ids = new TreeMap<>();
        for (Category category : page.categories()) {
            for (Entry entry : category.entries()) {
                String url = page.entryUrl(category, entry);
                ids.put(entry.id(), url);
                for (String alias : entry.aliases()) {
                    ids.put(alias, url);
                }
            }
        }
        return ids;
    }

    /** Every old id of a row of the site → the row's address (the first page's, in navigation order); sorted. */
    public static Map<String, String> aliases(List<Page> pages) {
        Map<String, String> aliases = new TreeMap<>();
        for (Page page : pages) {
            for (Category category : page.categories()) {
                for (Entry entry : category.entries()) {
                    for (String alias : entry.aliases()) {
                        aliases.putIfAbsent(alias, page.entryUrl(category, entry));
                    }
                }
            }
        }
        return aliases;
    }
}
