package org.troubleshoot.parse;

import com.vladsch.flexmark.util.ast.Document;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parse stage: reads every Markdown file of a content folder into a {@link Page}.
 *
 * <p>Files are independent, so they are parsed in parallel; the result is in file-path order whatever the
 * thread count. One instance can be reused for any number of folders.
 */
public final class ContentParser {
    /** Larger pages are refused, which bounds the memory and time one file can take. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final MarkdownEngine engine;
    private final ColumnVocabulary vocabulary;

    /** A parser that knows the column names of {@link ColumnVocabulary#builtIn()}. */
    public ContentParser() {
        this(ColumnVocabulary.builtIn());
    }

    /** A parser that recognises table columns by the names of {@code vocabulary} (a site's settings add some). */
    public ContentParser(ColumnVocabulary vocabulary) {
        this(new MarkdownEngine(), vocabulary);
    }

    private ContentParser(MarkdownEngine engine, ColumnVocabulary vocabulary) {
        this.engine = engine;
        this.vocabulary = vocabulary;
    }

    /** A parser that leaves all reading and writing to Flexmark (tests hold the faster one to it). */
    static ContentParser withFlexmarkOnly() {
        return new ContentParser(new MarkdownEngine(false), ColumnVocabulary.builtIn());
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
     * @param assets   the other files, relative to the folder
     */
    public record Scan(List<Path> markdown, List<String> assets, List<Diagnostic> diagnostics) {
    }

    public Scan scan(Path contentDirectory, Set<Path> excluded) {
        Path root = contentDirectory.toAbsolutePath().normalize();
        Set<Path> skip = excluded.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Path> files;
        try {
            files = contentFiles(root, skip, diagnostics);
        } catch (IOException | UncheckedIOException e) {
            return new Scan(List.of(), List.of(), List.of(Diagnostic.error(root.toString(), 0, 0,
                    "cannot read the content folder: " + e.getMessage(),
                    "Check that the folder exists and can be read.")));
        }
        return new Scan(files.stream().filter(ContentParser::isMarkdown).toList(),
                files.stream().filter(f -> !isMarkdown(f)).map(f -> relativeName(root, f)).toList(), diagnostics);
    }

    /** Parses one file of a content folder (the serve command re-reads only what changed). */
    public ParseResult parseOne(Path contentDirectory, Path file) {
        FileResult result = parseFile(contentDirectory.toAbsolutePath().normalize(), file.toAbsolutePath().normalize());
        return new ParseResult(result.page().stream().toList(), result.diagnostics(), List.of());
    }

    /**
     * Parses the files on as many threads as there are processors, keeping file order. The threads get a large
     * stack: Flexmark's table parsing recurses once per column, and a 500-column table overflows the default.
     */
    private List<FileResult> parseInParallel(Path root, List<Path> files) {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                task -> {
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

    private static final long PARSER_STACK_BYTES = 16L * 1024 * 1024;

    /** Parses one Markdown text as if it were the file {@code relativePath} of a content folder. */
    public ParseResult parseText(String relativePath, String markdown) {
        return parseBytes(relativePath, markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Parses a file's bytes as if they were the file {@code relativePath} of a content folder. */
    public ParseResult parseBytes(String relativePath, byte[] bytes) {
        FileResult result = parseFile(relativePath, bytes);
        return new ParseResult(result.page().stream().toList(), result.diagnostics(), List.of());
    }

    private record FileResult(Optional<Page> page, List<Diagnostic> diagnostics) {
    }

    private FileResult parseFile(Path root, Path file) {
        String relative = relativeName(root, file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new FileResult(Optional.empty(), List.of(Diagnostic.error(relative, 0, 0,
                        "file is " + size / (1024 * 1024) + " MB; pages may be at most " + MAX_FILE_BYTES / (1024 * 1024)
                                + " MB", "Split it into several pages.")));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new FileResult(Optional.empty(), List.of(Diagnostic.error(relative, 0, 0,
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
            Document document = engine.parse(text.text());
            document.set(MarkdownEngine.FILE, context);
            new ContentSafety(context, document).apply();
            Page page = new PageParser(context, document, pageId(relative)).parse();
            return new FileResult(Optional.of(page), context.diagnostics);
        } catch (SourceText.NotUtf8Exception e) {
            return new FileResult(Optional.empty(), List.of(Diagnostic.error(relative, e.line, e.column,
                    "file is not UTF-8 text",
                    "Save the file as UTF-8 (most editors offer it under \"Save with encoding\").")));
        } catch (RuntimeException | StackOverflowError e) {
            // A failure inside the Markdown library (found by fuzzing): the writer gets a diagnostic, not a trace.
            return new FileResult(Optional.empty(), List.of(Diagnostic.error(relative, 0, 0,
                    "the Markdown parser failed on this file (" + e.getClass().getSimpleName() + ")",
                    "Look for unusual characters (tabs, control characters) in its tables; please report the file.")));
        }
    }

    /**
     * Every file of the content folder: Markdown pages and the other files (images, PDFs) copied with the site.
     * Symbolic links are followed only when they stay inside the content folder.
     */
    private static List<Path> contentFiles(Path root, Set<Path> skip, List<Diagnostic> diagnostics) throws IOException {
        Path realRoot = root.toRealPath();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(p -> !p.equals(root)).filter(p -> !isUnderSkipped(root, p, skip)).sorted().toList()) {
                if (Files.isSymbolicLink(path)) {
                    Path target;
                    try {
                        target = path.toRealPath();
                    } catch (IOException e) {
                        target = null;
                    }
                    if (target == null || !target.startsWith(realRoot) || !Files.isRegularFile(target)) {
                        diagnostics.add(Diagnostic.warning(relativeName(root, path), 0, 0,
                                "skipped: a link to something outside the content folder (or to nothing)",
                                "Copy the file into the content folder instead of linking to it."));
                        continue;
                    }
                    files.add(path);
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(path);
                }
            }
        }
        return files;
    }

    private static boolean isMarkdown(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private static boolean isUnderSkipped(Path root, Path path, Set<Path> skip) {
        for (Path part = path; part != null && !part.equals(root); part = part.getParent()) {
            if (skip.contains(part) || part.getFileName().toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** {@code guides/On Call.md} becomes {@code guides/on-call}: each segment a slug, no extension. */
    static String pageId(String relativePath) {
        String withoutExtension = relativePath.substring(0, relativePath.length() - ".md".length());
        return String.join("/", java.util.Arrays.stream(withoutExtension.split("/"))
                .map(segment -> Slugs.slug(segment, "page")).toList());
    }
}
