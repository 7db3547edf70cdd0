package org.troubleshoot.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.troubleshoot.diagnostic.Diagnostic;

/**
 * The optional settings file of a content folder, {@value #NAME}: {@code key = value} lines for
 * {@code title}, {@code baseUrl}, {@code editUrl}, {@code audience}, {@code strict}, {@code brokenLinks},
 * {@code feedbackUrl}, {@code noResultsUrl} and {@code language} (or {@code languages}: the same setting, which
 * reads better with several), and {@code columns.<role>} lines that name more table columns (see the parser's
 * column vocabulary).
 *
 * <p>A key is written as the Maven plugin's parameter ({@code brokenLinks}) or as the command line's option
 * ({@code broken-links}): both spellings are the same key.
 */
public final class SettingsFile {
    public static final String NAME = "troubleshoot.properties";
    private static final Set<String> KEYS = Set.of(
            "title",
            "baseUrl",
            "editUrl",
            "audience",
            "strict",
            "brokenLinks",
            "feedbackUrl",
            "noResultsUrl",
            "language",
            "languages");
    /** Keys {@code columns.<role>}: the names of more columns of that role. */
    public static final String COLUMNS = "columns.";

    private SettingsFile() {}

    /**
     * The values written in the file (none if there is no file), and problems with it.
     *
     * @param values keys as the plugin spells them ({@code baseUrl}), values trimmed
     * @param lines  the line of each key in the file, for messages about its value
     */
    public record Values(Map<String, String> values, List<Diagnostic> diagnostics, Map<String, Integer> lines) {
        public Values(Map<String, String> values, List<Diagnostic> diagnostics) {
            this(values, diagnostics, Map.of());
        }

        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        /** The line of {@code key} in the file, or 0. */
        public int line(String key) {
            return lines.getOrDefault(key, 0);
        }

        /** The {@code columns.<role>} names, comma-separated in the file, by role as written, in key order. */
        public Map<String, List<String>> columns() {
            Map<String, List<String>> columns = new TreeMap<>();
            values.forEach((key, value) -> {
                if (key.startsWith(COLUMNS)) {
                    columns.put(
                            key.substring(COLUMNS.length()),
                            Arrays.stream(value.split(","))
                                    .map(String::strip)
                                    .filter(name -> !name.isEmpty())
                                    .toList());
                }
            });
            return columns;
        }

        /** The file's {@code brokenLinks}, if it has a valid one (an invalid one is an error of {@link #read}). */
        public Optional<BrokenLinks> brokenLinks() {
            return get("brokenLinks").flatMap(BrokenLinks::named);
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
            return new Values(
                    Map.of(),
                    List.of(Diagnostic.error(
                            NAME,
                            0,
                            0,
                            "cannot read the settings: " + e.getMessage(),
                            "Write one key = value per line, in UTF-8.")));
        }
        Map<String, String> values = new TreeMap<>();
        Map<String, Integer> lines = new TreeMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        // Keys as the plugin spells them first: written both ways, that one counts.
        List<String> keys = properties.stringPropertyNames().stream()
                .sorted(Comparator.comparing((String k) -> !k.equals(camelCase(k)))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (String written : keys) {
            String key = camelCase(written);
            int line = lineOf(file, written);
            if (!KEYS.contains(key) && !(key.startsWith(COLUMNS) && key.length() > COLUMNS.length())) {
                diagnostics.add(Diagnostic.warning(
                        NAME,
                        line,
                        1,
                        "unknown setting '" + written + "'",
                        "Use one of title, baseUrl, editUrl, audience, strict, brokenLinks, feedbackUrl, noResultsUrl,"
                                + " language, columns.<role>, or remove the line."));
            } else if (key.startsWith("language")) {
                language(file, line, properties.getProperty(written).strip(), values, diagnostics);
                lines.putIfAbsent("language", line);
            } else if (values.putIfAbsent(key, properties.getProperty(written).strip()) != null) {
                diagnostics.add(Diagnostic.warning(
                        NAME,
                        line,
                        1,
                        "'" + written + "' sets " + key + " a second time",
                        "Keep one of the two lines: " + key + " and its command-line spelling are the same setting."));
            } else {
                lines.put(key, line);
            }
        }
        String brokenLinks = values.get("brokenLinks");
        if (brokenLinks != null && BrokenLinks.named(brokenLinks).isEmpty()) {
            diagnostics.add(Diagnostic.error(
                    NAME,
                    lines.get("brokenLinks"),
                    1,
                    "brokenLinks '" + brokenLinks + "' is not error or warn",
                    "Write brokenLinks = error, or warn."));
        }
        return new Values(values, diagnostics, lines);
    }

    /**
     * {@code language} or {@code languages} (the same setting, which reads better with several), checked here
     * where the line is known, and kept as {@code language} in its normal form ({@code pt-br} → {@code pt-BR}).
     */
    private static void language(
            Path file, int line, String value, Map<String, String> values, List<Diagnostic> diagnostics) {
        if (values.containsKey("language")) {
            diagnostics.add(Diagnostic.error(
                    NAME,
                    line,
                    1,
                    "both language and languages are set",
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

    /** {@code broken-links} as {@code brokenLinks}: the command line's spelling of a key as the plugin's. */
    static String camelCase(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                // The key and then its separator: "language" is not the line of "languages = …".
                if (line.startsWith(key)
                        && (line.length() == key.length() || "=: \t".indexOf(line.charAt(key.length())) >= 0)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
