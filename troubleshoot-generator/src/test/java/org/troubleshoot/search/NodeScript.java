package org.troubleshoot.search;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a script under Node.js with the site template's search-core.js beside it, as the browser loads it.
 * Without node the calling test is skipped locally and fails in CI (CI is set), like the browser tests.
 */
final class NodeScript {
    static final String CORE = "troubleshoot/template/assets/search-core.js";

    private NodeScript() {}

    /** The node executable on the PATH; skips the test (or fails it in CI) when there is none. */
    static Path requireNode() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path node = Path.of(dir.isEmpty() ? "." : dir, "node");
            if (Files.isExecutable(node)) {
                return node;
            }
        }
        String message = "the Java/JavaScript parity tests need node (Node.js 18 or later) on the PATH";
        if (System.getenv("CI") != null) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
        return null;
    }

    /**
     * Runs {@code script} (which finds search-core.js at {@code process.argv[2]}) with {@code input} on its
     * standard input, and returns its standard output; fails the test when it exits with an error.
     */
    static String run(Path work, String script, String input) throws IOException, InterruptedException {
        Path node = requireNode();
        Path core = work.resolve("search-core.js");
        try (InputStream in = NodeScript.class.getClassLoader().getResourceAsStream(CORE)) {
            Assertions.assertNotNull(in, CORE + " on the class path (the site-template module)");
            Files.copy(in, core);
        }
        Path file = Files.writeString(work.resolve("script.js"), script, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(node.toString(), file.toString(), core.toString()).start();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            Assertions.fail("node did not finish in 2 minutes");
        }
        Assertions.assertEquals(0, process.exitValue(), err.join());
        return out.join();
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
