package org.troubleshoot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFolderTest {
    @TempDir
    Path dir;

    @Test
    void buildFoldersAreRecognisedByWhatIsBesideThem() throws IOException {
        Path maven = Files.createDirectories(dir.resolve("maven/target"));
        Files.writeString(dir.resolve("maven/pom.xml"), "<project/>");
        Path notMaven = Files.createDirectories(dir.resolve("guides/target"));
        Path gradle = Files.createDirectories(dir.resolve("gradle/build"));
        Files.writeString(dir.resolve("gradle/build.gradle.kts"), "");
        Path buildErrors = Files.createDirectories(dir.resolve("docs/build"));
        Path site = Files.createDirectories(dir.resolve("public-site/assets/search"))
                .getParent()
                .getParent();
        Files.writeString(site.resolve("site.json"), "{}");
        Files.writeString(site.resolve("assets/search/meta.js"), "");
        assertTrue(ContentFolder.isBuildFolder(maven));
        assertFalse(ContentFolder.isBuildFolder(notMaven), "a folder of pages about targets");
        assertTrue(ContentFolder.isBuildFolder(gradle));
        assertFalse(ContentFolder.isBuildFolder(buildErrors), "pages about build errors");
        assertTrue(ContentFolder.isBuildFolder(Files.createDirectories(dir.resolve("node_modules"))));
        assertTrue(ContentFolder.isBuildFolder(site), "an earlier output, wherever it went");
    }

    @Test
    void staticFilesArePublishedAtTheSiteRoot() {
        assertTrue(ContentFolder.isStatic("static/downloads/guide.pdf"));
        assertEquals("downloads/guide.pdf", ContentFolder.publishedPath("static/downloads/guide.pdf"));
        assertFalse(ContentFolder.isStatic("images/static.png"));
        assertEquals("images/flow.png", ContentFolder.publishedPath("images/flow.png"));
        assertFalse(ContentFolder.isStatic("statically.md"));
    }

    @Test
    void hiddenAndBuildFilesAreNeverContent() {
        assertTrue(ContentFolder.isHidden(".env"));
        assertTrue(ContentFolder.isBuildFile("pom.xml"));
        assertTrue(ContentFolder.isBuildFile(SettingsFile.NAME));
        assertFalse(ContentFolder.isBuildFile("faq.md"));
    }
}
