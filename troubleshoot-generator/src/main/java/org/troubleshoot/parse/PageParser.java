package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.troubleshoot.model.Anchor;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.SourcePosition;

/**
 * Turns one parsed Markdown file into a {@link Page}.
 *
 * <p>The page is read as a run of blocks. A heading opens a section. A table ends one: its title is the
 * heading of the section, or else the one-line paragraph directly above it; the blocks between the title and
 * the table are the category's introduction. Other blocks are prose. On an FAQ page every heading is a
 * question and what follows it the answer.
 */
final class PageParser {
    private final FileContext context;
    private final LostTables lostTables;
    private final Document document;
    private final String pageId;
    private final List<Section> sections = new ArrayList<>();

    private Heading openHeading;
    /** The heading that ends the open section, while it is flushed (null at a table or the end of the page). */
    private Heading nextHeading;

    private final List<Node> pending = new ArrayList<>();
    private PageKind kind;
    /** Whether the page's kind is the writer's choice (front matter, or faq.md and contact.md by name). */
    private boolean kindChosen;

    private String pageTitle;
    private String pageAudience;
    /** The id GitHub gives each heading (see {@link GitHubIds}). */
    private Map<Node, String> githubIds;
    /** Sections made from a heading, with that heading, for {@link #githubAnchors}. */
    private final List<Map.Entry<Node, Section>> headed = new ArrayList<>();
    /** The anchors of the page besides its sections' ids (see {@link Anchor}). */
    private final List<Anchor> anchors = new ArrayList<>();

    /** Stands for the top of the page (its title heading) in {@link #headed}. */
    private static final Section TOP = new Prose(null, null, 0, "", new SourcePosition("", 0, 0));

    private static final String HTML_ID = " id=\"" + HtmlPolicy.ID_PREFIX;

    PageParser(FileContext context, Document document, String pageId) {
        this.context = context;
        this.lostTables = new LostTables(context);
        this.document = document;
        this.pageId = pageId;
    }

    Page parse() {
        FrontMatter front = FrontMatter.read(document, context);
        List<Node> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof YamlFrontMatterBlock)) {
                blocks.add(node);
            }
        }
        githubIds = GitHubIds.of(document);
        kindChosen = front.kind().isPresent();
        kind = front.kind().orElseGet(() -> guessKind(blocks));
        pageAudience = front.audience();
        String fallbackTitle = humanize(pageId.substring(pageId.lastIndexOf('/') + 1));
        String title = front.title().orElse(null);

        int start = 0;
        if (!blocks.isEmpty()
                && blocks.get(0) instanceof Heading h
                && h.getLevel() == 1
                && (title == null || title.equals(FileContext.text(h)))) {
            // The page's own heading: rendered as the page title, not as a section.
            title = FileContext.text(h);
            start = 1;
            headed.add(Map.entry(h, TOP));
        } else if (title == null
                && !blocks.isEmpty()
                && blocks.get(0) instanceof Paragraph first
                && Slugs.slug(firstLine(first), "").equals(Slugs.slug(fallbackTitle, "-"))) {
            // The seed's form: the page's name alone on the first line, its introduction below.
            title = firstLine(first);
            SourcePosition at = context.position(first);
            String rest = restAfterFirstLine(first);
            if (!rest.isEmpty()) {
                add(new Prose(null, null, 0, rest, at));
            }
            start = 1;
        }
        if (title == null) {
            title = fallbackTitle;
        }
        pageTitle = title;
        for (int i = start; i < blocks.size(); i++) {
            accept(blocks.get(i));
        }
        flush();
        githubAnchors();
        return new Page(
                pageId,
                title,
                kind,
                front.audience(),
                front.order(),
                front.description(),
                context.file,
                sections,
                context.links,
                front.autoLinks(),
                anchors,
                front.translationOf());
    }

    /**
     * Adds a section, and the anchors written in HTML in it: they lead to its page (a category's own page for a
     * category). The HTML says where they are: RawHtml gave them their ids before any section was made.
     */
    private void add(Section section) {
        sections.add(section);
        if (context.htmlAnchors.isEmpty()) {
            return;
        }
        String category = section instanceof Category c ? c.id() : null;
        for (String html : RawHtml.htmlOf(section)) {
            for (int at = html.indexOf(HTML_ID); at >= 0; at = html.indexOf(HTML_ID, at + 1)) {
                String id = html.substring(at + " id=\"".length(), html.indexOf('"', at + HTML_ID.length()));
                String name = context.htmlAnchors.get(id);
                if (name != null) {
                    anchors.add(new Anchor(name, category, id));
                }
            }
        }
    }

    /**
     * Each heading also answers to the id GitHub gives it, where that differs from its own and no other id of
     * the page has it. Done last, when every id of the page is known: a GitHub id never takes an id from a heading
     * or row, which keep the ids they always had.
     */
    private void githubAnchors() {
        for (Map.Entry<Node, Section> entry : headed) {
            String github = githubIds.get(entry.getKey());
            Section section = entry.getValue();
            String own = section instanceof Category c
                    ? c.id()
                    : section instanceof Question q ? q.id() : section instanceof Prose p ? p.id() : null;
            if (github == null || github.isEmpty() || github.equals(own) || !context.ids.pin(github)) {
                continue;
            }
            if (section instanceof Category category) {
                anchors.add(new Anchor(github, category.id(), null));
            } else {
                anchors.add(new Anchor(github, null, own));
            }
        }
    }

    private void accept(Node node) {
        if (node instanceof Heading heading) {
            nextHeading = heading;
            flush();
            nextHeading = null;
            openHeading = heading;
        } else if (node instanceof TableBlock table) {
            table(table);
        } else {
            lostTables.check(node);
            pending.add(node);
        }
    }

    private void table(TableBlock table) {
        TableReader reader = new TableReader(context, table);
        IdAttribute title;
        Node titleNode;
        List<Node> intro;
        if (openHeading != null) {
            title = IdAttribute.of(FileContext.text(openHeading));
            titleNode = openHeading;
            intro = List.copyOf(pending);
            pending.clear();
            openHeading = null;
        } else if (!pending.isEmpty() && isOneLineParagraph(pending.get(pending.size() - 1))) {
            titleNode = pending.remove(pending.size() - 1);
            title = IdAttribute.of(FileContext.text(titleNode));
            intro = List.of();
            flush();
        } else {
            flush();
            title = null;
            titleNode = table;
            intro = List.of();
        }
        if (kind == PageKind.TROUBLESHOOTING && reader.isTroubleshootingTable()) {
            if (title == null) {
                context.error(
                        table,
                        "table has no category title",
                        "Put a heading (## Category name) or a one-line title directly above the table.");
                title = IdAttribute.of("Untitled");
            }
            String name = title.text().strip();
            String id = context.assignId(title, "category", context.position(titleNode));
            add(reader.category(
                    id,
                    name,
                    title.aliases(),
                    title.audience().orElse(pageAudience),
                    context.html(intro),
                    context.position(titleNode)));
            if (titleNode instanceof Heading) {
                headed.add(Map.entry(titleNode, sections.get(sections.size() - 1)));
            }
        } else {
            if (kind == PageKind.TROUBLESHOOTING || !kindChosen) {
                // Where troubleshooting tables are expected, say why this one is not one.
                reader.reportHalfTable(title == null ? null : title.text().strip());
            }
            if (title != null || !intro.isEmpty()) {
                addProse(title, headingLevel(titleNode), titleNode, intro);
            }
            add(reader.dataTable(title != null ? title.text().strip() : pageTitle));
        }
    }

    /** Ends the open section: what was collected since the last heading or table becomes prose or a question. */
    private void flush() {
        if (openHeading == null && pending.isEmpty()) {
            return;
        }
        if (openHeading != null) {
            IdAttribute title = IdAttribute.of(FileContext.text(openHeading));
            String name = title.text().strip();
            if (kind == PageKind.FAQ) {
                warnAboutAliases(title, openHeading);
                String id = context.assignId(title, "question", context.position(openHeading));
                String answer = context.html(pending);
                // With writers' HTML, the text is what a reader sees of it (a <br> is a space).
                String answerText = context.hasRawHtml(pending)
                        ? HtmlPolicy.publish(answer).text()
                        : String.join(
                                " ", pending.stream().map(FileContext::text).toList());
                add(new Question(id, name, answer, answerText, context.position(openHeading)));
                headed.add(Map.entry(openHeading, sections.get(sections.size() - 1)));
            } else {
                // An empty section of its own; a heading whose subsections follow (### under ##) is not empty.
                boolean subsections = nextHeading != null && nextHeading.getLevel() > openHeading.getLevel();
                if (pending.isEmpty() && kind == PageKind.TROUBLESHOOTING && !subsections) {
                    context.warning(
                            openHeading,
                            "heading \"" + name + "\" has no table",
                            "Add a table with Symptom | Likely cause | What to do under it, or remove the heading.");
                }
                addProse(title, openHeading.getLevel(), openHeading, pending);
            }
        } else {
            add(new Prose(null, null, 0, context.html(pending), context.position(pending.get(0))));
        }
        openHeading = null;
        pending.clear();
    }

    private void addProse(IdAttribute title, int level, Node at, List<Node> body) {
        String id = null;
        if (title != null) {
            warnAboutAliases(title, at);
            id = context.assignId(title, "section", context.position(at));
        }
        SourcePosition position = context.position(at);
        add(new Prose(
                id,
                title == null ? null : title.text().strip(),
                title == null ? 0 : level,
                context.html(body),
                position));
        if (at instanceof Heading) {
            headed.add(Map.entry(at, sections.get(sections.size() - 1)));
        }
    }

    private void warnAboutAliases(IdAttribute title, Node at) {
        if (!title.aliases().isEmpty()) {
            context.warning(
                    at,
                    "old ids " + title.aliases() + " are kept only for categories and symptoms",
                    "Remove them, or pin the old id itself: {#"
                            + title.aliases().get(0) + "}.");
        }
    }

    private static int headingLevel(Node node) {
        return node instanceof Heading heading ? heading.getLevel() : 2;
    }

    private static boolean isOneLineParagraph(Node node) {
        return node instanceof Paragraph && node.getChars().trim().indexOf('\n') < 0;
    }

    /**
     * Without a front matter kind: faq.md and contact.md by name, a page with a troubleshooting table (symptom
     * and fix columns) by content.
     */
    private PageKind guessKind(List<Node> blocks) {
        String name = pageId.substring(pageId.lastIndexOf('/') + 1);
        if (name.equals("faq") || name.equals("contact")) {
            kindChosen = true;
            return name.equals("faq") ? PageKind.FAQ : PageKind.CONTACT;
        }
        boolean hasTroubleshootingTable = blocks.stream()
                .anyMatch(
                        b -> b instanceof TableBlock table && new TableReader(context, table).isTroubleshootingTable());
        return hasTroubleshootingTable ? PageKind.TROUBLESHOOTING : PageKind.ARTICLE;
    }

    private static String firstLine(Paragraph paragraph) {
        String text = paragraph.getChars().toString();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** The paragraph without its first line (the page's title), as HTML; empty if nothing is left. */
    private String restAfterFirstLine(Paragraph paragraph) {
        Node child = paragraph.getFirstChild();
        while (child != null && !(child instanceof SoftLineBreak)) {
            Node next = child.getNext();
            child.unlink();
            child = next;
        }
        if (child == null) {
            return "";
        }
        child.unlink();
        return context.html(paragraph);
    }

    static String humanize(String fileSlug) {
        String words = fileSlug.replace('-', ' ').replace('_', ' ').strip();
        if (words.isEmpty()) {
            return "Untitled";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
