package org.troubleshoot.parse;

import java.util.List;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Page;

/**
 * The pages read from a content folder, in file-path order, and every problem found while reading them.
 *
 * @param assets the folder's other files (images, PDFs), relative and sorted: copied into the site as they are
 */
public record ParseResult(List<Page> pages, List<Diagnostic> diagnostics, List<String> assets) {
    public ParseResult {
        pages = List.copyOf(pages);
        diagnostics = List.copyOf(diagnostics);
        assets = List.copyOf(assets);
    }
}
