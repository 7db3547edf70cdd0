package org.troubleshoot.diagnostic;

import java.util.Locale;

/** How bad a {@link Diagnostic} is: errors stop the build, warnings only with strict mode. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word printed in a diagnostic line: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
