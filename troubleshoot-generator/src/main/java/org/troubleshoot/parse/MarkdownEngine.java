package org.troubleshoot.parse;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The Flexmark set-up shared by all files: built once, safe to use from several threads. Flexmark's parser and
 * renderer are built the first time a file needs them: a short build whose pages are all in the subset (see
 * {@link SubsetParser}) never does.
 */
final class MarkdownEngine {
    private final SubsetParser subset;
    private final Lazy<DataHolder> options = new Lazy<>(MarkdownEngine::flexmarkOptions);
    private final Lazy<Parser> parser = new Lazy<>(() -> Parser.builder(options.get()).build());
    private final Lazy<HtmlRenderer> renderer = new Lazy<>(() -> renderer(options.get()));

    /** Where a document's links are recorded: its file's context, stored on the document itself. */
    static final com.vladsch.flexmark.util.data.NullableDataKey<FileContext> FILE =
            new com.vladsch.flexmark.util.data.NullableDataKey<>("TROUBLESHOOT_FILE", (FileContext) null);

    MarkdownEngine() {
        this(true);
    }

    /**
     * @param fast whether files in its subset are read by {@link SubsetParser} and simple nodes written by
     *             {@link SimpleHtml}; without, Flexmark does all the work (tests compare the two)
     */
    MarkdownEngine(boolean fast) {
        subset = fast ? new SubsetParser() : null;
    }

    /** Flexmark's options, set up with its parser or renderer (loading their classes is not free either). */
    private static DataHolder flexmarkOptions() {
        MutableDataSet set = new MutableDataSet();
        set.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), YamlFrontMatterExtension.create()));
        // One header row: a line above the header is a title, never a second header row.
        set.set(TablesExtension.MAX_HEADER_ROWS, 1);
        // GitHub accepts separators of a single dash ("|-|-|"); so do we.
        set.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        // Keep surplus and missing cells as written so the parser can report them instead of hiding them.
        set.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
        set.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        set.set(TablesExtension.COLUMN_SPANS, false);
        set.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        // Writers' HTML is written as it is: by the time anything is rendered, ContentSafety has turned it into
        // text (in titles) or RawHtml has rewritten it to the tags HtmlPolicy allows; what holds it is published
        // through HtmlPolicy's cleaner (FileContext.html).
        set.set(HtmlRenderer.ESCAPE_HTML, false);
        // Second line of defence behind ContentSafety: only these schemes are ever rendered as links.
        set.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)^(?!(?:https?|mailto|tel):)[a-z][a-z0-9+.\\-]*:.*");
        set.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Flexmark renders links in a lone node (a cell, a paragraph) only with this flag set; it would
        // suppress them in a whole document, which this generator never renders.
        set.set(HtmlRenderer.DO_NOT_RENDER_LINKS, true);
        return set.toImmutable();
    }

    /** The file's syntax tree: from the subset parser when the text is in its subset, else from Flexmark's. */
    Document parse(String text) {
        if (subset == null) {
            return parser.get().parse(text);
        }
        return subset.parse(text).orElseGet(() -> parser.get().parse(text));
    }

    /** Always Flexmark's own parser (the tests hold the subset parser to it). */
    Document parseWithFlexmark(String text) {
        return parser.get().parse(text);
    }

    /** Whether simple nodes are written by {@link SimpleHtml} instead of Flexmark's renderer. */
    boolean writesSimpleHtml() {
        return subset != null;
    }

    /** One renderer for all files (building one is costly); each link goes to its own document's file. */
    HtmlRenderer renderer() {
        return renderer.get();
    }

    private static HtmlRenderer renderer(DataHolder options) {
        return HtmlRenderer.builder(options)
                .linkResolverFactory(new IndependentLinkResolverFactory() {
                    @Override
                    public LinkResolver apply(com.vladsch.flexmark.html.renderer.LinkResolverBasicContext context) {
                        FileContext file = FILE.get(context.getDocument());
                        return (node, basic, link) -> file == null ? link : file.resolve(node, link);
                    }
                })
                .build();
    }

    /** A value made the first time a thread asks for it, then shared by all. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T made = value;
            if (made == null) {
                synchronized (this) {
                    if (value == null) {
                        value = make.get();
                    }
                    made = value;
                }
            }
            return made;
        }
    }
}
