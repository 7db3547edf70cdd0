package org.troubleshoot.config;

import org.troubleshoot.diagnostic.Diagnostic;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The optional settings file of a content folder, {@value #NAME}: {@code key = value} lines for
 * {@code title}, {@code baseUrl}, {@code editUrl}, {@code audience}, {@code strict}, {@code feedbackUrl} and
 * {@code noResultsUrl}.
 */
public final class SettingsFile {
    public static final String NAME = "troubleshoot.properties";
    private static final Set<String> KEYS = Set.of("title", "baseUrl", "editUrl", "audience", "strict",
            "feedbackUrl", "noResultsUrl");

    private SettingsFile() {
    }

    /** The values written in the file (none if there is no file), and problems with it. */
    public record Values(Map<String, String> values, List<Diagnostic> diagnostics) {
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }
    }

    public static Values read(Path contentDirectory) {
        Path file = contentDirectory.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return new Values(Map.of(), List.of());
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return new Values(Map.of(), List.of(Diagnostic.error(NAME, 0, 0, "cannot read the settings: " + e.getMessage(),
                    "Write one key = value per line, in UTF-8.")));
        }
        Map<String, String> values = new TreeMap<>();
        List<Diagnostic> diagnostics = new java.util.ArrayList<>();
        for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
            if (KEYS.contains(key)) {
                values.put(key, properties.getProperty(key).strip());
            } else {
                diagnostics.add(Diagnostic.warning(NAME, lineOf(file, key), 1, "unknown setting '" + key + "'",
                        "Use one of title, baseUrl, editUrl, audience, strict, feedbackUrl, noResultsUrl, or"
                                + " remove the line."));
            }
        }
        return new Values(values, diagnostics);
    }

    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(key)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
