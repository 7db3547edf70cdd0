package org.troubleshoot.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rest of the site shows of a page: its place in every page's navigation, and the texts other pages'
 * related entries, the search index and the A–Z index are made of. When an edit leaves a page's outline as it
 * was, no other page's file changes; the live preview and the link stage rely on that.
 *
 * @param nav   what every page's navigation (and the home page's list) shows of it
 * @param texts entry and question texts, for related entries, search and the A–Z index
 */
public record PageOutline(Nav nav, List<Text> texts) {
    public PageOutline {
        texts = List.copyOf(texts);
    }

    /**
     * A page's place in the site: title, kind, audience, order, its categories, and the page it translates
     * (which decides the language switchers of other pages).
     */
    public record Nav(
            String id,
            String sourceFile,
            String title,
            PageKind kind,
            String audience,
            int order,
            String description,
            boolean autoLinks,
            List<CategoryNav> categories,
            String translationOf) {
        public Nav {
            categories = List.copyOf(categories);
        }
    }

    /** A category as navigation and links see it: its address, old addresses, title and size. */
    public record CategoryNav(String id, String title, String audience, List<String> aliases, int entries) {
        public CategoryNav {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * One searchable, linkable text of the page: an entry (symptom, then each cause and what to do), a question
     * (question, answer) or a row of an ordinary table (its cells).
     *
     * @param codes an entry's error codes (its code pages and codes.json show them)
     */
    public record Text(String id, List<String> parts, List<String> aliases, List<String> codes) {
        public Text {
            parts = List.copyOf(parts);
            aliases = List.copyOf(aliases);
            codes = List.copyOf(codes);
        }
    }

    public static PageOutline of(Page page) {
        List<CategoryNav> categories = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        for (Section section : page.sections()) {
            if (section instanceof Category category) {
                categories.add(new CategoryNav(
                        category.id(),
                        category.title(),
                        category.audience(),
                        category.aliases(),
                        category.entries().size()));
                for (Entry entry : category.entries()) {
                    List<String> parts = new ArrayList<>(1 + 2 * entry.causes().size());
                    parts.add(entry.symptom().text());
                    for (Cause cause : entry.causes()) {
                        parts.add(cause.cause().text());
                        parts.add(cause.resolution().text());
                    }
                    texts.add(new Text(entry.id(), parts, entry.aliases(), entry.codes()));
                }
            } else if (section instanceof Question question) {
                texts.add(new Text(
                        question.id(), List.of(question.question(), question.answerText()), List.of(), List.of()));
            } else if (section instanceof DataTable table) {
                for (DataRow row : table.rows()) {
                    texts.add(new Text(
                            row.id(), row.cells().stream().map(Cell::text).toList(), List.of(), List.of()));
                }
            }
        }
        return new PageOutline(
                new Nav(
                        page.id(),
                        page.sourceFile(),
                        page.title(),
                        page.kind(),
                        page.audience(),
                        page.order(),
                        page.description(),
                        page.autoLinks(),
                        categories,
                        page.translationOf() == null
                                ? null
                                : page.translationOf().target()),
                texts);
    }
}
