package org.troubleshoot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.troubleshoot.assemble.GitBlame;
import org.troubleshoot.assemble.GitHistory;
import org.troubleshoot.cache.BuildCache;
import org.troubleshoot.cache.Digests;
import org.troubleshoot.config.SettingsFile;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.diagnostic.Diagnostics;
import org.troubleshoot.diagnostic.Timings;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;
import org.troubleshoot.parse.ContentParser;
import org.troubleshoot.parse.ParseResult;
import org.troubleshoot.plan.KnownInputs;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.publish.FileStamp;
import org.troubleshoot.publish.Republisher;

/**
 * One build with a {@link BuildCache}: reads and hashes every input first — each content file's bytes (with what
 * the parser is set to make of them: the Markdown reader and the column names), the settings file, the template
 * folder (its templates, assets and messages), the options, the git dates of files and of lines (the generator's
 * code is checked by the cache itself) — and then either finds that the last build into the same output folder had exactly these inputs and
 * left the folder exactly as it is now (nothing to do: its result is returned), or parses only the files whose
 * bytes are new and builds as usual. {@link #save} records the build for the next one.
 */
final class CachedBuild {
    private final Pipeline pipeline;
    private final BuildCache cache;
    private final Path output;
    private final Map<String, byte[]> hashes = new TreeMap<>();
    /** The parser these settings ask for, and the digest of its {@link ContentParser#configuration()}. */
    private ContentParser parser;

    private byte[] parserKey;
    private ContentParser.Scan scan;
    /** When each file last changed, and each of its lines (git log, git blame): inputs like the files. */
    private Map<String, String> dates;

    private Map<String, String[]> lines;
    private byte[] key;
    private byte[] configKey;
    private Optional<BuildCache.Snapshot> last = Optional.empty();
    /** This build's parsed files, until they are written into the cache ({@link #analyse}). */
    private Map<String, BuildCache.Parsed> parsed = Map.of();
    /**
     * The snapshot being written, from the model (after linking) to the published files' stamps; null for none,
     * and its value null if the model could not be written.
     */
    private CompletableFuture<BuildCache.Writing> writing;

    CachedBuild(Pipeline pipeline, BuildCache cache, Path output) {
        this.pipeline = pipeline;
        this.cache = cache;
        this.output = output;
    }

    /**
     * The result of the last build, when it had the same inputs and the output folder is exactly as it left
     * it (every file's size, time and inode, and no other file); else empty, and the inputs are known.
     *
     * @throws IllegalArgumentException if the environment asks for a Markdown reader that does not exist (a
     *                                  build without the cache reports it)
     */
    Optional<BuildResult> unchanged() throws IOException {
        long start = System.nanoTime();
        Path root = pipeline.contentDirectory();
        GitHistory.Pending history = GitHistory.start(root); // git runs while the files are hashed
        GitBlame.Pending blame = GitBlame.start(root, Optional.of(cache.blameFileFor(root)));
        parser = Pipeline.contentParser(pipeline.settings(new Diagnostics())); // analyse() reports its problems
        parserKey = new Digests().add(parser.configuration()).digest();
        scan = parser.scan(root, pipeline.excluded());
        List<Path> files = new ArrayList<>(scan.markdown());
        scan.assets().forEach(asset -> files.add(root.resolve(asset)));
        hashAll(root, files);
        dates = history.dates();
        lines = blame.lines();
        key = key(root);
        last = cache.read(output);
        Timings timings = new Timings();
        timings.add("read and compare inputs", start);
        if (last.isEmpty()
                || !Arrays.equals(last.get().key(), key)
                || pipeline.options().previousSite().isPresent()) { // the published site.json may have changed
            return Optional.empty();
        }
        Optional<Map<String, FileStamp>> now = Republisher.stamps(output);
        if (now.isEmpty() || !now.get().equals(last.get().stamps())) {
            return Optional.empty(); // someone changed the output folder: publish again
        }
        BuildCache.Snapshot snapshot = last.get();
        Site site = snapshot.site();
        List<PublishedFile> published = snapshot.published().stream()
                .map(p -> new PublishedFile(p.path(), p.origin(), p.audience()))
                .toList();
        return Optional.of(new BuildResult(
                site,
                snapshot.diagnostics(),
                Optional.of(output),
                site.settings().strict(),
                timings.stages(),
                published,
                snapshot.leftOut()));
    }

    /** Reads the content folder like {@link Pipeline#analyse()}, parsing only files the cache does not have. */
    Analysis analyse() {
        Diagnostics diagnostics = new Diagnostics();
        SiteSettings settings = pipeline.settings(diagnostics);
        long start = System.nanoTime();
        Map<String, BuildCache.Parsed> known =
                last.map(BuildCache.Snapshot::parsed).orElse(Map.of());
        Path root = pipeline.contentDirectory();
        List<Path> misses = new ArrayList<>();
        for (Path file : scan.markdown()) {
            BuildCache.Parsed cached = known.get(relative(root, file));
            if (cached == null || !Arrays.equals(cached.hash(), hashes.get(relative(root, file)))) {
                misses.add(file);
            }
        }
        Map<Path, BuildCache.Parsed> fresh = parse(root, misses);
        List<Page> pages = new ArrayList<>();
        List<Diagnostic> found = new ArrayList<>(scan.diagnostics());
        parsed = new HashMap<>();
        for (Path file : scan.markdown()) {
            String name = relative(root, file);
            BuildCache.Parsed result = fresh.containsKey(file) ? fresh.get(file) : known.get(name);
            pages.addAll(result.result().pages());
            found.addAll(result.result().diagnostics());
            if (result.hash() != null) {
                parsed.put(name, result);
            }
        }
        // Only what reuse() needs is kept of the last build: its linked site is dropped before this one is linked.
        last = last.map(l -> new BuildCache.Snapshot(
                l.key(), l.configKey(), Map.of(), null, List.of(), List.of(), List.of(), l.stamps(), l.inputs()));
        Timings timings = new Timings();
        timings.add("parse (" + misses.size() + " of " + scan.markdown().size() + " files)", start);
        diagnostics.addAll(found);
        Analysis analysis = pipeline.analyse(
                new ParseResult(pages, List.of(), scan.assets()),
                settings,
                diagnostics,
                timings,
                () -> dates,
                () -> lines);
        if (!diagnostics.hasErrors()) {
            // Written on a thread of its own while the site is planned, which runs mostly on one core.
            Map<String, BuildCache.Parsed> pagesToWrite = parsed;
            writing = CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return cache.start(output, key, configKey, pagesToWrite, analysis.site());
                        } catch (IOException | RuntimeException e) {
                            return null; // no cache this time: the next build reads everything again
                        }
                    },
                    task -> {
                        Thread thread = new Thread(task, "troubleshoot-cache");
                        thread.setDaemon(true);
                        thread.start();
                    });
        }
        parsed = null; // being written: the parsed pages need not outlive that
        return analysis;
    }

    /**
     * Which files of the previous site need not be made again: with the same options, settings and templates
     * as the last build, a file whose inputs' digest ({@link KnownInputs}) is the one it was made from, and
     * which is still as that build left it.
     */
    Republisher.Reuse reuse() {
        if (last.isEmpty() || !Arrays.equals(last.get().configKey(), configKey)) {
            return Republisher.Reuse.NEVER;
        }
        Map<String, byte[]> inputs = last.get().inputs();
        Map<String, FileStamp> stamps = last.get().stamps();
        return (file, stamp) -> file.content() instanceof KnownInputs known
                && stamp.equals(stamps.get(file.path()))
                && Arrays.equals(inputs.get(file.path()), known.inputs());
    }

    /** Records a successful build for the next one; a cache that cannot be written only costs the next build time. */
    void save(BuildResult result, List<PlannedFile> files, Map<String, FileStamp> stamps) {
        BuildCache.Writing writing = written();
        if (writing == null) {
            return;
        }
        List<BuildCache.Published> published = result.published().stream()
                .map(p -> new BuildCache.Published(p.path(), p.origin(), p.audience()))
                .toList();
        // Digests not asked for while publishing (all of them in a first build) are made here, on every core.
        Map<String, byte[]> inputs = new ConcurrentHashMap<>();
        files.parallelStream().forEach(file -> {
            if (file.content() instanceof KnownInputs known) {
                inputs.put(file.path(), known.inputs());
            }
        });
        try {
            writing.finish(result.diagnostics(), result.leftOut(), published, stamps, inputs);
        } catch (IOException | RuntimeException e) {
            // Not a problem of the site: the next build reads everything again.
        }
    }

    /** Drops a snapshot begun for a build that then failed: the last good build's stays. */
    void close() {
        BuildCache.Writing writing = written();
        if (writing != null) {
            writing.abandon();
        }
    }

    /**
     * The snapshot with the model written, once it is; null if there is none or the thread writing it failed in
     * any way (an Error too: the cache is never a reason for a build to fail).
     */
    private BuildCache.Writing written() {
        return writing == null
                ? null
                : writing.handle((done, failure) -> failure == null ? done : null)
                        .join();
    }

    /** Every content file's hash, read in parallel (a large site's content is tens of megabytes). */
    private void hashAll(Path root, List<Path> files) throws IOException {
        Map<String, byte[]> found = new ConcurrentHashMap<>();
        try {
            files.parallelStream().forEach(file -> {
                String name = relative(root, file);
                try {
                    long size = Files.size(file);
                    if (size > ContentParser.MAX_FILE_BYTES) {
                        // Refused by the parser anyway: its size stands for it.
                        found.put(name, ("too large " + size).getBytes(StandardCharsets.UTF_8));
                    } else {
                        found.put(name, fileHash(Files.readAllBytes(file)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        hashes.putAll(found);
    }

    /** The hash of everything a build's output depends on besides the generator's code. */
    private byte[] key(Path root) throws IOException {
        configKey = configKey(root);
        Digests digest = new Digests().add(configKey);
        hashes.forEach((name, hash) -> digest.add("file " + name).add(hash));
        new TreeMap<>(dates).forEach((file, date) -> digest.add("date " + file).add(date));
        for (Map.Entry<String, String[]> file : new TreeMap<>(lines).entrySet()) {
            digest.add("lines " + file.getKey()).add(file.getValue().length);
            for (String date : file.getValue()) {
                digest.add(date);
            }
        }
        if (pipeline.options().staleDays().isPresent()) {
            digest.add("today " + LocalDate.now()); // which entries are stale depends on the day
        }
        return digest.digest();
    }

    /** The hash of the inputs that are not content: options, exclusions, the settings file, the templates. */
    private byte[] configKey(Path root) throws IOException {
        Digests digest = new Digests().add("options").addComponents(pipeline.options());
        for (Path excluded : new TreeSet<>(pipeline.excluded())) {
            digest.add("excluded " + excluded);
        }
        Path settings = root.resolve(SettingsFile.NAME);
        if (Files.isRegularFile(settings)) {
            digest.add("settings").add(Files.readAllBytes(settings));
        }
        if (pipeline.templateDirectory().isPresent()
                && Files.isDirectory(pipeline.templateDirectory().get())) {
            Path templates = pipeline.templateDirectory().get();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(templates)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.add("template " + relative(templates, file)).add(Files.readAllBytes(file));
            }
        }
        return digest.digest();
    }

    /**
     * Parses files on as many threads as there are processors, with the parser's large stacks (Flexmark's
     * table parsing recurses once per column). Each is parsed from the bytes its hash is made of, so a file
     * saved during the build is never cached under the hash of other bytes; a file the parser refuses unread
     * (too large, unreadable) is parsed for its diagnostic and not cached.
     */
    private Map<Path, BuildCache.Parsed> parse(Path root, List<Path> files) {
        if (files.isEmpty()) {
            return Map.of();
        }
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(null, task, "troubleshoot-parse", 16L * 1024 * 1024);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<BuildCache.Parsed>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> parseOne(root, file)));
            }
            Map<Path, BuildCache.Parsed> results = new HashMap<>();
            for (int i = 0; i < files.size(); i++) {
                results.put(files.get(i), futures.get(i).get());
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

    private BuildCache.Parsed parseOne(Path root, Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > ContentParser.MAX_FILE_BYTES) {
                return new BuildCache.Parsed(null, parser.parseOne(root, file));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new BuildCache.Parsed(null, parser.parseOne(root, file));
        }
        return new BuildCache.Parsed(fileHash(bytes), parser.parseBytes(relative(root, file), bytes));
    }

    /**
     * What a content file is parsed from: its bytes and the parser's configuration (another Markdown reader or
     * other column names make other pages of the same bytes).
     */
    private byte[] fileHash(byte[] bytes) {
        return new Digests().add(parserKey).add(Digests.of(bytes)).digest();
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
