package org.troubleshoot.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.ErrorCode;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.publish.PrettyJsonWriter;

/**
 * {@code codes.json}: every error code of the site → where its row is, for in-app help and chat bots. Keys are the
 * codes as written ({@code E401}); codes are matched without case and no two differ only in case, so a program
 * that looks a code up without case finds at most one. Each value has the code, the row's URL (relative to the
 * site root, like site.json's), its symptom, the titles of its page and category, and, on a site that names its
 * languages, the row's language. In the order of the codes without case. A public interface: fields are only ever
 * added. Written on every site, empty ({@code {}}) when there are no codes; one file for all languages, as the
 * code pages ({@code e/}) are.
 */
final class CodesJson implements Output {
    static final String FILE = "codes.json";

    private record Row(String code, Page page, Category category, Entry entry) {}

    @Override
    public boolean perLanguage() {
        return false;
    }

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        plan.add(PlannedFile.shared(
                FILE,
                Origin.generated("the generated codes.json"),
                context.siteAudience(),
                false,
                out -> write(context.wholeSite, out)));
    }

    private static void write(Site site, OutputStream out) throws IOException {
        Map<String, Row> codes = new TreeMap<>(); // by key: a code on two rows is an error of its own (SiteCodes)
        for (Page page : site.pages()) {
            for (Category category : page.categories()) {
                for (Entry entry : category.entries()) {
                    for (String code : entry.codes()) {
                        codes.putIfAbsent(ErrorCode.key(code), new Row(code, page, category, entry));
                    }
                }
            }
        }
        boolean languages = site.settings().languages().named();
        try (PrettyJsonWriter json = new PrettyJsonWriter(out)) {
            json.beginObject();
            for (Row row : codes.values()) {
                json.name(row.code()).beginObject();
                json.name("code").value(row.code());
                json.name("url").value(row.page().entryUrl(row.category(), row.entry()));
                json.name("symptom").value(row.entry().symptom().text());
                json.name("page").value(row.page().title());
                json.name("category").value(row.category().title());
                if (languages) {
                    json.name("language").value(site.language(row.page()));
                }
                json.endObject();
            }
            json.endObject();
            json.newlineAtEnd();
        }
    }
}
