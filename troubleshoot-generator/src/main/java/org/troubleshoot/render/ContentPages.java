package org.troubleshoot.render;

import java.util.ArrayList;
import java.util.List;
import org.troubleshoot.model.Anchor;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.Urls;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.render.Views.ContentPage;
import org.troubleshoot.render.Views.ProseView;
import org.troubleshoot.render.Views.QuestionView;
import org.troubleshoot.render.Views.SectionView;

/** Each content file's own page ({@code faq.md} → {@code faq.html}): its sections in written order. */
final class ContentPages implements Output {
    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        for (Page page : context.plannedPages) {
            plan.add(PlannedFile.ofPage(
                    page.url(),
                    Origin.content(page.sourceFile(), 1, "the page " + page.sourceFile()),
                    page.audience(),
                    page.id(),
                    context.pageInputs.of(
                            page,
                            page.url(),
                            out -> context.page(Templates.PAGE, view(context, page))
                                    .writeTo(out))));
        }
    }

    private static ContentPage view(RenderContext context, Page page) {
        String root = Urls.rootOf(page.url());
        List<SectionView> sections = new ArrayList<>();
        for (Section section : page.sections()) {
            sections.add(section(context, page, section, root));
        }
        return new ContentPage(
                context.navigation.layout(
                        page.title(), page.description(), root, page.url(), page, context.versions.ofPage(page)),
                page.title(),
                page.kind().id(),
                context.labels.audience(page),
                sections);
    }

    private static SectionView section(RenderContext context, Page page, Section section, String root) {
        if (section instanceof Prose prose) {
            return new SectionView(
                    new ProseView(
                            prose.id(),
                            prose.title(),
                            Math.max(2, Math.min(6, prose.level())),
                            context.linkWriter.write(prose.html(), page, root),
                            aliases(page, prose.id())),
                    null,
                    null,
                    null);
        }
        if (section instanceof Category category) {
            return new SectionView(null, context.rows.categorySummary(page, category, root, true), null, null);
        }
        if (section instanceof Question question) {
            return new SectionView(
                    null,
                    null,
                    new QuestionView(
                            question.id(),
                            question.question(),
                            context.linkWriter.write(question.answerHtml(), page, root),
                            aliases(page, question.id())),
                    null);
        }
        return new SectionView(null, null, null, context.rows.table(page, (DataTable) section, root));
    }

    /** The other names of the page's element {@code id} (the ids GitHub gives headings): deep links land there too. */
    private static List<String> aliases(Page page, String id) {
        if (id == null || page.anchors().isEmpty()) {
            return List.of();
        }
        return page.anchors().stream()
                .filter(a -> a.category() == null && id.equals(a.fragment()))
                .map(Anchor::name)
                .toList();
    }
}
