package org.troubleshoot;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Site;

/**
 * The outcome of a check or a build.
 *
 * @param site        the model as read, even when there were errors (empty pages if nothing could be read)
 * @param diagnostics every problem found, in report order
 * @param output      the folder the site was written to; empty for a check or a failed build
 * @param timings     milliseconds per stage, in order
 * @param published   every file of the site (of the site that would be built, for a check), by path; empty
 *                    when the content could not be planned
 * @param leftOut     the content folder's files that are not published (no page links to them, and they are
 *                    not in static/), by path
 */
public record BuildResult(
        Site site,
        List<Diagnostic> diagnostics,
        Optional<Path> output,
        boolean strict,
        Map<String, Long> timings,
        List<PublishedFile> published,
        List<String> leftOut) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        published = List.copyOf(published);
        leftOut = List.copyOf(leftOut);
    }

    /** The result as earlier versions made it, without the list of files. */
    public BuildResult(
            Site site, List<Diagnostic> diagnostics, Optional<Path> output, boolean strict, Map<String, Long> timings) {
        this(site, diagnostics, output, strict, timings, List.of(), List.of());
    }

    /** How many pages the site has (for the build's audience). */
    public int pageCount() {
        return site.pages().size();
    }

    /** How many categories its pages have. */
    public int categoryCount() {
        return site.pages().stream().mapToInt(p -> p.categories().size()).sum();
    }

    /** How many troubleshooting entries its categories have. */
    public int entryCount() {
        return site.entryCount();
    }

    /** Who the site was built for: {@code public}, {@code all} or a named audience. */
    public String audience() {
        return site.settings().audience();
    }

    /** Whether the build failed: an error, or a warning when the settings are strict. */
    public boolean failed() {
        return hasErrors() || strict && hasWarnings();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public boolean hasWarnings() {
        return diagnostics.stream().anyMatch(d -> !d.isError());
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
