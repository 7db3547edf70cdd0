package org.troubleshoot.render;

import java.util.List;

/**
 * What the templates see. Every template receives a {@link Layout} (as {@code layout}) and its own view;
 * docs/templates.md lists the fields. Fields ending in {@code Html} hold ready HTML (use triple braces),
 * all others plain text that Mustache escapes; every URL is relative to the page it appears on.
 */
final class Views {
    private Views() {
    }

    /** Shared by every page: site title, navigation, and the way back to the site root. */
    /**
     * @param canonical   the page's absolute URL, when the site's base URL is set (else null)
     * @param lastChanged when the page's content file last changed in git (else null)
     * @param extraHead   HTML added to the head only by the serve command (live reload); null in a build
     * @param allPage     whether the site has all.html (not on very large sites)
     * @param contactUrl  the Contact page, where search leads when it finds nothing (else null)
     * @param noResultsUrl the pattern of the link search offers when it finds nothing, with {query} (else null)
     */
    record Layout(String siteTitle, String pageTitle, String description, String root, List<NavGroup> nav,
                  String generator, String canonical, String lastChanged, String extraHead, boolean allPage,
                  String contactUrl, String noResultsUrl) {
        public String documentTitle() {
            return pageTitle.equals(siteTitle) ? siteTitle : pageTitle + " · " + siteTitle;
        }
    }

    record NavGroup(String title, List<NavItem> items) {
    }

    record NavItem(String title, String url, boolean current, String audienceLabel) {
    }

    record Link(String text, String url) {
    }

    // home.mustache
    record Home(Layout layout, List<TroubleshootingSummary> troubleshooting, List<PageSummary> otherPages) {
        public boolean hasOtherPages() {
            return !otherPages.isEmpty();
        }
    }

    record TroubleshootingSummary(String title, String url, String introHtml, List<CategorySummary> categories) {
    }

    record CategorySummary(String title, String url, int count, String countLabel, String audienceLabel,
                           List<Link> symptoms) {
        public boolean hasSymptoms() {
            return !symptoms.isEmpty();
        }
    }

    record PageSummary(String title, String url, String description, String audienceLabel) {
    }

    // category.mustache
    record CategoryPage(Layout layout, Link parent, String title, String audienceLabel, String introHtml,
                        String caption, List<String> headers, List<Row> rows, String closingHtml, Link previous,
                        Link next) {
    }

    /**
     * A table row with an anchor; the first cell is the row's header (the symptom). A symptom with several causes
     * is one row group: its first row (symptom, first cause, what to do, extra cells; symptom and extra cells span
     * the group) and a {@link Line} per further cause. Entries that share a cause or a step with this one, its
     * date, feedback and edit links ("more") are listed under its last "what to do" (the cell marked
     * {@link CellView#more()}; the last cell of an ordinary table's row).
     *
     * @param continued the further causes of the symptom, in table order (most entries have none)
     * @param updated   when the entry last changed (YYYY-MM-DD), or null
     * @param feedback  the "Did this fix it?" links, or null
     */
    record Row(String id, String name, List<String> aliases, List<CellView> cells, List<Line> continued,
               List<Link> sameCause, List<Link> sameFix, String editUrl, String updated, Feedback feedback) {
        public CellView first() {
            return cells.get(0);
        }

        /** The cells after the first. */
        public List<CellView> rest() {
            return cells.subList(1, cells.size());
        }

        public List<CellView> middle() {
            return cells.size() < 3 ? List.of() : cells.subList(1, cells.size() - 1);
        }

        public CellView last() {
            return cells.size() < 2 ? null : cells.get(cells.size() - 1);
        }

        public boolean hasRelated() {
            return !sameCause.isEmpty() || !sameFix.isEmpty();
        }

        public boolean hasMore() {
            return hasRelated() || editUrl != null || updated != null || feedback != null;
        }
    }

    /** A further cause of a symptom: its cells (the cause, what to do). */
    record Line(List<CellView> cells) {
    }

    /**
     * @param span how many rows the cell spans (a symptom's and its extra cells, over its causes), or null
     * @param more whether the row's "more" list goes under this cell
     */
    record CellView(String label, String html, Integer span, boolean more) {
        CellView(String label, String html) {
            this(label, html, null, false);
        }
    }

    /** The "Did this fix it?" links: where Yes and No lead. */
    record Feedback(String yes, String no) {
    }

    // 404.mustache
    record NotFound(Layout layout) {
    }

    /**
     * redirect.mustache: the page left at a category's old id; it goes on to {@code target} with the address's
     * {@code #fragment} (assets/forward.js).
     *
     * @param root the way back to the site root, for the script
     */
    record Redirect(String title, String target, String root) {
    }

    /**
     * code.mustache: the page of an error code ({@code e/e401.html}), which goes on to its row.
     *
     * @param target    the row's address
     * @param canonical the row's category page
     */
    record CodePage(String code, String symptom, String target, String canonical, String root) {
    }

    // page.mustache
    record ContentPage(Layout layout, String title, String kind, String audienceLabel, List<SectionView> sections) {
        public boolean faq() {
            return kind.equals("faq");
        }

        public boolean troubleshooting() {
            return kind.equals("troubleshooting");
        }
    }

    // a-z.mustache: every symptom and question, by first letter
    record AToZ(Layout layout, List<LetterGroup> groups) {
    }

    record LetterGroup(String letter, String anchor, List<IndexItem> items) {
    }

    record IndexItem(String text, String url, String where) {
    }

    // all.mustache: every troubleshooting page's categories with their tables
    record AllPage(Layout layout, List<AllSection> pages) {
    }

    record AllSection(String title, boolean several, List<AllCategory> categories) {
    }

    record AllCategory(String title, String url, String caption, List<String> headers, List<Row> rows) {
    }

    /** Exactly one of the fields is set; the template renders the one that is. */
    record SectionView(ProseView prose, CategorySummary category, QuestionView question, TableView table) {
    }

    record ProseView(String id, String title, int level, String html) {
    }

    record QuestionView(String id, String question, String answerHtml) {
    }

    record TableView(String caption, List<String> headers, List<Row> rows) {
    }
}
