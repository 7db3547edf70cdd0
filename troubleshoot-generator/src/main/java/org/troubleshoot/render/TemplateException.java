package org.troubleshoot.render;

import org.troubleshoot.diagnostic.Diagnostic;

/** Thrown when a template cannot be compiled; carries a diagnostic naming the template and line. */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    TemplateException(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
