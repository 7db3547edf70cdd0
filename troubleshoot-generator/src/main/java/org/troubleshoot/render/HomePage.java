package org.troubleshoot.render;

import java.util.ArrayList;
import java.util.List;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.Urls;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.render.Views.Home;
import org.troubleshoot.render.Views.PageSummary;
import org.troubleshoot.render.Views.TroubleshootingSummary;

/** index.html: every troubleshooting page with its categories (and their symptoms on smaller sites). */
final class HomePage implements Output {
    static final String FILE = "index.html";

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        String file = context.file(FILE);
        plan.add(PlannedFile.shared(
                file,
                Origin.generated("the generated home page"),
                context.siteAudience(),
                true,
                out -> context.page(Templates.HOME, view(context, file)).writeTo(out)));
    }

    private static Home view(RenderContext context, String file) {
        String root = Urls.rootOf(file);
        List<Page> pages = context.troubleshootingPages;
        List<TroubleshootingSummary> troubleshooting = Lazy.list(pages.size(), i -> {
            Page page = pages.get(i);
            return new TroubleshootingSummary(
                    page.title(),
                    root + page.url(),
                    page.url(),
                    leadingProse(context, page, root),
                    Lazy.list(
                            page.categories().size(),
                            c -> context.rows.categorySummary(
                                    page, page.categories().get(c), root, !context.largeSite)));
        });
        List<PageSummary> others = new ArrayList<>();
        for (Page page : context.site.pages()) {
            if (page.kind() != PageKind.TROUBLESHOOTING) {
                others.add(new PageSummary(
                        page.title(), root + page.url(), page.description(), context.labels.audience(page)));
            }
        }
        return new Home(context.navigation.generated(context.title, "", root, FILE), troubleshooting, others);
    }

    /** Prose before the first category: the page's introduction, shown on the home page. */
    private static String leadingProse(RenderContext context, Page page, String root) {
        StringBuilder html = new StringBuilder();
        for (Section section : page.sections()) {
            if (!(section instanceof Prose prose) || prose.hasHeading()) {
                break;
            }
            html.append(context.linkWriter.write(prose.html(), page, root));
        }
        return html.toString();
    }
}
