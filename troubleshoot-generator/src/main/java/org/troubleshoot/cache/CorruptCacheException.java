package org.troubleshoot.cache;

import java.io.IOException;

/** A cache file that is not whole or not what it claims to be: it is ignored and the build runs without it. */
final class CorruptCacheException extends IOException {
    private static final long serialVersionUID = 1L;

    CorruptCacheException(String message) {
        super(message);
    }
}
