package org.troubleshoot.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;
import org.troubleshoot.parse.ParseResult;
import org.troubleshoot.publish.FileStamp;

/**
 * The build cache: a folder (never inside the published site; safe to delete at any time) with one file per
 * output folder built with it. The file holds what the last successful build into that folder read and made:
 * each content file's parsed page by the hash of its bytes, the key of all the build's inputs, the linked site
 * and its problems, and the stamp of every published file. A rebuild parses only files whose bytes changed, and
 * when no input changed and the output folder is exactly as that build left it, it does nothing else at all.
 *
 * <p>Never trusted blindly: a file written by another version of the generator (or another Java, or another
 * jar), one that is torn, altered or not a cache file at all is ignored as a whole, and the build runs as if
 * there were none. Files are replaced by a rename, so a reader sees a whole old file or a whole new one.
 */
public final class BuildCache {
    /** Changes whenever what is written changes; part of each file's header. */
    static final int FORMAT = 5;

    private static final String MAGIC = "troubleshoot build cache";

    private final Path directory;
    private final String codeVersion;

    /**
     * @param directory   the cache folder (created when first written)
     * @param version     the generator's version
     * @param codeClasses classes whose jars make the output (their size and time are part of every key)
     */
    public BuildCache(Path directory, String version, List<Class<?>> codeClasses) {
        this(directory, CodeVersion.of(version, codeClasses));
    }

    BuildCache(Path directory, String codeVersion) {
        this.directory = directory.toAbsolutePath().normalize();
        this.codeVersion = codeVersion;
    }

    public Path directory() {
        return directory;
    }

    /** A content file as it was parsed: the hash of its bytes and what parsing them gave. */
    public record Parsed(byte[] hash, ParseResult result) {}

    /** A published file as the build result lists it. */
    public record Published(String path, String origin, String audience) {}

    /**
     * What the last successful build into one output folder read and made.
     *
     * @param key         the hash of every input of that build (see the caller's key)
     * @param configKey   the hash of its inputs besides the content and git: options, settings, templates
     * @param parsed      each content file's parse, by content-relative path
     * @param site        the linked site: its settings, pages, git dates, translations and row dates
     * @param stamps      every published file's stamp, by site-relative path
     * @param inputs      the digest of what a file was made from, for files that tell it
     *                    ({@link org.troubleshoot.plan.KnownInputs}), by site-relative path
     */
    public record Snapshot(
            byte[] key,
            byte[] configKey,
            Map<String, Parsed> parsed,
            Site site,
            List<Diagnostic> diagnostics,
            List<String> leftOut,
            List<Published> published,
            Map<String, FileStamp> stamps,
            Map<String, byte[]> inputs) {}

    /** The last build's snapshot for {@code output}; empty when there is none or it cannot be trusted. */
    public Optional<Snapshot> read(Path output) {
        Path file = fileFor(output);
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                BinaryIn in = new BinaryIn(stream)) {
            if (!MAGIC.equals(in.string())
                    || in.integer() != FORMAT
                    || !codeVersion.equals(in.string())
                    || !output.toAbsolutePath().normalize().toString().equals(in.string())) {
                return Optional.empty(); // another version's, or another folder's: rebuilt, not trusted
            }
            ModelReader model = new ModelReader(in);
            byte[] key = in.bytes(in.length());
            byte[] configKey = in.bytes(in.length());
            int files = in.length();
            Map<String, Parsed> parsed = new HashMap<>();
            for (int i = 0; i < files; i++) {
                String path = in.string();
                byte[] hash = in.bytes(in.length());
                List<Page> pages = model.pages();
                parsed.put(path, new Parsed(hash, new ParseResult(pages, model.diagnostics(), List.of())));
            }
            Site site = model.site();
            List<Diagnostic> diagnostics = model.diagnostics();
            List<String> leftOut = new ArrayList<>();
            int left = in.length();
            for (int i = 0; i < left; i++) {
                leftOut.add(in.string());
            }
            int count = in.length();
            List<Published> published = new ArrayList<>(Math.min(count, 1 << 16));
            Map<String, FileStamp> stamps = new HashMap<>();
            for (int i = 0; i < count; i++) {
                Published one = new Published(in.string(), in.string(), in.string());
                published.add(one);
            }
            int stamped = in.length();
            for (int i = 0; i < stamped; i++) {
                stamps.put(in.string(), new FileStamp(in.varint(), in.varint(), in.string()));
            }
            int known = in.length();
            Map<String, byte[]> inputs = new HashMap<>();
            for (int i = 0; i < known; i++) {
                inputs.put(in.string(), in.bytes(in.length()));
            }
            in.verifyEnd();
            return Optional.of(
                    new Snapshot(key, configKey, parsed, site, diagnostics, leftOut, published, stamps, inputs));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // torn, altered or not ours: built again as if there were no cache
        }
    }

    /** Replaces the snapshot of {@code output} (written beside it first, then renamed over it). */
    public void write(Path output, Snapshot snapshot) throws IOException {
        Writing writing = start(output, snapshot.key(), snapshot.configKey(), snapshot.parsed(), snapshot.site());
        writing.finish(
                snapshot.diagnostics(), snapshot.leftOut(), snapshot.published(), snapshot.stamps(), snapshot.inputs());
    }

    /**
     * Starts the snapshot of {@code output} with the model, as soon as the site is linked: the parsed pages
     * need not then be held in memory while the site is rendered (a big site's would add tens of megabytes).
     * {@link Writing#finish} adds what publishing found out; {@link Writing#abandon} drops it.
     */
    public Writing start(Path output, byte[] key, byte[] configKey, Map<String, Parsed> parsed, Site site)
            throws IOException {
        Files.createDirectories(directory);
        Path file = fileFor(output);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        Writing writing = new Writing(file, temporary);
        try {
            BinaryOut out = writing.out;
            out.string(MAGIC);
            out.varint(FORMAT);
            out.string(codeVersion);
            out.string(output.toAbsolutePath().normalize().toString());
            ModelWriter model = new ModelWriter(out);
            out.varint(key.length);
            out.bytes(key);
            out.varint(configKey.length);
            out.bytes(configKey);
            out.varint(parsed.size());
            for (Map.Entry<String, Parsed> entry : new TreeMap<>(parsed).entrySet()) {
                out.string(entry.getKey());
                out.varint(entry.getValue().hash().length);
                out.bytes(entry.getValue().hash());
                model.pages(entry.getValue().result().pages());
                model.diagnostics(entry.getValue().result().diagnostics());
            }
            model.site(site);
            return writing;
        } catch (IOException | RuntimeException | Error e) {
            writing.abandon(); // no half-written file left in the cache folder, whatever went wrong
            throw e;
        }
    }

    /** A snapshot being written: the model is in it, what publishing found out is still to come. */
    public static final class Writing {
        private final Path file;
        private final Path temporary;
        private final BinaryOut out;
        private boolean done;

        private Writing(Path file, Path temporary) throws IOException {
            this.file = file;
            this.temporary = temporary;
            this.out = new BinaryOut(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
        }

        /** Adds the rest, closes the file and renames it over the previous snapshot. */
        public void finish(
                List<Diagnostic> diagnostics,
                List<String> leftOut,
                List<Published> published,
                Map<String, FileStamp> stamps,
                Map<String, byte[]> inputs)
                throws IOException {
            try {
                new ModelWriter(out).diagnostics(diagnostics);
                out.varint(leftOut.size());
                for (String path : leftOut) {
                    out.string(path);
                }
                out.varint(published.size());
                for (Published one : published) {
                    out.string(one.path());
                    out.string(one.origin());
                    out.string(one.audience());
                }
                out.varint(stamps.size());
                for (Map.Entry<String, FileStamp> stamp : stamps.entrySet()) {
                    out.string(stamp.getKey());
                    out.varint(stamp.getValue().size());
                    out.varint(stamp.getValue().modifiedNanos());
                    out.string(stamp.getValue().key());
                }
                out.varint(inputs.size());
                for (Map.Entry<String, byte[]> known : inputs.entrySet()) {
                    out.string(known.getKey());
                    out.varint(known.getValue().length);
                    out.bytes(known.getValue());
                }
                out.close();
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
            } finally {
                if (!done) {
                    abandon();
                }
            }
        }

        /** Drops the snapshot being written (a failed build leaves the previous one). */
        public void abandon() {
            if (done) {
                return;
            }
            done = true;
            try {
                out.close();
            } catch (IOException | RuntimeException e) {
                // it is deleted next
            }
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a stray temporary file in the cache folder: harmless, never read
            }
        }
    }

    /** One file per output folder, named by a hash of its path (the path itself is checked inside). */
    /** Where the line dates git blame found for {@code contentDirectory} are kept (see BlameCache). */
    public Path blameFileFor(Path contentDirectory) {
        String path = contentDirectory.toAbsolutePath().normalize().toString();
        return directory.resolve(
                "blame-" + HexFormat.of().formatHex(Digests.of(path.getBytes(StandardCharsets.UTF_8)), 0, 8) + ".bin");
    }

    Path fileFor(Path output) {
        String path = output.toAbsolutePath().normalize().toString();
        return directory.resolve(
                "build-" + HexFormat.of().formatHex(Digests.of(path.getBytes(StandardCharsets.UTF_8)), 0, 8) + ".bin");
    }
}
