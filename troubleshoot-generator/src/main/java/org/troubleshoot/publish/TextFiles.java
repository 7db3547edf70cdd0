package org.troubleshoot.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The site's text files (pages, the search index): UTF-8 through the JDK's buffered writer. A hand-written encoder
 * that also escaped template values in the same pass measured no faster for pages as Mustache writes them
 * (docs/benchmarks.md, "Writers"), so the JDK's does the work.
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
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
