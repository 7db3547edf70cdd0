package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content gives byte-identical sites whatever the thread count, locale, time zone and output path:
 * two builds in separate JVMs that differ in all of them.
 */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void buildsInDifferentJvmsAreByteIdentical() throws Exception {
        Path first = dir.resolve("a/site");
        Path second = dir.resolve("b/deeper/path with spaces/site");
        build(first, "1", "tr", "TR", "Pacific/Kiritimati");
        build(second, "7", "ar", "EG", "America/St_Johns");
        Map<String, byte[]> a = SiteChecks.allBytes(first);
        Map<String, byte[]> b = SiteChecks.allBytes(second);
        assertTrue(a.size() > 20, a.keySet().toString());
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
    }

    private static void build(Path out, String threads, String language, String country, String zone)
            throws IOException, InterruptedException {
        Path content = ContentSiteTest.CONTENT.toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=" + threads,
                "-Duser.language=" + language,
                "-Duser.country=" + country,
                "-Duser.timezone=" + zone,
                "-Dfile.encoding=" + (threads.equals("1") ? "UTF-8" : "ISO-8859-1"),
                "-cp",
                System.getProperty("java.class.path"),
                "org.troubleshoot.cli.Main",
                "build",
                content.toString(),
                "--out",
                out.toString(),
                "--exclude",
                content.resolve("target").toString(),
                "--exclude",
                content.resolve("pom.xml").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "build did not finish");
        assertEquals(0, process.exitValue(), output);
    }
}
