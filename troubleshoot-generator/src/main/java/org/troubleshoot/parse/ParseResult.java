package org.troubleshoot.parse;

import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Page;

import java.util.List;

/** The pages read from a content folder, in file-path order, and every problem found while reading them. */
public record ParseResult(List<Page> pages, List<Diagnostic> diagnostics) {
    public ParseResult {
        pages = List.copyOf(pages);
        diagnostics = List.copyOf(diagnostics);
    }
}
