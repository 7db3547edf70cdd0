package org.troubleshoot.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.plan.FileContent;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.PlannedFile;

class RepublisherTest {
    @TempDir
    Path dir;

    private static PlannedFile file(String path, String text) {
        return file(path, out -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            // In small pieces, as pages are written: the comparison must hold across them.
            for (int i = 0; i < bytes.length; i += 3) {
                out.write(bytes, i, Math.min(3, bytes.length - i));
            }
        });
    }

    private static PlannedFile file(String path, FileContent content) {
        return PlannedFile.shared(path, Origin.generated("test"), "public", false, content);
    }

    private Path site(List<PlannedFile> files) throws IOException {
        Path out = dir.resolve("site");
        Republisher.publish(new OutputFolder(out), files, Republisher.Reuse.NEVER);
        return out;
    }

    /** Every file's identity: inode and modification time, by path. */
    private static Map<String, FileStamp> stamps(Path root) throws IOException {
        Map<String, FileStamp> stamps = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                stamps.put(root.relativize(file).toString().replace('\\', '/'), FileStamp.of(file));
            }
        }
        return stamps;
    }

    private static List<PlannedFile> files(String page) {
        return List.of(
                file("site.json", "{}\n"),
                file("index.html", "<p>home</p>"),
                file("a/page.html", page),
                file("a/b/deep.html", "deep"),
                file("empty.txt", ""));
    }

    @Test
    void theSameFilesAgainLeaveTheOutputFolderUntouched() throws IOException {
        Path out = site(files("page one"));
        Object folder = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
        Map<String, FileStamp> before = stamps(out);
        Republisher.Outcome outcome =
                Republisher.publish(new OutputFolder(out), files("page one"), Republisher.Reuse.NEVER);
        assertFalse(outcome.changed());
        assertEquals(Set.of(), outcome.written());
        assertEquals(before, stamps(out));
        assertEquals(before, new TreeMap<>(outcome.stamps()));
        assertEquals(
                folder, Files.readAttributes(out, BasicFileAttributes.class).fileKey());
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void onlyTheFilesWhoseBytesDifferAreNewTheOthersKeepTheirInodeAndTime() throws IOException {
        Path out = site(files("page one"));
        Map<String, FileStamp> before = stamps(out);
        for (String changed : List.of("page two", "page on", "page one!", "")) {
            Map<String, FileStamp> previous = stamps(out);
            Republisher.Outcome outcome =
                    Republisher.publish(new OutputFolder(out), files(changed), Republisher.Reuse.NEVER);
            assertTrue(outcome.changed());
            assertEquals(Set.of("a/page.html"), outcome.written(), changed);
            Map<String, FileStamp> after = stamps(out);
            assertEquals(previous.keySet(), after.keySet());
            for (String path : after.keySet()) {
                assertEquals(!path.equals("a/page.html"), previous.get(path).equals(after.get(path)), path);
            }
            assertEquals(changed, Files.readString(out.resolve("a/page.html")));
            assertEquals(before.get("site.json"), after.get("site.json"));
        }
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aFileLeftOutOrAStrayFileReplacesTheFolderKeepingTheUnchangedFiles() throws IOException {
        Path out = site(files("page one"));
        Map<String, FileStamp> before = stamps(out);
        List<PlannedFile> fewer = new ArrayList<>(files("page one"));
        fewer.remove(3);
        Republisher.Outcome outcome = Republisher.publish(new OutputFolder(out), fewer, Republisher.Reuse.NEVER);
        assertTrue(outcome.changed());
        assertFalse(Files.exists(out.resolve("a/b")));
        assertEquals(before.get("a/page.html"), stamps(out).get("a/page.html"));

        Files.writeString(out.resolve("stray.html"), "not ours");
        assertTrue(Republisher.publish(new OutputFolder(out), fewer, Republisher.Reuse.NEVER)
                .changed());
        assertFalse(Files.exists(out.resolve("stray.html")));
        assertEquals(before.get("site.json"), stamps(out).get("site.json"));
    }

    @Test
    void aFailureMidwayLeavesThePreviousSiteExactlyAsItWasAndNoStagingBehind() throws IOException {
        Path out = site(files("page one"));
        Map<String, FileStamp> before = stamps(out);
        Map<String, byte[]> bytes = bytes(out);
        List<PlannedFile> failing = new ArrayList<>(files("page two"));
        failing.add(file("z.html", o -> {
            o.write("half a page".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertThrows(
                IOException.class, () -> Republisher.publish(new OutputFolder(out), failing, Republisher.Reuse.NEVER));
        assertEquals(before, stamps(out));
        Map<String, byte[]> after = bytes(out);
        assertEquals(bytes.keySet(), after.keySet());
        bytes.forEach((path, content) -> assertArrayEquals(content, after.get(path), path));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aReusableFileIsNotMadeAtAll() throws IOException {
        Path out = site(files("page one"));
        List<PlannedFile> files = new ArrayList<>(files("page one"));
        files.set(2, file("a/page.html", o -> {
            throw new AssertionError("made although reusable");
        }));
        Republisher.Outcome outcome = Republisher.publish(
                new OutputFolder(out), files, (file, stamp) -> file.path().equals("a/page.html"));
        assertFalse(outcome.changed());
        assertEquals(1, outcome.reused());
        assertEquals("page one", Files.readString(out.resolve("a/page.html")));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, byte[]> bytes(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
