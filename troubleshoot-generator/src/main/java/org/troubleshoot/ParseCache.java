package org.troubleshoot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Page;
import org.troubleshoot.parse.ContentParser;
import org.troubleshoot.parse.ParseResult;

/**
 * The parsed pages of a content folder, kept between rebuilds of the live preview: a file is parsed again only
 * when its size or modification time changed.
 */
final class ParseCache {
    private final Path contentDirectory;
    private final Set<Path> excluded;
    private final Map<Path, Cached> cache = new HashMap<>();
    private ContentParser parser;
    /** The settings' column names the parser knows: when they change, every page is read again. */
    private Map<String, List<String>> parserColumns;

    private List<Diagnostic> scanDiagnostics = List.of();

    /** A file as it was parsed, with the size and time that tell whether it changed since. */
    record Cached(long size, long modified, ParseResult result) {}

    /**
     * The folder as it is now.
     *
     * @param files  the content files that are not pages
     * @param parsed how many files had to be parsed again
     */
    record Scan(List<Page> pages, List<String> files, List<Diagnostic> diagnostics, int parsed) {}

    /** One file read again: its page before and after, not yet taken into the cache ({@link #accept}). */
    record Change(Path file, Page before, Page after, List<Diagnostic> diagnostics, Cached fresh) {}

    ParseCache(Path contentDirectory, Set<Path> excluded) {
        this.contentDirectory = contentDirectory;
        this.excluded = excluded;
    }

    boolean holds(Path file) {
        return cache.containsKey(file);
    }

    /** Whether the pages were read with the column names of these settings (else all must be read again). */
    boolean readWith(SiteSettings settings) {
        return settings.columns().equals(parserColumns);
    }

    /** Scans the folder and parses what is new or changed (everything, if the settings name other columns). */
    Scan refresh(SiteSettings settings) {
        if (!readWith(settings)) {
            parser = Pipeline.contentParser(settings);
            parserColumns = settings.columns();
            cache.clear();
        }
        ContentParser.Scan scan = parser.scan(contentDirectory, excluded);
        scanDiagnostics = scan.diagnostics();
        List<Diagnostic> diagnostics = new ArrayList<>(scan.diagnostics());
        List<Page> pages = new ArrayList<>();
        int parsed = 0;
        Set<Path> present = new HashSet<>(scan.markdown());
        cache.keySet().retainAll(present);
        for (Path file : scan.markdown()) {
            Cached cached = cache.get(file);
            long size;
            long modified;
            try {
                size = Files.size(file);
                modified = Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                continue; // deleted while we looked: the next event rebuilds again
            }
            if (cached == null || cached.size != size || cached.modified != modified) {
                cached = new Cached(size, modified, parser.parseOne(contentDirectory, file));
                cache.put(file, cached);
                parsed++;
            }
            pages.addAll(cached.result.pages());
            diagnostics.addAll(cached.result.diagnostics());
        }
        return new Scan(pages, scan.assets(), diagnostics, parsed);
    }

    /** Parses one cached file again; empty unless it was one page and still is. */
    Optional<Change> reread(Path file) {
        Cached old = cache.get(file);
        if (old == null || old.result.pages().size() != 1) {
            return Optional.empty();
        }
        Cached fresh;
        try {
            fresh = new Cached(
                    Files.size(file),
                    Files.getLastModifiedTime(file).toMillis(),
                    parser.parseOne(contentDirectory, file));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (fresh.result.pages().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Change(
                file, old.result.pages().get(0), fresh.result.pages().get(0), fresh.result.diagnostics(), fresh));
    }

    /** Every file's problems, with {@code fresh} for {@code file}: the reading problems of the whole folder. */
    List<Diagnostic> diagnostics(Path file, List<Diagnostic> fresh) {
        List<Diagnostic> all = new ArrayList<>(scanDiagnostics);
        cache.forEach((path, cached) -> all.addAll(path.equals(file) ? fresh : cached.result.diagnostics()));
        return all;
    }

    /** Takes a file read again into the cache. */
    void accept(Change change) {
        cache.put(change.file(), change.fresh());
    }
}
