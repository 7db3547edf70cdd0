package org.troubleshoot.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Section;

/**
 * The assemble stage: puts the parsed pages in navigation order, takes out the glossary, and leaves out every
 * page and category that is not for the build's audience (by default, everything that is not public).
 */
public final class SiteAssembler {
    /** The content file that holds the glossary of automatic links (Term | Link). */
    public static final String GLOSSARY = "links.md";

    /** Navigation order: front matter order, then troubleshooting, FAQ, contact, articles, then by id. */
    public static final Comparator<Page> PAGE_ORDER =
            Comparator.comparingInt(Page::order).thenComparing(Page::kind).thenComparing(Page::id);

    /**
     * @param pages    the pages of the site
     * @param glossary links.md, if there is one
     * @param left     what a build for one audience left out: links to it become plain text
     */
    public record Assembly(List<Page> pages, Optional<Page> glossary, LeftOut left) {}

    /**
     * @param pages   source files of pages left out
     * @param anchors per source file of a page that stays, the ids of its categories and entries left out
     */
    public record LeftOut(Set<String> pages, Map<String, Set<String>> anchors) {
        public static final LeftOut NOTHING = new LeftOut(Set.of(), Map.of());

        public boolean contains(String sourceFile, String anchor) {
            return pages.contains(sourceFile)
                    || anchor != null
                            && anchors.getOrDefault(sourceFile, Set.of()).contains(anchor);
        }
    }

    public static Assembly assemble(List<Page> parsed, SiteSettings settings) {
        List<Page> pages = new ArrayList<>(parsed);
        pages.sort(PAGE_ORDER);
        Optional<Page> glossary =
                pages.stream().filter(p -> p.sourceFile().equals(GLOSSARY)).findFirst();
        glossary.ifPresent(pages::remove);
        Set<String> leftPages = new HashSet<>();
        Map<String, Set<String>> leftAnchors = new HashMap<>();
        List<Page> kept = new ArrayList<>();
        for (Page page : pages) {
            if (!settings.includes(page.audience())) {
                leftPages.add(page.sourceFile());
                continue;
            }
            for (Category category : page.categories()) {
                if (!settings.includes(category.audience())) {
                    Set<String> anchors = leftAnchors.computeIfAbsent(page.sourceFile(), k -> new HashSet<>());
                    anchors.add(category.id());
                    anchors.addAll(category.aliases());
                    for (Entry entry : category.entries()) {
                        anchors.add(entry.id());
                        anchors.addAll(entry.aliases());
                    }
                    page.anchors().stream()
                            .filter(a -> category.id().equals(a.category()))
                            .forEach(a -> anchors.add(a.name()));
                }
            }
            kept.add(withoutOtherAudiences(page, settings));
        }
        LeftOut left = leftPages.isEmpty() && leftAnchors.isEmpty()
                ? LeftOut.NOTHING
                : new LeftOut(Set.copyOf(leftPages), Map.copyOf(leftAnchors));
        return new Assembly(List.copyOf(kept), glossary, left);
    }

    /**
     * The page as a build for the settings' audience shows it (without the categories for other audiences);
     * empty when the page itself is for another audience.
     */
    public static Optional<Page> forAudience(Page page, SiteSettings settings) {
        return settings.includes(page.audience())
                ? Optional.of(withoutOtherAudiences(page, settings))
                : Optional.empty();
    }

    private static Page withoutOtherAudiences(Page page, SiteSettings settings) {
        List<Section> sections = new ArrayList<>();
        for (Section section : page.sections()) {
            if (!(section instanceof Category category) || settings.includes(category.audience())) {
                sections.add(section);
            }
        }
        return sections.size() == page.sections().size() ? page : page.withSections(sections);
    }

    private SiteAssembler() {}
}
