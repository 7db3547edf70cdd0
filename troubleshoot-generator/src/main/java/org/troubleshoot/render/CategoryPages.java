package org.troubleshoot.render;

import java.util.List;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.Urls;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.render.Views.CategoryPage;
import org.troubleshoot.render.Views.Link;
import org.troubleshoot.render.Views.Row;

/** One page per category ({@code troubleshooting/calls.html}): its table, with an anchor per symptom. */
final class CategoryPages implements Output {
    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        for (Page page : context.plannedPages) {
            List<Category> categories = page.categories();
            for (int i = 0; i < categories.size(); i++) {
                int index = i;
                Category category = categories.get(i);
                plan.add(PlannedFile.ofPage(
                        page.categoryUrl(category),
                        Origin.content(
                                page.sourceFile(),
                                category.source().line(),
                                "the category \"" + category.title() + "\""),
                        category.audience(),
                        page.id(),
                        context.pageInputs.of(
                                page,
                                page.categoryUrl(category),
                                out -> context.page(Templates.CATEGORY, view(context, page, index))
                                        .writeTo(out))));
            }
        }
    }

    private static CategoryPage view(RenderContext context, Page page, int index) {
        List<Category> categories = page.categories();
        Category category = categories.get(index);
        String url = page.categoryUrl(category);
        String root = Urls.rootOf(url);
        List<String> headers = context.rows.headers(category);
        List<Row> rows = category.entries().stream()
                .map(e -> context.rows.row(page, category, e, headers, root))
                .toList();
        Link previous = index == 0 ? null : link(page, categories.get(index - 1), root);
        Link next = index + 1 == categories.size() ? null : link(page, categories.get(index + 1), root);
        return new CategoryPage(
                context.navigation.layout(
                        category.title(),
                        page.title() + ": " + category.title(),
                        root,
                        url,
                        page,
                        context.versions.ofCategory(page, category)),
                new Link(page.title(), root + page.url()),
                category.title(),
                context.labels.audience(category.audience()),
                context.linkWriter.write(category.introHtml(), page, root),
                category.title() + " — "
                        + context.labels.count(category.entries().size()),
                headers,
                rows,
                closingProse(context, page, root),
                previous,
                next,
                context.folder.isEmpty() ? null : RowAddresses.aliasesFile(context));
    }

    private static Link link(Page page, Category category, String root) {
        return new Link(category.title(), root + page.categoryUrl(category));
    }

    /** Prose after the last category ("When all else fails"), shown under every category's table. */
    private static String closingProse(RenderContext context, Page page, String root) {
        List<Section> sections = page.sections();
        int start = sections.size();
        while (start > 0 && sections.get(start - 1) instanceof Prose) {
            start--;
        }
        StringBuilder html = new StringBuilder();
        for (Section section : sections.subList(start, sections.size())) {
            Prose prose = (Prose) section;
            if (prose.hasHeading()) {
                html.append("<h2>").append(Html.escape(prose.title())).append("</h2>\n");
            }
            html.append(context.linkWriter.write(prose.html(), page, root)).append('\n');
        }
        return html.toString().strip();
    }
}
