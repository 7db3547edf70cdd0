package org.troubleshoot.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.search.SearchIndex;

/**
 * The static search index, which search.js reads (see docs/search.md): one per language, the first language's
 * under assets/search/, each other's under assets/search/LANG/ (a page names its own in {@code data-search}).
 */
final class SearchFiles implements Output {
    static final String FOLDER = "assets/search/";

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        Messages messages = context.messages;
        // What search.js says of results, in the index's language: the page's scripts are the same in every one.
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("none", messages.text("searchNoResults"));
        labels.put("one", messages.text("searchOneResult"));
        labels.put("many", messages.format("searchManyResults", "{0}"));
        labels.put("error", messages.text("searchUnavailable"));
        labels.put("contact", messages.text("searchContact"));
        labels.put("ask", messages.text("searchAsk"));
        SearchIndex index = new SearchIndex(context.site, labels);
        Origin origin = Origin.generated("the generated search index");
        for (String name : index.fileNames()) {
            plan.add(PlannedFile.shared(
                    FOLDER + context.folder + name,
                    origin,
                    context.siteAudience(),
                    false,
                    out -> index.write(name, out)));
        }
    }
}
