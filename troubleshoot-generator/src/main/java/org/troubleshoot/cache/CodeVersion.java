package org.troubleshoot.cache;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What identifies the code that makes a site, for the cache's key: the generator's version, the Java runtime
 * (text folding follows its Unicode tables), and each jar the output depends on — the generator, the default
 * template (its templates, assets and messages), Flexmark, Mustache, Gson, jsoup — by path, size and time. A snapshot build keeps its version while its
 * code changes, so the version alone would not do; a jar rebuilt or replaced changes its size or time. Code run
 * from a classes folder (the project's own tests) is identified by its newest file.
 */
final class CodeVersion {
    private static final String TEMPLATE_RESOURCE = "troubleshoot/template/assets.list";

    private CodeVersion() {}

    static String of(String generatorVersion, List<Class<?>> classes) {
        StringBuilder id = new StringBuilder("troubleshoot ")
                .append(generatorVersion)
                .append("; java ")
                .append(Runtime.version());
        Set<Path> locations = new LinkedHashSet<>();
        for (Class<?> type : classes) {
            location(type).ifPresent(locations::add);
        }
        URL template = CodeVersion.class.getClassLoader().getResource(TEMPLATE_RESOURCE);
        if (template != null) {
            id.append("; template ").append(template);
            // Its jar or folder too: the default templates, assets and messages change with it.
            templateLocation(template).ifPresent(locations::add);
        }
        for (Path location : locations) {
            id.append("; ").append(location).append(' ').append(stamp(location));
        }
        return id.toString();
    }

    /** The jar or classes folder a resource was found in. */
    static Optional<Path> templateLocation(URL resource) {
        try {
            if (resource.getProtocol().equals("jar")) {
                String path = resource.getPath();
                int end = path.indexOf("!/");
                return end < 0 ? Optional.empty() : Optional.of(Path.of(new URL(path.substring(0, end)).toURI()));
            }
            if (resource.getProtocol().equals("file")) {
                Path file = Path.of(resource.toURI());
                Path root = file;
                for (int i = 0; i < TEMPLATE_RESOURCE.split("/").length && root != null; i++) {
                    root = root.getParent();
                }
                return Optional.ofNullable(root);
            }
        } catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
            // an unusual class loader: the resource's address above still names it
        }
        return Optional.empty();
    }

    private static Optional<Path> location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A jar's size and time; a folder's newest file (its time and name). */
    private static String stamp(Path location) {
        try {
            if (Files.isRegularFile(location)) {
                BasicFileAttributes attributes = Files.readAttributes(location, BasicFileAttributes.class);
                return attributes.size() + " " + attributes.lastModifiedTime().toMillis();
            }
            List<String> newest = new ArrayList<>(List.of("", "0"));
            long[] latest = {0};
            try (Stream<Path> files = Files.walk(location)) {
                files.filter(Files::isRegularFile).forEach(file -> {
                    try {
                        long time = Files.getLastModifiedTime(file).toMillis();
                        if (time > latest[0]) {
                            latest[0] = time;
                            newest.set(0, file.toString());
                        }
                    } catch (IOException e) {
                        latest[0] = Long.MAX_VALUE; // unreadable: never matches a stored version
                    }
                });
            }
            return newest.get(0) + " " + latest[0];
        } catch (IOException e) {
            return "unreadable " + System.nanoTime(); // never the same twice: the cache is not used
        }
    }
}
