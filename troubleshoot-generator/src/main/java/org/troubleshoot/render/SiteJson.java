package org.troubleshoot.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.troubleshoot.link.RelatedEntries;
import org.troubleshoot.link.ResolvedLinks;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Site;
import org.troubleshoot.model.SourcePosition;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.publish.PrettyJsonWriter;

/**
 * Writes {@code site.json}: the whole model for other tools (chat bots, in-app help). A public interface:
 * fields are only ever added, never renamed or removed. Streamed, in a fixed field order.
 */
final class SiteJson implements Output {
    static final String FILE = "site.json";
    static final int FORMAT_VERSION = 1;

    private final Site site;
    private final ResolvedLinks links;
    /** The site's title in its first language. */
    private final String title;

    /** Pages by id, to write each page's translations; empty in a site of one language. */
    private final Map<String, Page> byId = new HashMap<>();

    SiteJson() {
        this(null, null, null);
    }

    private SiteJson(Site site, ResolvedLinks links, String title) {
        this.site = site;
        this.links = links;
        this.title = title;
        if (site != null && site.settings().languages().several()) {
            site.pages().forEach(page -> byId.put(page.id(), page));
        }
    }

    @Override
    public boolean perLanguage() {
        return false;
    }

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        plan.add(PlannedFile.shared(
                FILE,
                Origin.generated("the generated site.json"),
                context.siteAudience(),
                false,
                out -> new SiteJson(context.wholeSite, context.links, context.title).write(out)));
    }

    /** The JSON of page {@code pageId} alone, as site.json has it (empty if there is no such page). */
    static byte[] pageBytes(Site site, ResolvedLinks links, String pageId) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SiteJson json = new SiteJson(site, links, site.title());
        try (PrettyJsonWriter writer = new PrettyJsonWriter(bytes)) {
            for (Page page : site.pages()) {
                if (page.id().equals(pageId)) {
                    json.page(writer, page);
                }
            }
        }
        return bytes.toByteArray();
    }

    private void write(OutputStream out) throws IOException {
        // Pages and categories indented, each entry (its causes, codes and date included), question, table row,
        // translation and source on one line: writers and reviewers diff site.json between builds (a changed row
        // is a changed line), at two thirds of the size of indenting everything. Tools read it either way: only
        // the layout changed, not the content.
        try (PrettyJsonWriter json = new PrettyJsonWriter(out)) {
            json.beginObject();
            json.name("format").value(FORMAT_VERSION);
            json.name("title").value(title);
            if (site.settings().baseUrl().isPresent()) {
                json.name("baseUrl").value(site.settings().baseUrl().get());
            }
            if (site.settings().languages().named()) {
                json.name("languages").beginArray();
                for (String language : site.settings().languages().tags()) {
                    json.value(language);
                }
                json.endArray();
            }
            json.name("entryCount").value(site.entryCount());
            json.name("pages").beginArray();
            // Language by language, the first language's pages first; each in navigation order.
            for (String language : site.settings().languages().tags()) {
                for (Page page : site.pages()) {
                    if (!site.settings().languages().several()
                            || site.language(page).equals(language)) {
                        page(json, page);
                    }
                }
            }
            json.endArray();
            json.endObject();
            json.newlineAtEnd();
        }
    }

    private void page(PrettyJsonWriter json, Page page) throws IOException {
        json.beginObject();
        json.name("id").value(page.id());
        json.name("title").value(page.title());
        json.name("kind").value(page.kind().id());
        json.name("url").value(page.url());
        json.name("audience").value(page.audience());
        json.name("description").value(page.description());
        json.name("source").value(page.sourceFile());
        if (site.settings().languages().named()) {
            // Only on sites that name their languages: site.json of a site that names none stays as it was.
            json.name("language").value(site.language(page));
            translations(json, page);
        }
        Optional<String> lastChanged = site.lastChanged(page);
        if (lastChanged.isPresent()) {
            json.name("lastChanged").value(lastChanged.get());
        }
        json.name("categories").beginArray();
        for (Category category : page.categories()) {
            category(json, page, category);
        }
        json.endArray();
        List<Question> questions = page.questions();
        if (!questions.isEmpty()) {
            json.name("questions").beginArray();
            for (Question question : questions) {
                json.beginObjectOnOneLine();
                json.name("id").value(question.id());
                json.name("question").value(question.question());
                json.name("answer").value(question.answerText());
                json.name("url").value(page.url() + "#" + question.id());
                source(json, question.source());
                json.endObject();
            }
            json.endArray();
        }
        List<DataTable> tables = page.sections().stream()
                .filter(DataTable.class::isInstance)
                .map(DataTable.class::cast)
                .toList();
        if (!tables.isEmpty()) {
            json.name("tables").beginArray();
            for (DataTable table : tables) {
                table(json, page, table);
            }
            json.endArray();
        }
        json.endObject();
    }

    private void category(PrettyJsonWriter json, Page page, Category category) throws IOException {
        json.beginObject();
        json.name("id").value(category.id());
        json.name("title").value(category.title());
        json.name("audience").value(category.audience());
        json.name("url").value(page.categoryUrl(category));
        aliases(json, category.aliases());
        source(json, category.source());
        json.name("entries").beginArray();
        for (Entry entry : category.entries()) {
            json.beginObjectOnOneLine();
            json.name("id").value(entry.id());
            json.name("symptom").value(entry.symptom().text());
            // cause and resolution: the first pair, as before causes existed (readers of the file rely on them).
            json.name("cause").value(entry.cause().text());
            json.name("resolution").value(entry.resolution().text());
            json.name("causes").beginArray();
            for (Cause cause : entry.causes()) {
                json.beginObject();
                json.name("cause").value(cause.cause().text());
                json.name("resolution").value(cause.resolution().text());
                json.endObject();
            }
            json.endArray();
            json.name("codes").beginArray();
            for (String code : entry.codes()) {
                json.value(code);
            }
            json.endArray();
            if (!entry.extras().isEmpty()) {
                json.name("extra").beginObject();
                List<String> labels = category.columns().extras();
                for (int i = 0; i < labels.size(); i++) {
                    json.name(labels.get(i)).value(entry.extras().get(i).text());
                }
                json.endObject();
            }
            json.name("url").value(page.entryUrl(category, entry));
            Optional<String> updated = site.updated(entry);
            if (updated.isPresent()) {
                json.name("updated").value(updated.get());
            }
            Optional<String> edit = site.settings()
                    .editLink(entry.source().file(), entry.source().line());
            if (edit.isPresent()) {
                json.name("editUrl").value(edit.get());
            }
            aliases(json, entry.aliases());
            source(json, entry.source());
            List<RelatedEntries.Related> related = links.related(page, entry);
            if (!related.isEmpty()) {
                json.name("related").beginArray();
                for (RelatedEntries.Related other : related) {
                    json.beginObject();
                    json.name("url").value(other.url());
                    json.name("reason").value(other.reason().name().toLowerCase(Locale.ROOT));
                    json.endObject();
                }
                json.endArray();
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void table(PrettyJsonWriter json, Page page, DataTable table) throws IOException {
        json.beginObject();
        if (table.title() != null) {
            json.name("title").value(table.title());
        }
        json.name("columns").beginArray();
        for (String column : table.columns()) {
            json.value(column);
        }
        json.endArray();
        json.name("rows").beginArray();
        for (DataRow row : table.rows()) {
            json.beginObjectOnOneLine();
            json.name("id").value(row.id());
            json.name("cells").beginArray();
            for (Cell cell : row.cells()) {
                json.value(cell.text());
            }
            json.endArray();
            json.name("url").value(page.url() + "#" + row.id());
            source(json, row.source());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** The page's versions in other languages, if it has any: language, id and URL of each. */
    private void translations(PrettyJsonWriter json, Page page) throws IOException {
        List<String> versions = site.translations().of(page.id());
        if (versions.isEmpty()) {
            return;
        }
        json.name("translations").beginArray();
        for (String id : versions) {
            Page other = byId.get(id);
            if (!id.equals(page.id())) {
                json.beginObjectOnOneLine();
                json.name("language").value(site.language(other));
                json.name("id").value(other.id());
                json.name("url").value(other.url());
                json.endObject();
            }
        }
        json.endArray();
    }

    private static void aliases(PrettyJsonWriter json, List<String> aliases) throws IOException {
        json.name("aliases").beginArray();
        for (String alias : aliases) {
            json.value(alias);
        }
        json.endArray();
    }

    private static void source(PrettyJsonWriter json, SourcePosition source) throws IOException {
        json.name("source").beginObjectOnOneLine();
        json.name("file").value(source.file());
        json.name("line").value(source.line());
        json.endObject();
    }
}
