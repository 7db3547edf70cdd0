package org.troubleshoot.render;

import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.ErrorCode;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Urls;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.PlannedFile;

import java.util.HashSet;
import java.util.Set;

/**
 * A page per error code, {@code e/e401.html}, that takes the reader to the code's row (a link, a meta refresh, and
 * assets/forward.js, which works from file:// too): the address a product prints next to an error.
 */
final class CodePages implements Output {
    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        Set<String> planned = new HashSet<>();
        for (Page page : context.site.pages()) {
            for (Category category : page.categories()) {
                for (Entry entry : category.entries()) {
                    for (String code : entry.codes()) {
                        if (!planned.add(ErrorCode.key(code))) {
                            continue; // a code on two rows is an error of its own (SiteCodes)
                        }
                        String url = ErrorCode.url(code);
                        String root = Urls.rootOf(url);
                        Views.CodePage view = new Views.CodePage(code, entry.symptom().text(),
                                root + page.entryUrl(category, entry), root + page.categoryUrl(category), root);
                        plan.add(PlannedFile.ofPage(url, Origin.content(page.sourceFile(), entry.source().line(),
                                        "the error code " + code + " of \"" + entry.symptom().text() + "\""),
                                category.audience(), page.id(), context.templates.page(Templates.CODE, view))
                                .unindexed());
                    }
                }
            }
        }
    }
}
