package org.troubleshoot.parse;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.troubleshoot.model.LinkRef;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;

/**
 * The optional YAML front matter of a page: {@code title}, {@code kind}, {@code audience}, {@code order},
 * {@code description}, {@code autolinks}, {@code translationOf}. Unknown keys and bad values are reported, never
 * silently ignored.
 *
 * @param translationOf the page this one translates, checked by the link stage like a link; null if none
 */
record FrontMatter(
        Optional<String> title,
        Optional<PageKind> kind,
        String audience,
        int order,
        String description,
        boolean autoLinks,
        LinkRef translationOf) {
    enum Key {
        TITLE("title"),
        KIND("kind"),
        AUDIENCE("audience"),
        ORDER("order"),
        DESCRIPTION("description"),
        AUTOLINKS("autolinks"),
        TRANSLATION_OF("translationOf");

        /** As writers write it (and hints name it). */
        final String name;

        Key(String name) {
            this.name = name;
        }
    }

    private static final Pattern AUDIENCE = Pattern.compile("[a-z][a-z0-9-]*");

    private static final Pattern CLOSING_LINE = Pattern.compile("(-{3}|\\.{3})(\\s.*)?");

    static FrontMatter read(Document document, FileContext context) {
        Optional<String> title = Optional.empty();
        Optional<PageKind> kind = Optional.empty();
        String audience = Page.PUBLIC;
        int order = 0;
        String description = "";
        boolean autoLinks = true;
        LinkRef translationOf = null;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof YamlFrontMatterBlock)) {
                continue;
            }
            if (!isClosed(block)) {
                // Flexmark reads everything after an unclosed "---" as front matter: the page would be empty.
                context.error(
                        block,
                        "the front matter opened with --- on line 1 is never closed, so the whole page"
                                + " is read as front matter and none of it is shown",
                        "Close the front matter with a line of --- after its last key: value line.");
            }
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                if (!(child instanceof YamlFrontMatterNode node)) {
                    continue;
                }
                String value = String.join(" ", node.getValues()).strip();
                value = unquote(value);
                Optional<Key> key = key(node.getKey());
                if (key.isEmpty()) {
                    context.warning(
                            node,
                            "unknown front matter key '" + node.getKey() + "'",
                            "Use one of " + knownKeys() + ", or remove the line.");
                    continue;
                }
                switch (key.get()) {
                    case TITLE -> title = value.isEmpty() ? Optional.empty() : Optional.of(value);
                    case DESCRIPTION -> description = value;
                    case TRANSLATION_OF -> {
                        if (value.isEmpty() || value.contains("#")) {
                            context.error(
                                    node,
                                    "translationOf '" + value + "' is not a page",
                                    "Write the Markdown file this page translates, relative to this one like a link:"
                                            + " translationOf: ../troubleshooting.md");
                        } else {
                            translationOf = new LinkRef(value, context.position(node));
                        }
                    }
                    case AUTOLINKS -> {
                        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                            autoLinks = Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
                        } else {
                            context.error(
                                    node,
                                    "autolinks '" + value + "' is not true or false",
                                    "Write autolinks: false to turn automatic links off on this page.");
                        }
                    }
                    case KIND -> {
                        kind = PageKind.fromId(value);
                        if (kind.isEmpty()) {
                            context.error(
                                    node,
                                    "unknown page kind '" + value + "'",
                                    "Use one of troubleshooting, faq, contact, article.");
                        }
                    }
                    case AUDIENCE -> {
                        String lower = value.toLowerCase(Locale.ROOT);
                        if (AUDIENCE.matcher(lower).matches()) {
                            audience = lower;
                        } else {
                            context.error(
                                    node,
                                    "audience '" + value + "' is not a single word",
                                    "Write one word such as public or admin.");
                        }
                    }
                    case ORDER -> {
                        try {
                            order = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            context.error(
                                    node,
                                    "order '" + value + "' is not a whole number",
                                    "Write a whole number such as 10; pages with smaller numbers come first.");
                        }
                    }
                }
            }
        }
        return new FrontMatter(title, kind, audience, order, description, autoLinks, translationOf);
    }

    /** Whether the block ends with its closing line ({@code ---} or {@code ...}) rather than at the end of the file. */
    private static boolean isClosed(Node block) {
        String chars = FileContext.string(block.getChars()).stripTrailing();
        int lastLine = chars.lastIndexOf('\n');
        return lastLine >= 0
                && CLOSING_LINE.matcher(chars.substring(lastLine + 1)).matches();
    }

    private static Optional<Key> key(String name) {
        return Arrays.stream(Key.values())
                .filter(k -> k.name.equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    private static String knownKeys() {
        return String.join(", ", Arrays.stream(Key.values()).map(k -> k.name).toList());
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
