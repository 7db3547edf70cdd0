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
 * {@code title}, {@code baseUrl}, {@code editUrl}, {@code audience}, {@code strict} and {@code language} (or
 * {@code languages}: the same setting, which reads better with several).
 */
public final class SettingsFile {
    public static final String NAME = "troubleshoot.properties";
    private static final Set<String> KEYS = Set.of("title", "baseUrl", "editUrl", "audience", "strict", "language",
            "languages");

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
            if (key.startsWith("language") && KEYS.contains(key)) {
                language(file, key, properties.getProperty(key).strip(), values, diagnostics);
            } else if (KEYS.contains(key)) {
                values.put(key, properties.getProperty(key).strip());
            } else {
                diagnostics.add(Diagnostic.warning(NAME, lineOf(file, key), 1, "unknown setting '" + key + "'",
                        "Use one of title, baseUrl, editUrl, audience, strict, language, or remove the line."));
            }
        }
        return new Values(values, diagnostics);
    }

    /**
     * {@code language} or {@code languages}, checked here where the line is known, and kept as {@code language}
     * in its normal form ({@code pt-br} → {@code pt-BR}).
     */
    private static void language(Path file, String key, String value, Map<String, String> values,
                                 List<Diagnostic> diagnostics) {
        int line = lineOf(file, key);
        if (values.containsKey("language")) {
            diagnostics.add(Diagnostic.error(NAME, line, 1, "both language and languages are set",
                    "Keep one line: language = de for one language, languages = en, de, ja for several."));
            return;
        }
        try {
            values.put("language", String.join(", ", Languages.parse(value).tags()));
        } catch (Languages.Invalid e) {
            diagnostics.add(Diagnostic.error(NAME, line, columnOf(file, line, e.code()), e.getMessage(), e.hint()));
        }
    }

    /**
     * The column of {@code code} in the value of the key on {@code line}, or where the value starts (1 if the line
     * cannot be read).
     */
    private static int columnOf(Path file, int line, String code) {
        try {
            String text = Files.readAllLines(file, StandardCharsets.UTF_8).get(line - 1);
            int separator = text.indexOf('=') >= 0 ? text.indexOf('=') : text.indexOf(':');
            int column = separator + 1;
            while (column < text.length() && Character.isWhitespace(text.charAt(column))) {
                column++;
            }
            int at = code.isEmpty() ? -1 : text.indexOf(code, column);
            return separator < 0 ? 1 : (at >= 0 ? at : column) + 1;
        } catch (IOException | IndexOutOfBoundsException e) {
            return 1;
        }
    }

    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                // The key and then its separator: "language" is not the line of "languages = …".
                if (line.startsWith(key) && (line.length() == key.length()
                        || "=: \t".indexOf(line.charAt(key.length())) >= 0)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
