package org.troubleshoot.plan;

import java.io.IOException;
import java.io.OutputStream;

/** The bytes of one planned file, made when the file is written (a page is rendered only then). */
@FunctionalInterface
public interface FileContent {
    /** Writes the whole file to {@code out}; does not need to close it. */
    void writeTo(OutputStream out) throws IOException;
}
