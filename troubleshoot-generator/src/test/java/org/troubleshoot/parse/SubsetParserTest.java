package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The subset parser must build exactly Flexmark's tree (node types, offsets, markers, flags) for every text it
 * accepts, and accept the pages writers actually write.
 */
class SubsetParserTest {
    private final MarkdownEngine engine = new MarkdownEngine();

    /** Parses with both; returns whether the subset parser accepted the text. */
    private boolean sameTree(String markdown) {
        String text;
        try {
            text = SourceText.decode(markdown.getBytes(StandardCharsets.UTF_8)).text();
        } catch (SourceText.NotUtf8Exception e) {
            throw new AssertionError(e);
        }
        Optional<Document> subset = new SubsetParser().parse(text);
        if (subset.isEmpty()) {
            return false;
        }
        assertEquals(tree(engine.parseWithFlexmark(text)), tree(subset.get()), () -> "for the text:\n" + text);
        return true;
    }

    /** Every node with its type, offsets and parts, indented by depth. */
    static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        tree(node, 0, out);
        return out.toString();
    }

    private static void tree(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.toAstString(true)).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            tree(child, depth + 1, out);
        }
    }

    @Test
    void theSeedAndTheContentFolderAreReadAsFlexmarkReadsThem() throws IOException {
        assertTrue(
                sameTree(Files.readString(Path.of("src/test/resources/seed/troubleshooting.md"))),
                "the seed page is in the subset");
        assertTrue(
                sameTree(Files.readString(Path.of("../content/troubleshooting.md"))),
                "content/troubleshooting.md is in the subset");
        try (Stream<Path> files = Files.list(Path.of("../content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                sameTree(Files.readString(file)); // FAQ and playbook may use lists: then Flexmark reads them
            }
        }
    }

    @Test
    void pagesAndDiagnosticsAreTheSameWhicheverParserReadTheFile() throws IOException {
        ContentParser withSubset = new ContentParser();
        ContentParser flexmarkOnly = ContentParser.withFlexmarkOnly();
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(Path.of("src/test/resources/seed/troubleshooting.md")));
        try (Stream<Path> files = Files.list(Path.of("../content"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        for (int i = 0; i < 1500; i++) {
            texts.add(new RandomPage(random, i % 3 == 0 ? 8 : 0).text());
        }
        for (String text : texts) {
            for (String name : List.of("troubleshooting.md", "faq.md", "contact.md", "links.md")) {
                ParseResult expected = flexmarkOnly.parseText(name, text);
                ParseResult actual = withSubset.parseText(name, text);
                assertEquals(expected.pages(), actual.pages(), () -> name + ":\n" + text);
                assertEquals(sorted(expected), sorted(actual), () -> name + ":\n" + text);
            }
        }
    }

    private static List<String> sorted(ParseResult result) {
        return result.diagnostics().stream().map(d -> d.format()).sorted().toList();
    }

    @Test
    void typicalPagesAreInTheSubset() {
        String page = """
                ---
                title: "Billing: invoices"
                description: Money matters.
                order: 2
                ---
                # Billing

                Find your symptom below. See also [the FAQ](faq.md) and [Calls](troubleshooting.md#calls).
                Write to [support](mailto:help@example.com) or see [status](https://status.example.com/x?y=1).

                ## Invoices {#invoices #old-invoices}

                | Symptom | Likely cause | What to do |
                |:--|:-:|--:|
                | "Invoice past due" (case 1) | Card expired | Update the card; see [Cards](#cards) |
                | Amount looks wrong | Rate config | Check `rates/current` and **escalate** |
                |Charged twice|Webhook retry|Refund it in Stripe! R&D knows #billing|
                | Empty cause | | Do this |
                Cards
                | Symptom | What to do |
                |---|---|
                | Card declined | Try another card |
                """;
        assertTrue(sameTree(page));
    }

    @Test
    void whatItCannotReadWithCertaintyIsLeftToFlexmark() {
        for (String text : List.of(
                "- - nested\n",
                "> a quote\n",
                "Text _em_ here\n",
                "a \\| b\n",
                "Tab\there\n",
                "<b>html</b>\n",
                "A &amp; B\n",
                "- item\ncontinued\n",
                "* star item\n",
                "Title\n===\n",
                "```\ncode\n```\n",
                "    indented\n",
                "1. step\n",
                "[ref]: https://example.com\n",
                "![image](a.png)\n",
                "---\ntitle: x\n",
                "| a |\n| b |\n",
                "## Title ##\n",
                "snake_ case\n",
                "**bold**text\n",
                "`a  b`\n",
                "[x] (y.md)\n",
                "# C#\n")) {
            assertEquals(false, sameTree(text), text);
        }
    }

    @Test
    void randomPagesAreEitherReadExactlyAsFlexmarkReadsThemOrLeftToIt() {
        Random random = new Random(20261128);
        int accepted = 0;
        int pages = 6000;
        for (int i = 0; i < pages; i++) {
            // Half the pages are written as writers write, half with odd spacing and markup sprinkled in.
            if (sameTree(new RandomPage(random, i % 2 == 0 ? 0 : 8).text())) {
                accepted++;
            }
        }
        // Not vacuous: a good share of the random pages must be in the subset.
        assertTrue(accepted > pages / 3, accepted + " of " + pages + " accepted");
    }

    /** A random page of front matter, headings, paragraphs, lists and tables. */
    private static final class RandomPage {
        private static final String[] WORDS = {
            "login",
            "Calls",
            "2FA",
            "élan",
            "401",
            "—",
            "can't",
            "\"quoted\"",
            "(case",
            "1)",
            "a.b",
            "x:y",
            "50%",
            "$5",
            "@me",
            "{#id}",
            "{audience=admin}",
            "ok!",
            "why?",
            "C#",
            "~x~",
            "a-b",
            "+1",
            "=",
            ">",
            ")",
            "(",
            "&",
            "R&D",
            "#7"
        };
        private static final String[] MARKUP = {
            "`code`",
            "`a b`",
            "`a&b`",
            "`<b>`",
            "**bold**",
            "**two words**",
            "*em*",
            "*two words*",
            "snake_case",
            "a_b_c",
            "[link](page.md)",
            "[a b](x.md#id)",
            "[site](https://example.com/p?q=1)",
            "[mail](mailto:a@b.c)",
            "[#](#anchor)"
        };
        /** Markup the subset parser must refuse, or read exactly as Flexmark does. */
        private static final String[] TRICKY = {
            "` x`",
            "`x `",
            "``x``",
            "`a|b`",
            "`a  b`",
            "** x**",
            "**x **",
            "_em_",
            "__x__",
            "_x",
            "x_",
            "*x*y",
            "a*x*",
            "* x*",
            "*x *",
            "*(x)*",
            "(*x*)",
            "*x**",
            "*a **b** c*",
            "a_*b*",
            "*a `b` c*",
            "*a [b](c.md) d*",
            "**a `b` c**",
            "***x***",
            "[x](javascript:alert)",
            "[x]",
            "[x][y]",
            "![i](a.png)",
            "<b>",
            "&amp;",
            "&#42;",
            "\\*",
            "|",
            "!",
            "]",
            "[",
            "*",
            "_",
            "`",
            "**",
            "[x]( y.md)",
            "[ x](y.md)",
            "**(x)**",
            "(**x**)",
            "**x**y",
            "[x](y.md)z",
            "[**b**](y.md)",
            "[x](y z.md)",
            "*",
            "-",
            "1.",
            "#",
            ">",
            "+",
            "---"
        };

        private final Random random;
        /** Out of 100: how often a choice is an odd one. */
        private final int noise;

        private final StringBuilder page = new StringBuilder();

        RandomPage(Random random, int noise) {
            this.random = random;
            this.noise = noise;
        }

        String text() {
            if (random.nextInt(4) == 0) {
                page.append("---\n");
                for (int i = random.nextInt(4); i > 0; i--) {
                    page.append(odd() ? pick("x.y", "bad key", "", "- item") : pick("title", "description", "order"))
                            .append(odd() ? pick(":", ":  ", " : ", ": |") : ": ")
                            .append(random.nextInt(5) == 0 ? "" : inline(3))
                            .append('\n');
                }
                page.append(odd() ? pick("...\n", "--- x\n", "", "\n---\n") : "---\n");
            }
            for (int blocks = 1 + random.nextInt(6); blocks > 0; blocks--) {
                switch (random.nextInt(5)) {
                    case 0 ->
                        page.append("#".repeat(odd() ? 1 + random.nextInt(8) : 1 + random.nextInt(3)))
                                .append(odd() ? pick("  ", "") : " ")
                                .append(inline(4))
                                .append(odd() ? pick(" #\n", " \n", "#\n") : "\n");
                    case 1 -> {
                        for (int lines = 1 + random.nextInt(3); lines > 0; lines--) {
                            page.append(odd() ? pick(" ", "1. ", "- ", "> ", "2) ", "* ", "    ") : "")
                                    .append(inline(8))
                                    .append(odd() ? "  \n" : "\n");
                        }
                    }
                    case 2 -> table();
                    case 3 -> {
                        for (int items = 1 + random.nextInt(3); items > 0; items--) {
                            page.append(odd() ? pick("* ", "+ ", "-  ", "  - ") : "- ")
                                    .append(inline(5))
                                    .append('\n');
                        }
                    }
                    default -> page.append(pick("Calls\n", "Login & access\n", "Title line\n"));
                }
                page.append(pick("\n", "\n", "", "\n\n"));
            }
            return random.nextInt(10) == 0 ? page.toString().strip() : page.toString();
        }

        private void table() {
            int columns = 1 + random.nextInt(4);
            row(columns, true);
            page.append(odd() ? " |" : "|");
            for (int c = 0; c < columns + (odd() ? 1 : 0); c++) {
                page.append(
                                odd()
                                        ? pick("", ":", "- -", "-:-")
                                        : pick("---", "-", ":--", "--:", ":-:", " --- ", " :---: "))
                        .append('|');
            }
            page.append('\n');
            for (int rows = random.nextInt(5); rows > 0; rows--) {
                row(odd() ? columns + random.nextInt(3) - 1 : columns, !odd());
            }
        }

        private void row(int columns, boolean closed) {
            page.append(odd() ? "" : "|");
            for (int c = 0; c < Math.max(1, columns); c++) {
                page.append(pick(" ", " ", "", "  "))
                        .append(random.nextInt(6) == 0 ? "" : inline(4))
                        .append(pick(" ", " ", "", "  "));
                if (c + 1 < columns || closed) {
                    page.append('|');
                }
            }
            page.append('\n');
        }

        private String inline(int maxParts) {
            StringBuilder text = new StringBuilder();
            for (int parts = 1 + random.nextInt(maxParts); parts > 0; parts--) {
                if (text.length() > 0) {
                    text.append(odd() ? pick("", "  ") : " ");
                }
                text.append(odd() ? pick(TRICKY) : random.nextInt(5) == 0 ? pick(MARKUP) : pick(WORDS));
            }
            return text.toString();
        }

        private boolean odd() {
            return random.nextInt(100) < noise;
        }

        private String pick(String... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
