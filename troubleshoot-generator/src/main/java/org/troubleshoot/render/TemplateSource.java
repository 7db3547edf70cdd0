package org.troubleshoot.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.troubleshoot.plan.FileContent;

/**
 * Where templates and assets come from: a writer's template folder first, file by file, then the default
 * template packaged in the {@code site-template} jar (under {@value #PACKAGED}).
 */
public final class TemplateSource {
    static final String PACKAGED = "troubleshoot/template/";
    private static final String ASSET_LIST = PACKAGED + "assets.list";

    private final Optional<Path> overrides;

    /** @param overrides a folder whose files replace the default ones with the same name, or empty */
    public TemplateSource(Optional<Path> overrides) {
        this.overrides = overrides.map(p -> p.toAbsolutePath().normalize());
    }

    /** The template or asset {@code name} ('/'-separated, relative to the template root), or empty. */
    Optional<InputStream> open(String name) throws IOException {
        if (overrides.isPresent()) {
            Path file = overrides.get().resolve(name).normalize();
            // Real paths: a symbolic link in the template folder may not lead out of it.
            if (Files.isRegularFile(file)
                    && file.toRealPath().startsWith(overrides.get().toRealPath())) {
                return Optional.of(Files.newInputStream(file));
            }
        }
        return Optional.ofNullable(TemplateSource.class.getClassLoader().getResourceAsStream(PACKAGED + name));
    }

    /**
     * A file of the template as it is packaged, then as the template folder has it, where they exist: for files
     * that are merged rather than replaced (messages, key by key).
     */
    List<Version> versions(String name) throws IOException {
        List<Version> versions = new ArrayList<>();
        try (InputStream in = TemplateSource.class.getClassLoader().getResourceAsStream(PACKAGED + name)) {
            if (in != null) {
                versions.add(new Version("default template " + name, in.readAllBytes()));
            }
        }
        if (overrides.isPresent()) {
            Path file = overrides.get().resolve(name).normalize();
            if (Files.isRegularFile(file)
                    && file.toRealPath().startsWith(overrides.get().toRealPath())) {
                versions.add(new Version(file.toString(), Files.readAllBytes(file)));
            }
        }
        return versions;
    }

    /** One version of a template file: where it comes from (for messages) and its bytes. */
    record Version(String description, byte[] bytes) {}

    /** The bytes of template file {@code name}, which must exist (see {@link #assetNames()}). */
    FileContent content(String name) {
        return out -> {
            Optional<InputStream> in = open(name);
            if (in.isEmpty()) {
                throw new IOException("asset " + name + " is listed but missing from the site template");
            }
            try (InputStream from = in.get()) {
                from.transferTo(out);
            }
        };
    }

    Reader reader(String name) {
        try {
            return open(name)
                    .map(in -> new InputStreamReader(in, StandardCharsets.UTF_8))
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@code name} comes from, for error messages. */
    String describe(String name) {
        if (overrides.isPresent() && Files.isRegularFile(overrides.get().resolve(name))) {
            return overrides.get().resolve(name).toString();
        }
        return "default template " + name;
    }

    /** The asset files of the site ({@code assets/...}): the packaged ones plus any in the override folder. */
    List<String> assetNames() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (InputStream list = TemplateSource.class.getClassLoader().getResourceAsStream(ASSET_LIST)) {
            if (list == null) {
                throw new IOException("the site template jar has no " + ASSET_LIST);
            }
            for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        }
        if (overrides.isPresent() && Files.isDirectory(overrides.get().resolve("assets"))) {
            Path root = overrides.get();
            try (Stream<Path> files = Files.walk(root.resolve("assets"))) {
                files.filter(Files::isRegularFile)
                        .forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
            }
        }
        return new ArrayList<>(names);
    }
}
