package org.troubleshoot.model;

import java.util.List;

/**
 * One content file.
 *
 * @param id          the file's path without {@code .md}, each segment a slug; unique in the site
 * @param audience    who the page is for: {@code public} unless the front matter says otherwise
 * @param order       position among pages (front matter {@code order}); ties are broken by kind, then id
 * @param description one line for the home page and navigation, possibly empty
 * @param sourceFile  the content file, relative to the content folder
 * @param sections    the page's parts in written order
 * @param links       the internal links written on the page, referred to from its HTML by index
 * @param autoLinks     whether known names in its cells become links (front matter {@code autolinks})
 * @param anchors       names links may lead to besides the ids of its sections (see {@link Anchor})
 * @param translationOf the page this one translates, as written in front matter {@code translationOf}
 *                      (a content file, relative to this one like a link); null when it says none
 */
public record Page(
        String id,
        String title,
        PageKind kind,
        String audience,
        int order,
        String description,
        String sourceFile,
        List<Section> sections,
        List<LinkRef> links,
        boolean autoLinks,
        List<Anchor> anchors,
        LinkRef translationOf) {
    public static final String PUBLIC = "public";

    public Page {
        sections = List.copyOf(sections);
        links = List.copyOf(links);
        anchors = List.copyOf(anchors);
    }

    /** A page without anchors besides its sections' ids, that names no page it translates. */
    public Page(
            String id,
            String title,
            PageKind kind,
            String audience,
            int order,
            String description,
            String sourceFile,
            List<Section> sections,
            List<LinkRef> links,
            boolean autoLinks) {
        this(id, title, kind, audience, order, description, sourceFile, sections, links, autoLinks, List.of(), null);
    }

    /** The same page with other sections (the link stage adds automatic links to cells). */
    public Page withSections(List<Section> newSections) {
        return new Page(
                id,
                title,
                kind,
                audience,
                order,
                description,
                sourceFile,
                newSections,
                links,
                autoLinks,
                anchors,
                translationOf);
    }

    public List<Category> categories() {
        return sections.stream()
                .filter(Category.class::isInstance)
                .map(Category.class::cast)
                .toList();
    }

    public List<Question> questions() {
        return sections.stream()
                .filter(Question.class::isInstance)
                .map(Question.class::cast)
                .toList();
    }

    public boolean isPublic() {
        return PUBLIC.equals(audience);
    }

    /** The page's own output file, relative to the site root. */
    public String url() {
        return id + ".html";
    }

    /** The output file of one of this page's categories, relative to the site root. */
    public String categoryUrl(Category category) {
        return inFolder(category.id(), 0).toString();
    }

    /** The page left at a category's old id: it sends readers on to the category's page. */
    public String categoryAliasUrl(String alias) {
        return inFolder(alias, 0).toString();
    }

    /** The deep link of one entry, relative to the site root: its category page and its anchor. */
    public String entryUrl(Category category, Entry entry) {
        String entryId = entry.id();
        return inFolder(category.id(), 1 + entryId.length())
                .append('#')
                .append(entryId)
                .toString();
    }

    /**
     * {@code id/name.html}, the file {@code name} in the page's folder, in a builder with room for {@code more}
     * characters: a large site makes a million of these, and growing the builder doubled their garbage.
     */
    private StringBuilder inFolder(String name, int more) {
        return new StringBuilder(id.length() + name.length() + 6 + more)
                .append(id)
                .append('/')
                .append(name)
                .append(".html");
    }
}
