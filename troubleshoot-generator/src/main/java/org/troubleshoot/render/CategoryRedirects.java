package org.troubleshoot.render;

import org.troubleshoot.model.Category;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Urls;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;

/**
 * The page left at a category's old id ({@code ## Calls {#calls #phone}}): it sends readers on, with the address's
 * {@code #fragment} when scripts run (a row of the category, or one that moved on: see assets/forward.js), else by a
 * meta refresh without it.
 */
final class CategoryRedirects implements Output {
    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        for (Page page : context.plannedPages) {
            for (Category category : page.categories()) {
                for (String alias : category.aliases()) {
                    plan.add(PlannedFile.ofPage(
                                    page.categoryAliasUrl(alias),
                                    Origin.content(
                                            page.sourceFile(),
                                            category.source().line(),
                                            "the old id #" + alias + " of \"" + category.title() + "\""),
                                    category.audience(),
                                    page.id(),
                                    context.pageInputs.of(
                                            page,
                                            page.categoryAliasUrl(alias),
                                            context.page(
                                                    Templates.REDIRECT,
                                                    view(
                                                            context,
                                                            category,
                                                            Urls.rootOf(page.categoryAliasUrl(alias))))))
                            .unindexed());
                }
            }
        }
    }

    /** @param root the way from the old id's page to the site root */
    private static Views.Redirect view(RenderContext context, Category category, String root) {
        String target = category.id() + ".html";
        Messages messages = context.messages;
        // The link forward.js follows, with the address's #fragment (data-hash).
        return new Views.Redirect(
                category.title(),
                target,
                root,
                context.language,
                messages.format("movedTitle", category.title()),
                messages.html(
                        "movedText",
                        "<a id=\"forward\" href=\"" + Html.escapeValue(target) + "\" data-hash>"
                                + Html.escapeValue(category.title()) + "</a>"));
    }
}
