package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    private final Document document;
    private final String pageId;
    private final List<Section> sections = new ArrayList<>();

    private Heading openHeading;
    private final List<Node> pending = new ArrayList<>();
    private PageKind kind;
    private String pageTitle;
    private String pageAudience;

    PageParser(FileContext context, Document document, String pageId) {
        this.context = context;
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
        kind = front.kind().orElseGet(() -> guessKind(blocks));
        pageAudience = front.audience();
        String fallbackTitle = humanize(pageId.substring(pageId.lastIndexOf('/') + 1));
        String title = front.title().orElse(null);

        int start = 0;
        if (!blocks.isEmpty() && blocks.get(0) instanceof Heading h && h.getLevel() == 1
                && (title == null || title.equals(FileContext.text(h)))) {
            // The page's own heading: rendered as the page title, not as a section.
            title = FileContext.text(h);
            start = 1;
        } else if (title == null && !blocks.isEmpty() && blocks.get(0) instanceof Paragraph first
                && Slugs.slug(firstLine(first), "").equals(Slugs.slug(fallbackTitle, "-"))) {
            // The seed's form: the page's name alone on the first line, its introduction below.
            title = firstLine(first);
            SourcePosition at = context.position(first);
            String rest = restAfterFirstLine(first);
            if (!rest.isEmpty()) {
                sections.add(new Prose(null, null, 0, rest, at));
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
        return new Page(pageId, title, kind, front.audience(), front.order(), front.description(), context.file,
                sections, context.links, front.autoLinks(), front.translationOf());
    }

    private void accept(Node node) {
        if (node instanceof Heading heading) {
            flush();
            openHeading = heading;
        } else if (node instanceof TableBlock table) {
            table(table);
        } else {
            if (node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
                unclosedFence(fence);
            }
            pending.add(node);
        }
    }

    /**
     * A code fence that is never closed runs to the end of the file, and whatever follows is shown as code:
     * an error when that swallows a table, whose rows would otherwise be lost without a word.
     */
    private void unclosedFence(FencedCodeBlock fence) {
        String[] lines = fence.getContentChars().toString().split("\n", -1);
        int offset = fence.getContentChars().getStartOffset();
        String marker = fence.getOpeningMarker().toString();
        for (int i = 0; i + 1 < lines.length; i++) {
            if (TableBoundaries.isRow(lines[i]) && TableBoundaries.isSeparator(lines[i + 1])) {
                context.error(context.position(offset), "the code block opened with " + marker + " on line "
                                + context.position(fence).line() + " is never closed, so the table here is shown as code",
                        "Close the code block with a line of " + marker + " before the table.");
                return;
            }
            offset += lines[i].length() + 1;
        }
        context.warning(fence, "this code block is never closed: everything after it is shown as code",
                "Close it with a line of " + marker + ".");
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
        if (kind == PageKind.TROUBLESHOOTING && reader.isSymptomTable()) {
            if (title == null) {
                context.error(table, "table has no category title",
                        "Put a heading (## Category name) or a one-line title directly above the table.");
                title = IdAttribute.of("Untitled");
            }
            String name = title.text().strip();
            String id = context.assignId(title, "category", context.position(titleNode));
            sections.add(reader.category(id, name, title.aliases(), title.audience().orElse(pageAudience),
                    context.html(intro), context.position(titleNode)));
        } else {
            if (kind == PageKind.TROUBLESHOOTING) {
                reader.reportNotASymptomTable();
            }
            if (title != null || !intro.isEmpty()) {
                addProse(title, headingLevel(titleNode), titleNode, intro);
            }
            sections.add(reader.dataTable(title != null ? title.text().strip() : pageTitle));
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
                sections.add(new Question(context.assignId(title, "question", context.position(openHeading)), name,
                        context.html(pending), String.join(" ", pending.stream().map(FileContext::text).toList()),
                        context.position(openHeading)));
            } else {
                if (pending.isEmpty() && kind == PageKind.TROUBLESHOOTING) {
                    context.warning(openHeading, "heading \"" + name + "\" has no table",
                            "Add a table with Symptom | Likely cause | What to do under it, or remove the heading.");
                }
                addProse(title, openHeading.getLevel(), openHeading, pending);
            }
        } else {
            sections.add(new Prose(null, null, 0, context.html(pending), context.position(pending.get(0))));
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
        sections.add(new Prose(id, title == null ? null : title.text().strip(), title == null ? 0 : level,
                context.html(body), position));
    }

    private void warnAboutAliases(IdAttribute title, Node at) {
        if (!title.aliases().isEmpty()) {
            context.warning(at, "old ids " + title.aliases() + " are kept only for categories and symptoms",
                    "Remove them, or pin the old id itself: {#" + title.aliases().get(0) + "}.");
        }
    }

    private static int headingLevel(Node node) {
        return node instanceof Heading heading ? heading.getLevel() : 2;
    }

    private static boolean isOneLineParagraph(Node node) {
        return node instanceof Paragraph && node.getChars().trim().indexOf('\n') < 0;
    }

    /** Without a front matter kind: faq.md and contact.md by name, a page with a symptom table by content. */
    private PageKind guessKind(List<Node> blocks) {
        String name = pageId.substring(pageId.lastIndexOf('/') + 1);
        if (name.equals("faq")) {
            return PageKind.FAQ;
        }
        if (name.equals("contact")) {
            return PageKind.CONTACT;
        }
        boolean hasSymptomTable = blocks.stream().anyMatch(
                b -> b instanceof TableBlock table && new TableReader(context, table).isSymptomTable());
        return hasSymptomTable ? PageKind.TROUBLESHOOTING : PageKind.ARTICLE;
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
