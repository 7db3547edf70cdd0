package org.troubleshoot.render;

import java.util.ArrayList;
import java.util.List;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.link.RelatedEntries;
import org.troubleshoot.link.ResolvedLinks;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;
import org.troubleshoot.render.Views.CategorySummary;
import org.troubleshoot.render.Views.CellView;
import org.troubleshoot.render.Views.Feedback;
import org.troubleshoot.render.Views.Line;
import org.troubleshoot.render.Views.Link;
import org.troubleshoot.render.Views.Row;
import org.troubleshoot.render.Views.TableView;

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

    /**
     * One entry as a table row, or a row group when it has several causes; {@code root} leads from the file it is
     * written into to the site root.
     */
    Row row(Page page, Category category, Entry entry, List<String> headers, String root) {
        boolean hasCause = category.columns().hasCause();
        List<Cause> causes = entry.causes();
        // The symptom and the extra cells belong to the whole entry: they span its rows.
        Integer span = causes.size() > 1 ? causes.size() : null;
        List<CellView> views = new ArrayList<>(3 + entry.extras().size());
        views.add(new CellView(headers.get(0), html(entry.symptom(), page, root), span, false));
        int column = 1;
        if (hasCause) {
            views.add(new CellView(headers.get(column++), html(entry.cause(), page, root)));
        }
        views.add(new CellView(headers.get(column++), html(entry.resolution(), page, root), null, span == null));
        for (Cell extra : entry.extras()) {
            views.add(new CellView(headers.get(column++), html(extra, page, root), span, false));
        }
        List<Line> continued = new ArrayList<>(causes.size() - 1);
        for (int i = 1; i < causes.size(); i++) {
            Cause cause = causes.get(i);
            List<CellView> cells = new ArrayList<>(2);
            if (hasCause) {
                cells.add(new CellView(headers.get(1), html(cause.cause(), page, root)));
            }
            cells.add(new CellView(
                    headers.get(hasCause ? 2 : 1), html(cause.resolution(), page, root), null, i == causes.size() - 1));
            continued.add(new Line(cells));
        }
        List<RelatedEntries.Related> sameCause = new ArrayList<>(RelatedEntries.LIMIT);
        List<RelatedEntries.Related> sameFix = new ArrayList<>(RelatedEntries.LIMIT);
        for (RelatedEntries.Related related : links.related(page, entry)) {
            (related.reason() == RelatedEntries.Reason.CAUSE ? sameCause : sameFix).add(related);
        }
        SiteSettings settings = site.settings();
        String edit =
                settings.editLink(entry.source().file(), entry.source().line()).orElse(null);
        String url = page.entryUrl(category, entry);
        Feedback feedback = settings.feedbackUrl().isEmpty()
                ? null
                : new Feedback(
                        settings.feedbackLink(page.id(), entry.id(), "yes", url).orElseThrow(),
                        settings.feedbackLink(page.id(), entry.id(), "no", url).orElseThrow());
        String updated = site.updated(entry).orElse(null);
        return new Row(
                entry.id(),
                entry.symptom().text(),
                entry.aliases(),
                views,
                continued,
                relatedLinks(sameCause, root),
                relatedLinks(sameFix, root),
                edit,
                updated,
                updated == null ? null : labels.dated("updated", updated),
                feedback);
    }

    private String html(Cell cell, Page page, String root) {
        return linkWriter.write(cell.html(), page, root);
    }

    /** Links to related entries, made only if a template shows them (all.mustache does not). */
    private List<Link> relatedLinks(List<RelatedEntries.Related> related, String root) {
        return related.isEmpty()
                ? List.of()
                : Lazy.list(related.size(), i -> {
                    RelatedEntries.Related other = related.get(i);
                    String symptom = other.entry().symptom().text();
                    String category = other.category().title();
                    // Sized up front: every row has some, and growing the builders doubled their garbage.
                    String text = new StringBuilder(symptom.length() + category.length() + 3)
                            .append(symptom)
                            .append(" (")
                            .append(category)
                            .append(')')
                            .toString();
                    return new Link(text, root.concat(other.url()));
                });
    }

    /** An ordinary table of a page (Contact's, the playbook's): each row with its anchor. */
    TableView table(Page page, DataTable table, String root) {
        List<Row> rows = new ArrayList<>();
        for (DataRow row : table.rows()) {
            List<CellView> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                cells.add(new CellView(
                        table.columns().get(i),
                        linkWriter.write(row.cells().get(i).html(), page, root),
                        null,
                        i > 0 && i == row.cells().size() - 1));
            }
            String edit = site.settings()
                    .editLink(row.source().file(), row.source().line())
                    .orElse(null);
            rows.add(new Row(
                    row.id(),
                    row.cells().isEmpty() ? row.id() : row.cells().get(0).text(),
                    List.of(),
                    cells,
                    List.of(),
                    List.of(),
                    List.of(),
                    edit,
                    null,
                    null,
                    null));
        }
        return new TableView(table.title(), table.columns(), rows);
    }

    /** @param withSymptoms whether to list the category's symptoms, or only count them */
    CategorySummary categorySummary(Page page, Category category, String root, boolean withSymptoms) {
        String url = root + page.categoryUrl(category);
        List<Link> symptoms = !withSymptoms
                ? List.of()
                : category.entries().stream()
                        .map(e -> new Link(e.symptom().text(), url + "#" + e.id()))
                        .toList();
        return new CategorySummary(
                category.title(),
                url,
                category.entries().size(),
                labels.count(category.entries().size()),
                labels.audience(category.audience()),
                symptoms);
    }
}
