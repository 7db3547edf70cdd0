package org.troubleshoot.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one stage run; stages keep going after a problem so writers see them all at once. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    /** Reported after the others, in the order they were given (the stale entries, newest first). */
    private final List<Diagnostic> ordered = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    /** Diagnostics with an order of their own: reported after all others, as given. */
    public void addInOrder(List<Diagnostic> diagnostics) {
        ordered.addAll(diagnostics);
    }

    public void error(String file, int line, int column, String message, String hint) {
        add(Diagnostic.error(file, line, column, message, hint));
    }

    public void warning(String file, int line, int column, String message, String hint) {
        add(Diagnostic.warning(file, line, column, message, hint));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError) || ordered.stream().anyMatch(Diagnostic::isError);
    }

    /** The diagnostics in report order. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.REPORT_ORDER);
        copy.addAll(ordered);
        return List.copyOf(copy);
    }
}
