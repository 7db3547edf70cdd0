package org.troubleshoot.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The site's text files (pages, the search index): UTF-8 through {@link Utf8Writer}, which also HTML-escapes
 * template values in the same pass. The JDK's buffered writer measured as fast in a benchmark of page writes on
 * their own (docs/benchmarks.md, "Writers"), but not in whole builds on the launcher's C1 compiler ("Cold builds").
 */
public final class TextFiles {
    private TextFiles() {}

    /**
     * A writer of {@code file}, created or replaced. Broken UTF-16 (a lone surrogate) is written as '?', as
     * {@code String.getBytes} writes it, instead of failing the build as {@code Files.newBufferedWriter} would.
     */
    public static Writer create(Path file) throws IOException {
        return writer(Files.newOutputStream(file));
    }

    /** A writer into {@code out} (closing it closes {@code out}), with the same encoding as {@link #create}. */
    public static Writer writer(OutputStream out) {
        return new Utf8Writer(out);
    }
}
