package org.troubleshoot.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file published as it is, from the content folder or the template folder. */
public record CopiedFile(Path from) implements FileContent {
    @Override
    public void writeTo(OutputStream out) throws IOException {
        Files.copy(from, out);
    }
}
