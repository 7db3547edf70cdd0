package org.troubleshoot.diagnostic;

import java.util.Comparator;

/**
 * One problem found in the content, with where it is and what to do about it.
 *
 * @param file   path of the content file relative to the content folder, with '/' separators
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when the problem concerns the whole line or file
 * @param hint   one sentence telling the writer how to fix it
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String hint) {

    /** Order of a report: by file, then position, then severity, then text, so output is stable. */
    public static final Comparator<Diagnostic> REPORT_ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(String file, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, line, column, message, hint);
    }

    public static Diagnostic warning(String file, int line, int column, String message, String hint) {
        return new Diagnostic(Severity.WARNING, file, line, column, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: severity: message}, the form compilers use and editors understand. */
    public String location() {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
    }

    /** The two lines printed for a writer: the located message, then the hint. */
    public String format() {
        return location() + ": " + severity.label() + ": " + message + System.lineSeparator() + "  hint: " + hint;
    }
}
