package org.troubleshoot.render;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The default template's scripts and style sheet ship without their comments, and work the same. */
class AssetPackerTest {
    @TempDir
    Path dir;

    @Test
    void wholeLineCommentsIndentationAndBlankLinesGoEveryOtherLineStaysALine() {
        String script = """
                /* A comment
                 * of two lines. */
                (function () {
                  "use strict";
                  // a line comment

                  var a = "/* not a comment */", b = /\\/\\//;  // a comment after code stays
                  /* one line */ var c = 1;
                })();
                """;
        assertEquals("""
                (function () {
                "use strict";
                var a = "/* not a comment */", b = /\\/\\//;  // a comment after code stays
                var c = 1;
                })();
                """, AssetPacker.pack("x.js", script));
        assertEquals("a { color: red; }\n.b::after { content: \"//\"; }\n",
                AssetPacker.pack("x.css", "/* theme */\na { color: red; }\n  .b::after { content: \"//\"; }\n"));
        assertFalse(AssetPacker.packs("favicon.svg"));
    }

    private static String asset(TemplateSource source, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        source.content(name).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDefaultScriptsArePackedAndATemplateFoldersOwnAreCopiedAsTheyAre() throws IOException {
        TemplateSource packaged = new TemplateSource(Optional.empty());
        for (String name : List.of("assets/search-core.js", "assets/search.js", "assets/forward.js", "assets/style.css")) {
            String packed = asset(packaged, name);
            assertFalse(packed.lines().anyMatch(l -> l.startsWith("/*") || l.startsWith("//") || l.startsWith(" ")
                    || l.isEmpty()), name);
        }
        Path theme = Files.createDirectories(dir.resolve("theme/assets"));
        Files.writeString(theme.resolve("search.js"), "/* mine */\n  var x;\n");
        assertEquals("/* mine */\n  var x;\n", asset(new TemplateSource(Optional.of(dir.resolve("theme"))),
                "assets/search.js"));
    }

    /** The packed search core gives the same words and results as its source, under node. */
    @Test
    void thePackedSearchCoreWorksAsItsSourceDoes() throws Exception {
        Path node = null;
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, "node"))) {
                node = Path.of(folder, "node");
            }
        }
        if (node == null) {
            if (System.getenv("CI") != null) {
                fail("the packed search core's test needs node on the PATH");
            }
            Assumptions.abort("the packed search core's test needs node on the PATH");
        }
        TemplateSource packaged = new TemplateSource(Optional.empty());
        Files.writeString(dir.resolve("packed.js"), asset(packaged, "assets/search-core.js"));
        try (var in = TemplateSource.class.getClassLoader().getResourceAsStream(
                TemplateSource.PACKAGED + "assets/search-core.js")) {
            Files.write(dir.resolve("source.js"), in.readAllBytes());
        }
        String script = """
                const text = "ERROR [AZCM0011] Control C Pressed — Straße パスワードを忘れた won't 401";
                const run = (core) => JSON.stringify([core.tokens(text), core.parse(text), core.shard("パス", 1),
                    core.longestRun(["control", "c"], "Control C pressed")]);
                const a = run(require(process.argv[2])), b = run(require(process.argv[3]));
                if (a !== b) { console.error(a + "\\n" + b); process.exit(1); }
                console.log(a.length);
                """;
        Files.writeString(dir.resolve("compare.js"), script);
        Process process = new ProcessBuilder(node.toString(), dir.resolve("compare.js").toString(),
                dir.resolve("packed.js").toString(), dir.resolve("source.js").toString()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(Integer.parseInt(output.strip()) > 100, output);
    }
}
