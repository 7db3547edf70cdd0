package org.troubleshoot.render;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Map;
import org.troubleshoot.link.RowForwards;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Page;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.publish.TextFiles;

/**
 * What a category page's script (assets/forward.js) reads when an address's {@code #fragment} names no row of it:
 * {@code ids.js} beside each page's category pages (every row id and old id of the page, see
 * {@link RowForwards#ofPage}) and the language's {@code aliases.js} (old ids of rows on its pages, see
 * {@link RowForwards#aliases}; only when there are any): {@code assets/aliases.js} for the site's first language,
 * {@code assets/de/aliases.js} for another, which its category pages name in {@code data-aliases}. Old ids are
 * looked up within a language: translations often keep their rows' ids. Scripts that call
 * {@code troubleshootIds(map)}, not JSON, so that they load from file:// too; addresses relative to the site root.
 */
final class RowAddresses implements Output {
    static final String IDS = "ids.js";
    static final String ALIASES = "assets/aliases.js";

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        for (Page page : context.site.pages()) {
            if (page.categories().isEmpty()) {
                continue;
            }
            Category first = page.categories().get(0);
            plan.add(PlannedFile.ofPage(
                            page.id() + "/" + IDS,
                            Origin.content(
                                    page.sourceFile(),
                                    first.source().line(),
                                    "the ids of the rows of " + page.sourceFile()),
                            page.audience(),
                            page.id(),
                            out -> write(RowForwards.ofPage(page), out))
                    .unindexed());
        }
        Map<String, String> aliases = RowForwards.aliases(context.site.pages());
        if (!aliases.isEmpty()) {
            plan.add(PlannedFile.shared(
                    aliasesFile(context),
                    Origin.generated("the generated old ids of rows"),
                    context.siteAudience(),
                    false,
                    out -> write(aliases, out)));
        }
    }

    /** The old ids of rows of the context's language, from the site root: {@code assets/de/aliases.js}. */
    static String aliasesFile(RenderContext context) {
        return context.folder.isEmpty() ? ALIASES : "assets/" + context.folder + "aliases.js";
    }

    private static void write(Map<String, String> ids, OutputStream stream) throws IOException {
        try (Writer out = TextFiles.writer(stream)) {
            out.write("troubleshootIds(");
            JsonWriter json = new JsonWriter(out);
            json.setHtmlSafe(true);
            json.beginObject();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                json.name(id.getKey()).value(id.getValue());
            }
            json.endObject().flush();
            out.write(");\n");
        }
    }
}
