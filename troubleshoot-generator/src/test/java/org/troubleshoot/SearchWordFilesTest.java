package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index's word files, as search.js reads them: each word with the documents it is in (in document
 * order) and the fields it is in there (1 symptom, 2 cause, 4 what to do, 8 error code, or'ed), including texts that several
 * entries share and an entry with two causes.
 */
class SearchWordFilesTest {
    @TempDir
    Path dir;

    @Test
    void eachWordListsItsDocumentsInOrderWithTheFieldsItIsIn() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("help.md"), """
                # Help

                ## Sign-in
                | Symptom | Code | Cause | What to do |
                |---|---|---|---|
                | Login fails | E401 | Expired token | Sign in again |
                | Token rejected | | Expired token | Refresh the token |
                | Token rejected | | Clock skew | Sync the clock |
                """);
        Path out = dir.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(out)
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        Path search = out.resolve("assets/search");
        assertEquals(
                "troubleshootSearch.words(\"t\",{\"the\":[1,4],\"token\":[0,2,1,7]});\n",
                Files.readString(search.resolve("t-t.js")));
        assertEquals(
                "troubleshootSearch.words(\"e\",{\"e401\":[0,8],\"expired\":[0,2,1,2]});\n",
                Files.readString(search.resolve("t-e.js")));
        assertEquals(
                "troubleshootSearch.words(\"s\",{\"sign\":[0,4],\"skew\":[1,2],\"sync\":[1,4]});\n",
                Files.readString(search.resolve("t-s.js")));
        assertEquals(
                "troubleshootSearch.words(\"c\",{\"clock\":[1,6]});\n", Files.readString(search.resolve("t-c.js")));
    }
}
