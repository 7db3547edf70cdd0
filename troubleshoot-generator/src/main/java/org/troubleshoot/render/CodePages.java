package org.troubleshoot.render;

import java.util.HashMap;
import java.util.Map;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.ErrorCode;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Urls;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;

/**
 * A page per error code, {@code e/E401.html} (the code as written), that takes the reader to the code's row (a
 * link, a meta refresh, and assets/forward.js, which works from file:// too): the address a product prints next
 * to an error. A code is unique in the whole site, so every language's codes share the one {@code e/} folder at
 * the root; each language plans the pages of its own rows, in its language.
 */
final class CodePages implements Output {
    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        // The row each code leads to, in the whole site: a code on two rows is an error of its own (SiteCodes),
        // and planning one page for it keeps that the only error, whatever the rows' languages.
        Map<String, Entry> owners = new HashMap<>();
        for (Page page : context.wholeSite.pages()) {
            for (Category category : page.categories()) {
                for (Entry entry : category.entries()) {
                    entry.codes().forEach(code -> owners.putIfAbsent(ErrorCode.key(code), entry));
                }
            }
        }
        for (Page page : context.site.pages()) {
            for (Category category : page.categories()) {
                for (Entry entry : category.entries()) {
                    for (String code : entry.codes()) {
                        if (owners.get(ErrorCode.key(code)) != entry) {
                            continue;
                        }
                        String url = ErrorCode.url(code);
                        String root = Urls.rootOf(url);
                        Views.CodePage view = new Views.CodePage(
                                code,
                                entry.symptom().text(),
                                root + page.entryUrl(category, entry),
                                root + page.categoryUrl(category),
                                root,
                                context.language);
                        plan.add(PlannedFile.ofPage(
                                        url,
                                        Origin.content(
                                                page.sourceFile(),
                                                entry.source().line(),
                                                "the error code " + code + " of \""
                                                        + entry.symptom().text() + "\""),
                                        category.audience(),
                                        page.id(),
                                        context.page(Templates.CODE, view))
                                .unindexed());
                    }
                }
            }
        }
    }
}
