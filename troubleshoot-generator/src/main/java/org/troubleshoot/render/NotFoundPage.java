package org.troubleshoot.render;

import org.troubleshoot.model.Html;
import org.troubleshoot.model.Urls;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;

/** 404.html, which static hosts serve for any address that leads nowhere. */
final class NotFoundPage implements Output {
    static final String FILE = "404.html";

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        plan.add(PlannedFile.shared(
                context.file(FILE),
                Origin.generated("the generated not-found page"),
                context.siteAudience(),
                false,
                out -> context.page(Templates.NOT_FOUND, view(context)).writeTo(out)));
    }

    private static Views.NotFound view(RenderContext context) {
        // Served at any address, so its links start from the base URL when there is one; else from where it lies.
        String root = context.site.settings().baseUrl().orElse(Urls.rootOf(context.file(FILE)));
        Messages messages = context.messages;
        String home = root + context.file(HomePage.FILE);
        String aToZ = root + context.file(AToZPage.FILE);
        return new Views.NotFound(
                context.navigation.generated(messages.text("notFoundTitle"), "", root, FILE),
                messages.html(
                        "notFoundText",
                        link(aToZ, messages.text("notFoundAToZ")),
                        link(home, messages.text("notFoundHome"))));
    }

    private static String link(String url, String text) {
        return "<a href=\"" + Html.escapeValue(url) + "\">" + Html.escapeValue(text) + "</a>";
    }
}
