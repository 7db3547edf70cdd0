package org.troubleshoot.plan;

import java.io.IOException;
import org.troubleshoot.diagnostic.Diagnostic;

/** A file of the plan could not be made, for a reason the writer can fix (a broken template, say). */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    public OutputException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.message(), cause);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
