package org.troubleshoot.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.parse.ContentParser;
import org.troubleshoot.parse.ParseResult;

/**
 * Any bytes as a content file: the parser returns a page or diagnostics, never throws, never hangs.
 * In the normal test run the saved inputs run as regression tests and a bounded fuzzing run follows
 * (see troubleshoot-generator/pom.xml); docs/hardening.md says how to fuzz longer.
 */
class ParserFuzzTest {
    private static final ContentParser PARSER = new ContentParser();

    @FuzzTest(maxDuration = "45s")
    void anyBytesGiveAPageOrDiagnostics(byte[] bytes) {
        ParseResult result = PARSER.parseBytes("fuzz.md", bytes);
        assertTrue(
                result.pages().size() == 1 || result.diagnostics().stream().anyMatch(Diagnostic::isError),
                "neither a page nor an error");
        for (Diagnostic diagnostic : result.diagnostics()) {
            assertTrue(diagnostic.line() >= 0 && diagnostic.column() >= 0, diagnostic.toString());
            assertTrue(!diagnostic.hint().isBlank(), diagnostic.toString());
        }
    }
}
