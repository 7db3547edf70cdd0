package org.troubleshoot.render;

import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.PlannedFile;

/** 404.html, which static hosts serve for any address that leads nowhere. */
final class NotFoundPage implements Output {
    static final String FILE = "404.html";

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        plan.add(PlannedFile.shared(FILE, Origin.generated("the generated not-found page"), context.siteAudience(), false,
                out -> {
                    // Served at any address, so its links start from the base URL when there is one.
                    String root = context.site.settings().baseUrl().orElse("");
                    Views.NotFound view = new Views.NotFound(context.navigation.layout("Page not found", "", root, FILE));
                    context.templates.page(Templates.NOT_FOUND, view).writeTo(out);
                }));
    }
}
