package org.troubleshoot.parse;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The Flexmark set-up shared by all files: built once, safe to use from several threads. Flexmark's parser and
 * renderer are built the first time a file needs them: a short build whose pages are all in the subset (see
 * {@link SubsetParser}) never does.
 */
final class MarkdownEngine {
    private final SubsetParser subset;
    private final Lazy<DataHolder> options = new Lazy<>(MarkdownEngine::flexmarkOptions);
    private final Lazy<Parser> parser =
            new Lazy<>(() -> Parser.builder(options.get()).build());
    private final Lazy<HtmlRenderer> renderer = new Lazy<>(() -> renderer(options.get()));
    /** How many files the subset parser has read: the tests see from it which parser a page went through. */
    private final AtomicInteger readBySubset = new AtomicInteger();

    /** Where a document's links are recorded: its file's context, stored on the document itself. */
    static final NullableDataKey<FileContext> FILE = new NullableDataKey<>("TROUBLESHOOT_FILE", (FileContext) null);

    /**
     * Who reads and writes Markdown. A maintainer triaging a page that renders oddly builds once with
     * {@code TROUBLESHOOT_MARKDOWN=flexmark} (or {@code -Dtroubleshoot.markdown=flexmark}) and compares: if the
     * page changes, the subset parser or {@link SimpleHtml} is at fault, else Flexmark or a later stage.
     */
    enum Mode {
        /** The subset parser and {@link SimpleHtml} where they can, Flexmark for the rest: the default. */
        SUBSET,
        /** Flexmark reads and writes every page: what the tests hold the subset to. */
        FLEXMARK;

        /** The system property that chooses the mode; it wins over the environment variable. */
        static final String PROPERTY = "troubleshoot.markdown";

        static final String VARIABLE = "TROUBLESHOOT_MARKDOWN";

        /** The mode this process is asked for, read when a {@link ContentParser} is made. */
        static Mode chosen() {
            return of(System.getProperty(PROPERTY), System.getenv(VARIABLE));
        }

        /**
         * The mode named by the system property if it is set, else by the environment variable, else
         * {@link #SUBSET}. A misspelt name is refused rather than ignored: a maintainer comparing the two
         * readers must not be comparing the subset with itself unawares.
         */
        static Mode of(String property, String variable) {
            boolean fromProperty = property != null && !property.isBlank();
            String value = fromProperty ? property : variable;
            if (value == null || value.isBlank()) {
                return SUBSET;
            }
            for (Mode mode : values()) {
                if (mode.name().equalsIgnoreCase(value.strip())) {
                    return mode;
                }
            }
            throw new IllegalArgumentException((fromProperty ? PROPERTY : VARIABLE) + " is '" + value
                    + "': it may be 'flexmark' (Flexmark reads every page) or 'subset' (the default)");
        }
    }

    /** The default engine, whatever the environment asks for (tests compare it with Flexmark's parser). */
    MarkdownEngine() {
        this(Mode.SUBSET);
    }

    /**
     * @param mode whether files in its subset are read by {@link SubsetParser} and simple nodes written by
     *             {@link SimpleHtml}, or Flexmark does all the work
     */
    MarkdownEngine(Mode mode) {
        subset = mode == Mode.SUBSET ? new SubsetParser() : null;
    }

    /** Who reads and writes Markdown here. */
    Mode mode() {
        return subset == null ? Mode.FLEXMARK : Mode.SUBSET;
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
    Document parse(SourceText source) {
        if (subset != null) {
            Optional<Document> document = subset.parse(source);
            if (document.isPresent()) {
                readBySubset.incrementAndGet();
                return document.get();
            }
        }
        return parser.get().parse(source.text());
    }

    /** The number of files {@link #parse} has had read by the subset parser. */
    int readBySubset() {
        return readBySubset.get();
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
                    public LinkResolver apply(LinkResolverBasicContext context) {
                        FileContext file = FILE.get(context.getDocument());
                        return (node, basic, link) -> file == null ? link : file.resolve(node, link);
                    }
                })
                .build();
    }

    /** A value made the first time a thread asks for it, then shared by all. */
    private static final class Lazy<T> {
        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
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
