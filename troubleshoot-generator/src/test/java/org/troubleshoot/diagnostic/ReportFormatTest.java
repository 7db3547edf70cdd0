package org.troubleshoot.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    private static final List<Diagnostic> PROBLEMS = List.of(
            Diagnostic.error("troubleshooting.md", 14, 35, "row has 4 cells but the header has 3", "Escape the |."),
            Diagnostic.warning("faq.md", 0, 0, "heading \"Why: 50%, really\" has no table", "Add a table."));

    private static String write(ReportFormat format, String prefix) {
        StringWriter out = new StringWriter();
        format.write(PROBLEMS, prefix, new PrintWriter(out));
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void textIsWhatCompilersPrintWithAHintAndACount() {
        assertEquals("""
                content/troubleshooting.md:14:35: error: row has 4 cells but the header has 3
                  hint: Escape the |.
                content/faq.md:1:1: warning: heading "Why: 50%, really" has no table
                  hint: Add a table.
                1 error(s), 1 warning(s)
                """, write(ReportFormat.TEXT, "content/"));
    }

    @Test
    void githubAnnotationsEscapeWhatWorkflowCommandsReserve() {
        assertEquals("""
                ::error file=troubleshooting.md,line=14,col=35,title=troubleshoot error::row has 4 cells but the header has 3%0AHint: Escape the |.
                ::warning file=faq.md,line=1,col=1,title=troubleshoot warning::heading "Why: 50%25, really" has no table%0AHint: Add a table.
                """, write(ReportFormat.GITHUB, ""));
    }

    @Test
    void jsonHasCountsAndEveryFieldAndTheLivePreviewGetsTheSameObjects() {
        JsonObject report =
                JsonParser.parseString(write(ReportFormat.JSON, "docs/")).getAsJsonObject();
        assertEquals(1, report.get("errors").getAsInt());
        assertEquals(1, report.get("warnings").getAsInt());
        JsonObject first = report.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals("docs/troubleshooting.md", first.get("file").getAsString());
        assertEquals(35, first.get("column").getAsInt());
        assertEquals("Escape the |.", first.get("hint").getAsString());
        // The preview's overlay: the same objects, file names relative to the content folder, one line.
        String array = DiagnosticsJson.array(PROBLEMS);
        assertEquals(
                first.toString().replace("docs/", ""),
                JsonParser.parseString(array)
                        .getAsJsonArray()
                        .get(0)
                        .getAsJsonObject()
                        .toString());
        assertEquals(1, array.lines().count());
    }

    @Test
    void formatsAreNamedWithoutCase() {
        assertEquals(ReportFormat.GITHUB, ReportFormat.fromName(" GitHub ").orElseThrow());
        assertEquals(true, ReportFormat.fromName("xml").isEmpty());
    }
}
