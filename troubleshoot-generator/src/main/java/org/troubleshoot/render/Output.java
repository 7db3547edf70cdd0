package org.troubleshoot.render;

import java.io.IOException;
import org.troubleshoot.plan.OutputPlan;

/**
 * One kind of output file (the home page, the category pages, site.json…). Each declares, in its one class,
 * every file of its kind to the plan, with where it comes from, who it is for, and how its bytes are made;
 * nothing is written until the whole plan is known. Adding an output is a new class and one line in
 * the list in {@link SiteRenderer}.
 */
interface Output {
    void plan(RenderContext context, OutputPlan.Builder plan) throws IOException;

    /**
     * Whether each of the site's languages has its own files of this kind (home page, search index…), planned
     * with that language's context; else the output is planned once, with the first language's, and makes its
     * files from {@link RenderContext#wholeSite} (site.json, the sitemap, assets).
     */
    default boolean perLanguage() {
        return true;
    }
}
