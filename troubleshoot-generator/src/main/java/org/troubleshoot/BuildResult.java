package org.troubleshoot;

import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a check or a build.
 *
 * @param site        the model as read, even when there were errors (empty pages if nothing could be read)
 * @param diagnostics every problem found, in report order
 * @param output      the folder the site was written to; empty for a check or a failed build
 * @param timings     milliseconds per stage, in order
 */
public record BuildResult(Site site, List<Diagnostic> diagnostics, Optional<Path> output, boolean strict,
                          java.util.Map<String, Long> timings) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
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
