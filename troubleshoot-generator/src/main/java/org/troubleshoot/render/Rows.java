package org.troubleshoot.render;

import org.troubleshoot.link.RelatedEntries;
import org.troubleshoot.link.ResolvedLinks;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;
import org.troubleshoot.render.Views.CategorySummary;
import org.troubleshoot.render.Views.CellView;
import org.troubleshoot.render.Views.Link;
import org.troubleshoot.render.Views.Row;
import org.troubleshoot.render.Views.TableView;

import java.util.ArrayList;
import java.util.List;

/** Table rows and category cards, as the category pages, content pages and the all-on-one page show them. */
final class Rows {
    private final Site site;
    private final ResolvedLinks links;
    private final LinkWriter linkWriter;
    private final Labels labels;

    Rows(Site site, ResolvedLinks links, LinkWriter linkWriter, Labels labels) {
        this.site = site;
        this.links = links;
        this.linkWriter = linkWriter;
        this.labels = labels;
    }

    /** The column headers of a category's table, in the order its rows show their cells. */
    List<String> headers(Category category) {
        List<String> headers = new ArrayList<>();
        headers.add(category.columns().symptom());
        if (category.columns().hasCause()) {
            headers.add(category.columns().cause());
        }
        headers.add(category.columns().resolution());
        headers.addAll(category.columns().extras());
        return headers;
    }

    /** One entry as a table row; {@code root} leads from the file it is written into to the site root. */
    Row row(Page page, Category category, Entry entry, List<String> headers, String root) {
        List<Cell> cells = new ArrayList<>();
        cells.add(entry.symptom());
        if (category.columns().hasCause()) {
            cells.add(entry.cause());
        }
        cells.add(entry.resolution());
        cells.addAll(entry.extras());
        List<CellView> views = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            views.add(new CellView(headers.get(i), linkWriter.write(cells.get(i).html(), page, root)));
        }
        List<RelatedEntries.Related> sameCause = new ArrayList<>(RelatedEntries.LIMIT);
        List<RelatedEntries.Related> sameFix = new ArrayList<>(RelatedEntries.LIMIT);
        for (RelatedEntries.Related related : links.related(page, entry)) {
            (related.reason() == RelatedEntries.Reason.CAUSE ? sameCause : sameFix).add(related);
        }
        String edit = site.settings().editLink(entry.source().file(), entry.source().line()).orElse(null);
        return new Row(entry.id(), entry.symptom().text(), entry.aliases(), views, relatedLinks(sameCause, root),
                relatedLinks(sameFix, root), edit);
    }

    /** Links to related entries, made only if a template shows them (all.mustache does not). */
    private List<Link> relatedLinks(List<RelatedEntries.Related> related, String root) {
        return related.isEmpty() ? List.of() : Lazy.list(related.size(), i -> new Link(
                related.get(i).entry().symptom().text() + " (" + related.get(i).category().title() + ")",
                root + related.get(i).url()));
    }

    /** An ordinary table of a page (Contact's, the playbook's): each row with its anchor. */
    TableView table(Page page, DataTable table, String root) {
        List<Row> rows = new ArrayList<>();
        for (DataRow row : table.rows()) {
            List<CellView> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                cells.add(new CellView(table.columns().get(i), linkWriter.write(row.cells().get(i).html(), page, root)));
            }
            String edit = site.settings().editLink(row.source().file(), row.source().line()).orElse(null);
            rows.add(new Row(row.id(), row.cells().isEmpty() ? row.id() : row.cells().get(0).text(), List.of(),
                    cells, List.of(), List.of(), edit));
        }
        return new TableView(table.title(), table.columns(), rows);
    }

    /** @param withSymptoms whether to list the category's symptoms, or only count them */
    CategorySummary categorySummary(Page page, Category category, String root, boolean withSymptoms) {
        String url = root + page.categoryUrl(category);
        List<Link> symptoms = !withSymptoms ? List.of() : category.entries().stream()
                .map(e -> new Link(e.symptom().text(), url + "#" + e.id())).toList();
        return new CategorySummary(category.title(), url, category.entries().size(),
                labels.count(category.entries().size()), labels.audience(category.audience()), symptoms);
    }
}
