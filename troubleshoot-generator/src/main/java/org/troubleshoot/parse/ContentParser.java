package org.troubleshoot.parse;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.troubleshoot.config.ContentFolder;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Page;

/**
 * The parse stage: reads every Markdown file of a content folder into a {@link Page}.
 *
 * <p>Files are independent, so they are parsed in parallel; the result is in file-path order whatever the
 * thread count. One instance can be reused for any number of folders.
 */
public final class ContentParser {
    /** Larger pages are refused, which bounds the memory and time one file can take. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private static final long PARSER_STACK_BYTES = 16L * 1024 * 1024;

    private final MarkdownEngine engine;
    private final ColumnVocabulary vocabulary;

    /**
     * A parser that knows the column names of {@link ColumnVocabulary#builtIn()} and reads pages as the
     * environment asks: with the subset parser where it can (the default), or with Flexmark alone when
     * {@code TROUBLESHOOT_MARKDOWN=flexmark} or {@code -Dtroubleshoot.markdown=flexmark} is set, to triage a page
     * that renders oddly (see {@link MarkdownEngine.Mode}).
     *
     * @throws IllegalArgumentException if that setting names neither
     */
    public ContentParser() {
        this(ColumnVocabulary.builtIn());
    }

    /**
     * A parser that recognises table columns by the names of {@code vocabulary} (a site's settings add some),
     * reading pages as the environment asks (see {@link #ContentParser()}).
     */
    public ContentParser(ColumnVocabulary vocabulary) {
        this(new MarkdownEngine(MarkdownEngine.Mode.chosen()), vocabulary);
    }

    private ContentParser(MarkdownEngine engine, ColumnVocabulary vocabulary) {
        this.engine = engine;
        this.vocabulary = vocabulary;
    }

    /** A parser that leaves all reading and writing to Flexmark (tests hold the faster one to it). */
    static ContentParser withFlexmarkOnly() {
        return new ContentParser(new MarkdownEngine(MarkdownEngine.Mode.FLEXMARK), ColumnVocabulary.builtIn());
    }

    /**
     * What, besides a file's bytes and the generator's code, decides what this parser makes of the file: who reads
     * the Markdown and every column name it knows. Two parsers with the same configuration make the same pages of
     * the same bytes (a build cache keeps parsed files under it).
     */
    public String configuration() {
        StringBuilder text =
                new StringBuilder("markdown ").append(engine.mode()).append("; columns");
        for (ColumnVocabulary.Name name : vocabulary.names()) {
            text.append(' ')
                    .append(name.role().id())
                    .append('/')
                    .append(name.language())
                    .append('/')
                    .append(name.name().length())
                    .append(':')
                    .append(name.name());
        }
        return text.toString();
    }

    /** The engine that reads its files (tests see from it which parser read them). */
    MarkdownEngine engine() {
        return engine;
    }

    /** Parses {@code contentDirectory}, skipping hidden files and folders and the paths in {@code excluded}. */
    public ParseResult parse(Path contentDirectory, Set<Path> excluded) {
        Path root = contentDirectory.toAbsolutePath().normalize();
        Scan scan = scan(root, excluded);
        List<Diagnostic> diagnostics = new ArrayList<>(scan.diagnostics());
        List<FileResult> results = parseInParallel(root, scan.markdown());
        List<Page> pages = new ArrayList<>();
        for (FileResult result : results) {
            result.page().ifPresent(pages::add);
            diagnostics.addAll(result.diagnostics());
        }
        return new ParseResult(pages, diagnostics, scan.assets());
    }

    /**
     * The files of a content folder, without reading them.
     *
     * @param markdown the pages, in path order
     * @param assets   the other files, relative to the folder: published if pages link to them or they lie in
     *                 the static folder
     */
    public record Scan(List<Path> markdown, List<String> assets, List<Diagnostic> diagnostics) {}

    public Scan scan(Path contentDirectory, Set<Path> excluded) {
        Path root = contentDirectory.toAbsolutePath().normalize();
        Set<Path> skip =
                excluded.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Path> files;
        try {
            files = contentFiles(root, skip, diagnostics);
        } catch (IOException | UncheckedIOException e) {
            return new Scan(
                    List.of(),
                    List.of(),
                    List.of(Diagnostic.error(
                            root.toString(),
                            0,
                            0,
                            "cannot read the content folder: " + e.getMessage(),
                            "Check that the folder exists and can be read.")));
        }
        List<Path> pages = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        for (Path file : files) {
            // Markdown in the static folder is published as it is, like any other file there.
            if (isMarkdown(file) && !isStatic(root, file)) {
                pages.add(file);
            } else {
                assets.add(relativeName(root, file));
            }
        }
        return new Scan(List.copyOf(pages), List.copyOf(assets), diagnostics);
    }

    /** Parses one file of a content folder (the serve command re-reads only what changed). */
    public ParseResult parseOne(Path contentDirectory, Path file) {
        FileResult result = parseFile(
                contentDirectory.toAbsolutePath().normalize(),
                file.toAbsolutePath().normalize());
        return new ParseResult(result.page().stream().toList(), result.diagnostics(), List.of());
    }

    /**
     * Parses the files on as many threads as there are processors, keeping file order. The threads get a large
     * stack: Flexmark's table parsing recurses once per column, and a 500-column table overflows the default.
     */
    private List<FileResult> parseInParallel(Path root, List<Path> files) {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(null, task, "troubleshoot-parse", PARSER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileResult>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> parseFile(root, file)));
            }
            List<FileResult> results = new ArrayList<>(files.size());
            for (Future<FileResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Parses one Markdown text as if it were the file {@code relativePath} of a content folder. */
    public ParseResult parseText(String relativePath, String markdown) {
        return parseBytes(relativePath, markdown.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a file's bytes as if they were the file {@code relativePath} of a content folder. */
    public ParseResult parseBytes(String relativePath, byte[] bytes) {
        FileResult result = parseFile(relativePath, bytes);
        return new ParseResult(result.page().stream().toList(), result.diagnostics(), List.of());
    }

    private record FileResult(Optional<Page> page, List<Diagnostic> diagnostics) {}

    private FileResult parseFile(Path root, Path file) {
        String relative = relativeName(root, file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new FileResult(
                        Optional.empty(),
                        List.of(Diagnostic.error(
                                relative,
                                0,
                                0,
                                "file is " + size / (1024 * 1024) + " MB; pages may be at most "
                                        + MAX_FILE_BYTES / (1024 * 1024) + " MB",
                                "Split it into several pages.")));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new FileResult(
                    Optional.empty(),
                    List.of(Diagnostic.error(
                            relative,
                            0,
                            0,
                            "cannot read file: " + e.getClass().getSimpleName() + " " + e.getMessage(),
                            "Check the file's permissions.")));
        }
        return parseFile(relative, bytes);
    }

    private FileResult parseFile(String relative, byte[] bytes) {
        try {
            SourceText text = SourceText.decode(bytes);
            Optional<Diagnostic> pathological = PathologicalInput.check(relative, text);
            if (pathological.isPresent()) {
                return new FileResult(Optional.empty(), List.of(pathological.get()));
            }
            FileContext context = new FileContext(relative, text, engine, vocabulary);
            Document document = engine.parse(text);
            document.set(MarkdownEngine.FILE, context);
            new ContentSafety(context, document).apply();
            Page page = new PageParser(context, document, pageId(relative)).parse();
            return new FileResult(Optional.of(page), context.diagnostics);
        } catch (SourceText.NotUtf8Exception e) {
            return new FileResult(
                    Optional.empty(),
                    List.of(Diagnostic.error(
                            relative,
                            e.line,
                            e.column,
                            "file is not UTF-8 text",
                            "Save the file as UTF-8 (most editors offer it under \"Save with encoding\").")));
        } catch (RuntimeException | StackOverflowError e) {
            // A failure inside the Markdown library (found by fuzzing): the writer gets a diagnostic, not a trace.
            return new FileResult(
                    Optional.empty(),
                    List.of(
                            Diagnostic.error(
                                    relative,
                                    0,
                                    0,
                                    "the Markdown parser failed on this file ("
                                            + e.getClass().getSimpleName() + ")",
                                    "Look for unusual characters (tabs, control characters) in its tables; please report the file.")));
        }
    }

    /**
     * Every file of the content folder that may be content: Markdown pages and the other files (images, PDFs)
     * pages may link to. Hidden files, build files and build folders are passed over (see
     * {@link ContentFolder}) without looking inside them. Symbolic links are followed only when they stay
     * inside the content folder.
     */
    private static List<Path> contentFiles(Path root, Set<Path> skip, List<Diagnostic> diagnostics) throws IOException {
        Path realRoot = root.toRealPath();
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skipped = !dir.equals(root)
                        && (skip.contains(dir)
                                || ContentFolder.isHidden(dir.getFileName().toString())
                                || ContentFolder.isBuildFolder(dir));
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) {
                String name = path.getFileName().toString();
                if (skip.contains(path) || ContentFolder.isHidden(name) || ContentFolder.isBuildFile(name)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    Path target;
                    try {
                        target = path.toRealPath();
                    } catch (IOException e) {
                        target = null;
                    }
                    if (target == null || !target.startsWith(realRoot) || !Files.isRegularFile(target)) {
                        diagnostics.add(Diagnostic.warning(
                                relativeName(root, path),
                                0,
                                0,
                                "skipped: a link to something outside the content folder (or to nothing)",
                                "Copy the file into the content folder instead of linking to it."));
                        return FileVisitResult.CONTINUE;
                    }
                    files.add(path);
                } else if (attrs.isRegularFile()) {
                    files.add(path);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
                throw e;
            }
        });
        files.sort(null);
        return files;
    }

    private static boolean isStatic(Path root, Path file) {
        return ContentFolder.isStatic(relativeName(root, file));
    }

    private static boolean isMarkdown(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** {@code guides/On Call.md} becomes {@code guides/on-call}: each segment a slug, no extension. */
    static String pageId(String relativePath) {
        String withoutExtension = relativePath.substring(0, relativePath.length() - ".md".length());
        return String.join(
                "/",
                Arrays.stream(withoutExtension.split("/"))
                        .map(segment -> Slugs.slug(segment, "page"))
                        .toList());
    }
}
