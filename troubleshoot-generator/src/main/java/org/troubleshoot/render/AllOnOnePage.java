package org.troubleshoot.render;

import java.util.List;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Urls;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.render.Views.AllCategory;
import org.troubleshoot.render.Views.AllPage;
import org.troubleshoot.render.Views.AllSection;

/**
 * all.html: every category's table on one page, to print or save. Left out on sites of more than
 * {@link RenderContext#LARGE_SITE_ENTRIES} entries, where it would weigh tens of megabytes.
 */
final class AllOnOnePage implements Output {
    static final String FILE = "all.html";

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        if (context.largeSite) {
            return;
        }
        String file = context.file(FILE);
        plan.add(PlannedFile.shared(
                file,
                Origin.generated("the generated all-on-one page"),
                context.siteAudience(),
                true,
                out -> context.page(Templates.ALL, view(context, file)).writeTo(out)));
    }

    private static AllPage view(RenderContext context, String file) {
        String root = Urls.rootOf(file);
        List<Page> pages = context.troubleshootingPages;
        List<AllSection> sections = Lazy.list(pages.size(), p -> {
            Page page = pages.get(p);
            return new AllSection(
                    page.title(), pages.size() > 1, Lazy.list(page.categories().size(), c -> {
                        Category category = page.categories().get(c);
                        List<String> headers = context.rows.headers(category);
                        List<Entry> entries = category.entries();
                        return new AllCategory(
                                category.title(),
                                root + page.categoryUrl(category),
                                category.title() + " — " + context.labels.count(entries.size()),
                                headers,
                                Lazy.list(
                                        entries.size(),
                                        e -> context.rows.row(page, category, entries.get(e), headers, root)));
                    }));
        });
        return new AllPage(
                context.navigation.generated(
                        context.messages.text("allOnOnePage"),
                        context.messages.text("allOnOnePageDescription"),
                        root,
                        FILE),
                sections);
    }
}
