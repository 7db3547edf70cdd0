package org.troubleshoot.render;

import java.util.List;

/**
 * What the templates see. Every template receives a {@link Layout} (as {@code layout}) and its own view;
 * docs/templates.md lists the fields. Fields ending in {@code Html} hold ready HTML (use triple braces),
 * all others plain text that Mustache escapes; every URL is relative to the page it appears on.
 */
final class Views {
    private Views() {}

    /**
     * Shared by every page: site title, navigation, the way back to the site root, and the page's language.
     *
     * @param canonical       the page's absolute URL, when the site's base URL is set (else null)
     * @param lastChanged     when the page's content file last changed in git, YYYY-MM-DD (else null)
     * @param extraHead       HTML added to the head only by the serve command (live reload); null in a build
     * @param allPage         whether the site has all.html (not on very large sites)
     * @param language        the page's language, a BCP 47 tag ({@code <html lang>})
     * @param languageRoot    the way to the home of the page's language: {@code root}, plus {@code de/} for a
     *                        language other than the site's first
     * @param searchIndex     where the search index of the page's language lies, from the root, for search.js
     *                        ({@code data-search}); null for the first language's ({@code assets/search/})
     * @param lastChangedHtml "Last changed <time…>date</time>" in the page's language (null without a date)
     * @param translations    the page's versions in other languages, for the language switcher
     * @param alternates      every version of the page, itself included, for {@code <link rel="alternate"
     *                        hreflang>}; empty when it has no translation
     * @param contactUrl      the Contact page of the page's language, where search leads when it finds nothing
     *                        (else null)
     * @param noResultsUrl    the pattern of the link search offers when it finds nothing, with {query} (else null)
     */
    record Layout(
            String siteTitle,
            String pageTitle,
            String description,
            String root,
            List<NavGroup> nav,
            String generator,
            String canonical,
            String lastChanged,
            String extraHead,
            boolean allPage,
            String language,
            String languageRoot,
            String searchIndex,
            String lastChangedHtml,
            List<Translation> translations,
            List<Alternate> alternates,
            String contactUrl,
            String noResultsUrl) {
        public String documentTitle() {
            return pageTitle.equals(siteTitle) ? siteTitle : pageTitle + " · " + siteTitle;
        }

        public boolean hasTranslations() {
            return !translations.isEmpty();
        }
    }

    /** A link of the language switcher: the language's name in that language, and the page's version in it. */
    record Translation(String language, String name, String url) {}

    /** An hreflang alternate: absolute when the site's base URL is set, else relative to the page. */
    record Alternate(String language, String url) {}

    record NavGroup(String title, List<NavItem> items) {}

    record NavItem(String title, String url, boolean current, String audienceLabel) {}

    record Link(String text, String url) {}

    // home.mustache
    record Home(Layout layout, List<TroubleshootingSummary> troubleshooting, List<PageSummary> otherPages) {
        public boolean hasOtherPages() {
            return !otherPages.isEmpty();
        }
    }

    /** @param anchor the page's address from the site root, for the section's id (url may start with ../) */
    record TroubleshootingSummary(
            String title, String url, String anchor, String introHtml, List<CategorySummary> categories) {}

    record CategorySummary(
            String title, String url, int count, String countLabel, String audienceLabel, List<Link> symptoms) {
        public boolean hasSymptoms() {
            return !symptoms.isEmpty();
        }
    }

    record PageSummary(String title, String url, String description, String audienceLabel) {}

    /**
     * category.mustache.
     *
     * @param aliases where the old ids of rows of the page's language lie, from the root, for assets/forward.js
     *                ({@code data-aliases}); null for the first language's ({@code assets/aliases.js})
     */
    record CategoryPage(
            Layout layout,
            Link parent,
            String title,
            String audienceLabel,
            String introHtml,
            String caption,
            List<String> headers,
            List<Row> rows,
            String closingHtml,
            Link previous,
            Link next,
            String aliases) {}

    /**
     * A table row with an anchor; the first cell is the row's header (the symptom). A symptom with several causes
     * is one row group: its first row (symptom, first cause, what to do, extra cells; symptom and extra cells span
     * the group) and a {@link Line} per further cause. Entries that share a cause or a step with this one, its
     * date, feedback and edit links ("more") are listed under its last "what to do" (the cell marked
     * {@link CellView#more()}; the last cell of an ordinary table's row).
     *
     * @param continued the further causes of the symptom, in table order (most entries have none)
     * @param updated     when the entry last changed (YYYY-MM-DD), or null
     * @param updatedHtml "Updated <time…>date</time>" in the page's language, or null
     * @param feedback    the "Did this fix it?" links, or null
     */
    record Row(
            String id,
            String name,
            List<String> aliases,
            List<CellView> cells,
            List<Line> continued,
            List<Link> sameCause,
            List<Link> sameFix,
            String editUrl,
            String updated,
            String updatedHtml,
            Feedback feedback) {
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
    record Line(List<CellView> cells) {}

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
    record Feedback(String yes, String no) {}

    // 404.mustache; textHtml: "This address leads nowhere. Try … the A–Z index, or the home page." with links
    record NotFound(Layout layout, String textHtml) {}

    /**
     * redirect.mustache: the page left at a category's old id; it goes on to {@code target} with the address's
     * {@code #fragment} (assets/forward.js).
     *
     * @param root          the way back to the site root, for the script
     * @param documentTitle "Moved: TITLE" in the page's language
     * @param textHtml      "This page has moved to TITLE." with a link to {@code target} (the link forward.js
     *                      follows: {@code id="forward"}, {@code data-hash})
     */
    record Redirect(String title, String target, String root, String language, String documentTitle, String textHtml) {}

    /**
     * code.mustache: the page of an error code ({@code e/E401.html}), which goes on to its row.
     *
     * @param target    the row's address
     * @param canonical the row's category page
     * @param language  the language of the row's page
     */
    record CodePage(String code, String symptom, String target, String canonical, String root, String language) {}

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
    record AToZ(Layout layout, List<LetterGroup> groups) {}

    record LetterGroup(String letter, String anchor, List<IndexItem> items) {}

    record IndexItem(String text, String url, String where) {}

    // all.mustache: every troubleshooting page's categories with their tables
    record AllPage(Layout layout, List<AllSection> pages) {}

    record AllSection(String title, boolean several, List<AllCategory> categories) {}

    record AllCategory(String title, String url, String caption, List<String> headers, List<Row> rows) {}

    /** Exactly one of the fields is set; the template renders the one that is. */
    record SectionView(ProseView prose, CategorySummary category, QuestionView question, TableView table) {}

    /** @param aliases other ids the heading answers to (the id GitHub gives it), for links written against GitHub */
    record ProseView(String id, String title, int level, String html, List<String> aliases) {}

    /** @param aliases other ids the question answers to (the id GitHub gives its heading) */
    record QuestionView(String id, String question, String answerHtml, List<String> aliases) {}

    record TableView(String caption, List<String> headers, List<Row> rows) {}
}
