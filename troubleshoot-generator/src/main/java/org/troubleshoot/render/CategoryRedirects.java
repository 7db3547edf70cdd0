package org.troubleshoot.render;

import org.troubleshoot.model.Category;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.Page;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.PlannedFile;

/** The page left at a category's old id ({@code ## Calls {#calls #phone}}): it sends readers on. */
final class CategoryRedirects implements Output {
    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        for (Page page : context.site.pages()) {
            for (Category category : page.categories()) {
                for (String alias : category.aliases()) {
                    plan.add(PlannedFile.ofPage(page.categoryAliasUrl(alias), Origin.content(page.sourceFile(),
                                    category.source().line(), "the old id #" + alias + " of \"" + category.title() + "\""),
                            category.audience(), page.id(), context.page(Templates.REDIRECT, view(context, category)))
                            .unindexed());
                }
            }
        }
    }

    private static Views.Redirect view(RenderContext context, Category category) {
        String target = category.id() + ".html";
        Messages messages = context.messages;
        return new Views.Redirect(category.title(), target, context.language,
                messages.format("movedTitle", category.title()), messages.html("movedText", "<a href=\""
                + Html.escapeValue(target) + "\">" + Html.escapeValue(category.title()) + "</a>"));
    }
}
