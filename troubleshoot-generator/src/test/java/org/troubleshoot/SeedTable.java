package org.troubleshoot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed page read line by line, independently of the generator's parser: the oracle for "every row of
 * the Markdown appears in the output", and for how many rows and categories a build of it reports.
 */
public record SeedTable(String category, String symptom, String cause, String resolution) {
    /** Relative to the generator module, where its tests run. */
    public static final Path SEED = Path.of("src/test/resources/seed/troubleshooting.md");

    public static List<SeedTable> rows() throws IOException {
        List<SeedTable> rows = new ArrayList<>();
        String category = null;
        for (String line : Files.readAllLines(SEED)) {
            if (!line.startsWith("|")) {
                category = line.strip();
                continue;
            }
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            if (cells[0].strip().equals("Symptom") || cells[0].strip().startsWith("---")) {
                continue;
            }
            rows.add(new SeedTable(category, cells[0].strip(), cells[1].strip(), cells[2].strip()));
        }
        return rows;
    }

    /** The titles of the categories that have rows, in page order. */
    public static List<String> categories() throws IOException {
        return rows().stream().map(SeedTable::category).distinct().toList();
    }
}
