package org.troubleshoot.config;

import java.util.Locale;
import java.util.Optional;

/**
 * What a link to a missing file or anchor (or one that leaves the content folder) does to a build: fail it
 * ({@link #ERROR}, the default), or only be reported while the link is shown as text ({@link #WARN}), so that
 * pages brought over from elsewhere can be published while their links are fixed. {@code --strict} still fails
 * on such warnings.
 */
public enum BrokenLinks {
    ERROR,
    WARN;

    /** The value's name on the command line, in the plugin and in the settings file. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BrokenLinks> named(String name) {
        for (BrokenLinks value : values()) {
            if (value.id().equals(name == null ? null : name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
