package org.troubleshoot.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * What in a content folder is content, and what of it is published as it is. The one home of these rules:
 * the parser's scan and the link stage both ask here.
 *
 * <ul>
 *   <li>Never content: hidden files and folders (a name starting with "."), build files ({@link #BUILD_FILES})
 *       and build folders: {@code target/} beside a {@code pom.xml}, {@code build/} beside a Gradle build,
 *       {@code node_modules/}, and any folder that holds a site this generator built (a previous output).</li>
 *   <li>Published as they are: the files of the static folder {@value #STATIC}/, at the site root
 *       ({@code static/robots.txt} becomes {@code robots.txt}... unless the generator writes that file itself,
 *       which is an error naming both).</li>
 *   <li>Every other file that is not Markdown is published only when a page links to it or embeds it.</li>
 * </ul>
 */
public final class ContentFolder {
    /** The folder whose files are published at the site root as they are. */
    public static final String STATIC = "static";

    /** Files that build or configure a project: never pages, never published. */
    static final Set<String> BUILD_FILES = Set.of(
            "pom.xml",
            "build.gradle",
            "build.gradle.kts",
            "settings.gradle",
            "settings.gradle.kts",
            "gradle.properties",
            "package.json",
            "package-lock.json",
            "Makefile",
            "mvnw",
            "mvnw.cmd",
            "gradlew",
            "gradlew.bat",
            SettingsFile.NAME);

    private ContentFolder() {}

    /** Whether a file or folder called {@code name} is hidden (and so never read or published). */
    public static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    /** Whether {@code file} (a file name, no folder) is a build or settings file. */
    public static boolean isBuildFile(String name) {
        return BUILD_FILES.contains(name);
    }

    /** Whether {@code folder} holds build output or tools' files rather than content. */
    public static boolean isBuildFolder(Path folder) {
        String name = folder.getFileName().toString();
        Path parent = folder.getParent();
        if (name.equals("node_modules")) {
            return true;
        }
        if (name.equals("target") && parent != null && Files.isRegularFile(parent.resolve("pom.xml"))) {
            return true;
        }
        if (name.equals("build")
                && parent != null
                && (Files.isRegularFile(parent.resolve("build.gradle"))
                        || Files.isRegularFile(parent.resolve("build.gradle.kts")))) {
            return true;
        }
        // A site this generator wrote earlier, wherever its output went: never read back as content.
        return Files.isRegularFile(folder.resolve("site.json"))
                && Files.isRegularFile(folder.resolve("assets/search/meta.js"));
    }

    /** Whether the content-relative path {@code file} lies in the static folder. */
    public static boolean isStatic(String file) {
        return file.startsWith(STATIC + "/");
    }

    /** Where a content file is published, relative to the site root: static files at the root. */
    public static String publishedPath(String file) {
        return isStatic(file) ? file.substring(STATIC.length() + 1) : file;
    }
}
