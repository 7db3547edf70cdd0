package org.troubleshoot.render;

import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.search.SearchIndex;

/** The static search index under assets/search/, which search.js reads (see docs/search.md). */
final class SearchFiles implements Output {
    static final String FOLDER = "assets/search/";

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        SearchIndex index = new SearchIndex(context.site);
        Origin origin = Origin.generated("the generated search index");
        for (String name : index.fileNames()) {
            plan.add(PlannedFile.shared(FOLDER + name, origin, context.siteAudience(), false,
                    out -> index.write(name, out)));
        }
    }
}
