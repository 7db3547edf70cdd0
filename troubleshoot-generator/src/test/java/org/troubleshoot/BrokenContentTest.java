package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.troubleshoot.diagnostic.Diagnostic;

/**
 * src/test/resources/broken holds one file per kind of mistake; broken-expected.txt the exact diagnostic of
 * each. One check run must report all of them, each once, with file, line, column, severity and message.
 */
class BrokenContentTest {
    private static final Path BROKEN = Path.of("src/test/resources/broken");

    @Test
    void everyKindOfMistakeIsReportedInOneRunAtItsExactPosition() throws IOException {
        BuildResult result =
                Generator.builder().contentDirectory(BROKEN).build().check();
        List<String> actual = result.diagnostics().stream()
                .map(d -> d.location() + ": " + d.severity().label() + ": " + d.message())
                .toList();
        assertEquals(Files.readAllLines(Path.of("src/test/resources/broken-expected.txt")), actual);
        for (Diagnostic diagnostic : result.diagnostics()) {
            assertFalse(diagnostic.hint().isBlank(), diagnostic.toString());
        }
    }

    @Test
    void everyBrokenFileHasItsExpectedDiagnostic() throws IOException {
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/broken-expected.txt"));
        try (Stream<Path> files = Files.list(BROKEN)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                assertEquals(
                        1,
                        expected.stream()
                                .filter(line -> line.startsWith(name + ":"))
                                .count(),
                        name);
            }
        }
    }
}
