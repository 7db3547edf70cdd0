package org.troubleshoot.link;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;

/**
 * What the link stage found out: the site-root-relative URL of every internal link, and the content files
 * (images, PDFs) that are published: those links point to, and those of the static folder.
 *
 * @param urls   per page id, the URL of each of the page's {@link Page#links()}, in the same order;
 *               {@code null} where the link is broken (the build then has an error and renders nothing)
 * @param assets the published content files that are not pages, by content-relative path
 * @param related entries sharing a cause or a step of what to do, by page id and entry id
 *                (see {@link RelatedEntries#of})
 */
public record ResolvedLinks(
        Map<String, List<String>> urls,
        SortedMap<String, ContentAsset> assets,
        Map<String, Map<String, List<RelatedEntries.Related>>> related) {

    /**
     * The URL of a link to a page or category that a build for one audience left out, or of a broken link while
     * broken links are only warned about: written as its text.
     */
    public static final String LEFT_OUT = "troubleshoot:left-out";

    /** The entries related to {@code entry} of {@code page} (see {@link RelatedEntries}); possibly none. */
    public List<RelatedEntries.Related> related(Page page, Entry entry) {
        Map<String, List<RelatedEntries.Related>> onPage = related.get(page.id());
        return onPage == null ? List.of() : onPage.getOrDefault(entry.id(), List.of());
    }

    /** The URL of link {@code index} of {@code page}, relative to the site root. */
    public String url(Page page, int index) {
        List<String> pageUrls = urls.get(page.id());
        if (pageUrls == null || index >= pageUrls.size() || pageUrls.get(index) == null) {
            return "#";
        }
        return pageUrls.get(index);
    }
}
