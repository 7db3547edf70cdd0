package org.troubleshoot.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.ErrorCode;
import org.troubleshoot.model.SourcePosition;

/**
 * The rows of one entry while its table is read. Consecutive rows with the same symptom are one entry with
 * several causes (docs/writing.md, "Several causes for one symptom"), unless a later row's other cells say
 * otherwise: the first row gives the entry its id, its symptom and its extra cells; each row adds its cause and
 * what to do, and its codes.
 */
final class EntryRows {
    private final String key;
    private final IdAttribute attribute;
    private final String id;
    private final Cell symptom;
    private final List<Cell> extras;
    /** Index in {@link #extras} of the code column, or -1: a later row may add codes (see {@link #differing}). */
    private final int codeColumn;

    private final List<Cause> causes = new ArrayList<>();
    /** Code key → code as first written: a code repeated on the rows of one entry is one code. */
    private final Map<String, String> codes = new LinkedHashMap<>();

    private final SourcePosition source;

    /**
     * @param key       the symptom as rows are compared: its text in lower case
     * @param attribute the {@code {#id}} written after the symptom
     */
    EntryRows(
            String key,
            IdAttribute attribute,
            String id,
            Cell symptom,
            List<Cell> extras,
            int codeColumn,
            SourcePosition source) {
        this.key = key;
        this.attribute = attribute;
        this.id = id;
        this.symptom = symptom;
        this.extras = List.copyOf(extras);
        this.codeColumn = codeColumn;
        this.source = source;
    }

    /**
     * Whether a row with symptom {@code rowKey} and attribute {@code rowAttribute} may add a cause to this entry:
     * the same symptom, and no id of its own (or the same ids); it does unless its other cells say otherwise
     * ({@link #differing}). An empty symptom continues nothing.
     */
    boolean continuedBy(String rowKey, IdAttribute rowAttribute) {
        return !rowKey.isEmpty()
                && rowKey.equals(key)
                && (rowAttribute.all().isEmpty()
                        || rowAttribute.all().equals(attribute.all())
                                && rowAttribute.audience().equals(attribute.audience()));
    }

    /**
     * The index (in the extra columns) of the first extra cell of a row that is written and differs from the first
     * row's, or -1 when there is none: such a row says something else about the symptom, so it is an entry of its
     * own. The code column differs only when the row's codes are all new to the entry: a row may repeat a code of
     * the symptom and add others, but a row of other codes is another error (as in a table of codes, where two
     * codes can share a description).
     */
    int differing(List<Cell> rowExtras, List<String> rowCodes) {
        for (int i = 0; i < rowExtras.size() && i < extras.size(); i++) {
            Cell cell = rowExtras.get(i);
            if (i == codeColumn) {
                if (!rowCodes.isEmpty() && rowCodes.stream().noneMatch(c -> codes.containsKey(ErrorCode.key(c)))) {
                    return i;
                }
            } else if (!cell.isBlank()
                    && !Objects.equals(cell.text(), extras.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    /** Adds a row's cause and codes. */
    void add(Cause cause, List<String> rowCodes) {
        causes.add(cause);
        for (String code : rowCodes) {
            codes.putIfAbsent(ErrorCode.key(code), code);
        }
    }

    Entry entry() {
        return new Entry(id, symptom, causes, extras, attribute.aliases(), List.copyOf(codes.values()), source);
    }
}
