package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableColumnsTest {
    private static final int NONE = TableColumns.NONE;
    private final ColumnVocabulary vocabulary = ColumnVocabulary.builtIn();

    private TableColumns of(String... headers) {
        return TableColumns.of(List.of(headers), vocabulary);
    }

    @Test
    void aSymptomAndAFixColumnMakeATroubleshootingTableWhereverTheyAre() {
        TableColumns columns = of("Severity", "Symptom", "Root cause", "Fix");
        assertTrue(columns.isTroubleshooting());
        assertEquals(List.of(1, 2, 3), List.of(columns.symptom(), columns.cause(), columns.fix()));
        assertEquals(List.of(0), columns.extras());
        assertEquals(NONE, columns.code());
    }

    @Test
    void inATableOfCodesTheDescriptionIsTheSymptomAndTheCodeAnExtraColumn() {
        TableColumns columns = of("Error code", "Description", "Probable cause", "Suggested remediation");
        assertTrue(columns.isTroubleshooting());
        assertEquals(1, columns.symptom());
        assertEquals(0, columns.code());
        assertEquals(List.of(0), columns.extras());
        assertEquals(0, columns.codeAmongExtras());
    }

    @Test
    void aDescriptionBesideASymptomStaysAnExtraColumn() {
        TableColumns columns = of("Error", "Description", "Mitigation");
        assertEquals(0, columns.symptom());
        assertEquals(List.of(1), columns.extras());
        assertEquals(NONE, columns.codeAmongExtras());
    }

    @Test
    void theFirstColumnOfARoleCountsAndTheOthersAreExtras() {
        TableColumns columns = of("Message", "Error", "Probable cause", "Solution");
        assertEquals(0, columns.symptom());
        assertEquals(List.of(1), columns.extras());
    }

    @Test
    void referenceTablesAreOrdinaryAndHalfTablesSayWhatIsMissing() {
        for (TableColumns ordinary : List.of(
                of("Property", "Default", "Description"),
                of("Error code", "Description"),
                of("Name", "Tagline", "Category"),
                of("Host Environment", "", ""))) {
            assertFalse(ordinary.isTroubleshooting(), ordinary.toString());
            assertEquals(Optional.empty(), ordinary.missing(), ordinary.toString());
        }
        assertEquals(
                Optional.of(ColumnRole.FIX),
                of("#", "Issue", "Severity", "Fixed by").missing());
        assertEquals(
                Optional.of(ColumnRole.SYMPTOM), of("Incident", "Check", "Fix").missing());
        assertFalse(of("Incident", "Check", "Fix").isTroubleshooting());
    }

    @Test
    void nonEnglishHeadersAndACombinedCauseAndFixColumn() {
        assertTrue(of("Problem", "Ursache", "Lösung").isTroubleshooting());
        assertTrue(of("症状", "原因", "対処").isTroubleshooting());
        TableColumns combined = of("现象", "原因/处理");
        assertTrue(combined.isTroubleshooting());
        assertEquals(NONE, combined.cause());
        assertEquals(1, combined.fix());
        assertEquals(Set.of("zh"), combined.languages());
    }
}
