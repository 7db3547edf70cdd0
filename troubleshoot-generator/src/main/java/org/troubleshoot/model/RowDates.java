package org.troubleshoot.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each row of the content last changed, from git: for every content file, the date of the last commit that
 * changed each of its lines ({@code git blame}), and the date of the file's last commit. An entry's date is the
 * newest of its rows' dates; a row that is not committed yet counts as changed on the file's date, and a file
 * git does not know has no dates at all. Dates come from commits only, so two builds of one commit agree.
 * Immutable.
 */
public final class RowDates {
    public static final RowDates NONE = new RowDates(Map.of(), Map.of());

    /** File → date (YYYY-MM-DD) of each line, index 0 for line 1; null where the line is not committed. */
    private final Map<String, String[]> lines;
    /** File → date of its last commit. */
    private final Map<String, String> files;

    private RowDates(Map<String, String[]> lines, Map<String, String> files) {
        this.lines = lines;
        this.files = files;
    }

    /**
     * @param lines per content file, the date of each of its lines (index 0 for line 1; null for a line not
     *              committed yet); the arrays are copied
     * @param files per content file, the date of its last commit
     */
    public static RowDates of(Map<String, String[]> lines, Map<String, String> files) {
        Map<String, String[]> copy = new HashMap<>();
        lines.forEach((file, dates) -> copy.put(file, dates.clone()));
        return new RowDates(Map.copyOf(copy), Map.copyOf(files));
    }

    /** The same dates with {@code file}'s lines replaced (the live preview blames an edited file again). */
    public RowDates withFile(String file, String[] dates) {
        Map<String, String[]> copy = new HashMap<>(lines);
        if (dates == null) {
            copy.remove(file);
        } else {
            copy.put(file, dates.clone());
        }
        return new RowDates(Map.copyOf(copy), files);
    }

    /** When the entry last changed: the newest date of its rows (YYYY-MM-DD); empty when git knows none. */
    public Optional<String> of(Entry entry) {
        String file = entry.source().file();
        String[] dates = lines.get(file);
        String newest = null;
        for (Cause cause : entry.causes()) {
            int line = cause.source().line();
            String date = dates != null && line >= 1 && line <= dates.length ? dates[line - 1] : null;
            if (date == null) {
                date = files.get(file);
            }
            if (date != null && (newest == null || date.compareTo(newest) > 0)) {
                newest = date;
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Whether any file has dates (false outside a git repository). */
    public boolean isEmpty() {
        return files.isEmpty() && lines.isEmpty();
    }

    /** Per content file, the date of each of its lines (copies: see {@link #of}), as {@link #of} was given them. */
    public Map<String, String[]> lines() {
        Map<String, String[]> copy = new HashMap<>();
        lines.forEach((file, dates) -> copy.put(file, dates.clone()));
        return copy;
    }

    /** Per content file, the date of its last commit. */
    public Map<String, String> files() {
        return files;
    }

    /** Equal when every file has the same dates, line by line (the build cache compares what it read back). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RowDates that)
                || !files.equals(that.files)
                || !lines.keySet().equals(that.lines.keySet())) {
            return false;
        }
        for (Map.Entry<String, String[]> file : lines.entrySet()) {
            if (!Arrays.equals(file.getValue(), that.lines.get(file.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = files.hashCode();
        for (Map.Entry<String, String[]> file : lines.entrySet()) {
            hash += file.getKey().hashCode() ^ Arrays.hashCode(file.getValue());
        }
        return hash;
    }

    @Override
    public String toString() {
        return "RowDates[" + lines.size() + " files blamed, " + files.size() + " dated]";
    }
}
