package org.troubleshoot.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnVocabularyTest {
    private final ColumnVocabulary vocabulary = ColumnVocabulary.builtIn();

    private Optional<ColumnRole> role(ColumnVocabulary of, String header) {
        return of.match(header).map(ColumnVocabulary.Name::role);
    }

    @Test
    void everyNameOfTheVocabularyIsRecognisedAsWrittenInUpperCaseAndWithPunctuation() {
        assertTrue(
                vocabulary.names().size() > 150, "names: " + vocabulary.names().size());
        for (ColumnVocabulary.Name name : vocabulary.names()) {
            assertEquals(Optional.of(name.role()), role(vocabulary, name.name()), name.toString());
            assertEquals(
                    Optional.of(name.role()),
                    role(vocabulary, "**" + name.name().toUpperCase(Locale.ROOT) + ":**"),
                    name.toString());
        }
    }

    @Test
    void headersAreMatchedWithoutCasePunctuationOrAccents() {
        assertEquals(Optional.of(ColumnRole.SYMPTOM), role(vocabulary, "**Symptom**"));
        assertEquals(Optional.of(ColumnRole.CAUSE), role(vocabulary, "  Likely   cause: "));
        assertEquals(Optional.of(ColumnRole.FIX), role(vocabulary, "What to do?"));
        assertEquals(Optional.of(ColumnRole.SYMPTOM), role(vocabulary, "Error-message"));
        assertEquals(Optional.of(ColumnRole.FIX), role(vocabulary, "LOSUNG"));
        assertEquals(Optional.of(ColumnRole.FIX), role(vocabulary, "solucion"));
        assertEquals(Optional.of(ColumnRole.SYMPTOM), role(vocabulary, "Symptome"));
        assertEquals(Optional.of(ColumnRole.FIX), role(vocabulary, "原因 / 处理"));
        assertEquals(Optional.of(ColumnRole.CODE), role(vocabulary, "Error Code"));
        assertEquals(Optional.of(ColumnRole.DESCRIPTION), role(vocabulary, "Description"));
        assertEquals(Optional.empty(), role(vocabulary, "Owner"));
        assertEquals(Optional.empty(), role(vocabulary, "Symptom owner"));
        assertEquals(Optional.empty(), role(vocabulary, ""));
    }

    /** The names the site's languages must have (the decision of the issue that introduced the vocabulary). */
    @Test
    void theSitesLanguagesHaveTheirNames() {
        Map<ColumnRole, List<String>> required = Map.of(
                ColumnRole.SYMPTOM,
                        List.of(
                                "Problem",
                                "Fehler",
                                "Symptom",
                                "症状",
                                "现象",
                                "Symptôme",
                                "Síntoma",
                                "Sintoma",
                                "Sintomo",
                                "Symptoom",
                                "Symptoms",
                                "Issue",
                                "Error",
                                "Error message",
                                "Message"),
                ColumnRole.CAUSE,
                        List.of(
                                "Ursache",
                                "Wahrscheinliche Ursache",
                                "原因",
                                "Cause",
                                "Causa",
                                "Oorzaak",
                                "Likely cause",
                                "Probable cause",
                                "Possible cause",
                                "Root cause",
                                "Reason"),
                ColumnRole.FIX,
                        List.of(
                                "Lösung",
                                "Abhilfe",
                                "Was tun",
                                "対処",
                                "対処方法",
                                "解決策",
                                "解决方法",
                                "处理",
                                "原因/处理",
                                "Solution",
                                "Solución",
                                "Solução",
                                "Soluzione",
                                "Oplossing",
                                "What to do",
                                "Resolution",
                                "Fix",
                                "Mitigation",
                                "Remediation",
                                "Suggested remediation",
                                "Workaround",
                                "Action"),
                ColumnRole.CODE, List.of("Code", "Error code"));
        required.forEach(
                (role, names) -> names.forEach(name -> assertEquals(Optional.of(role), role(vocabulary, name), name)));
        for (String language : List.of("en", "de", "fr", "es", "pt", "it", "nl", "ja", "zh")) {
            for (ColumnRole role : List.of(ColumnRole.SYMPTOM, ColumnRole.CAUSE, ColumnRole.FIX)) {
                assertTrue(
                        vocabulary.names().stream().anyMatch(n -> n.language().equals(language) && n.role() == role),
                        language + " " + role);
            }
        }
    }

    @Test
    void aSiteAddsNamesAndMayGiveAKnownNameAnotherRole() {
        ColumnVocabulary site = vocabulary
                .with(ColumnRole.FIX, List.of("Abhilfe-Plan", " Next move "))
                .with(ColumnRole.CAUSE, List.of("Problem"));
        assertEquals(Optional.of(ColumnRole.FIX), role(site, "abhilfe plan"));
        assertEquals(Optional.of(ColumnRole.FIX), role(site, "Next move"));
        assertEquals(Optional.of(ColumnRole.CAUSE), role(site, "Problem"));
        assertEquals(Optional.of(ColumnRole.SYMPTOM), role(vocabulary, "Problem"), "the built-in table is unchanged");
        assertEquals(ColumnVocabulary.SITE, site.match("Problem").get().language());
        assertTrue(
                site.names(ColumnRole.FIX, Set.of()).containsAll(List.of("Abhilfe-Plan", "Next move", "What to do")));
        assertTrue(
                site.names(ColumnRole.FIX, Set.of()).stream().noneMatch(n -> n.equals("Lösung")),
                "other languages' names only when asked for");
        assertTrue(site.names(ColumnRole.FIX, Set.of("de")).contains("Lösung"));
    }

    @Test
    void aVocabularyFileWithANameInTwoRolesOrABadLineIsRefused() {
        assertThrows(
                IllegalStateException.class,
                () -> ColumnVocabulary.read(
                        new BufferedReader(new StringReader("symptom\ten\tProblem\nfix\tde\tproblem\n"))));
        assertThrows(
                IllegalStateException.class,
                () -> ColumnVocabulary.read(new BufferedReader(new StringReader("symptom en Problem\n"))));
        assertThrows(
                IllegalStateException.class,
                () -> ColumnVocabulary.read(new BufferedReader(new StringReader("remedy\ten\tFix\n"))));
        assertEquals(2, assertDoesNotThrowRead("# comment\nrole\tlanguage\tname\n\nsymptom\ten\tA\nsymptom\tde\ta\n"));
    }

    private static int assertDoesNotThrowRead(String text) {
        try {
            return ColumnVocabulary.read(new BufferedReader(new StringReader(text)))
                    .size();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void keysFoldAccentsAndFullWidthFormsAndKeepEveryScriptsLetters() {
        assertEquals("losung", ColumnVocabulary.key("Lösung"));
        assertEquals("what to do", ColumnVocabulary.key("— What  to do? —"));
        assertEquals("abc", ColumnVocabulary.key("ＡＢＣ"));
        assertEquals("原因 处理", ColumnVocabulary.key("原因/处理"));
        assertEquals("error2", ColumnVocabulary.key("Error²"));
        assertEquals("massnahme", ColumnVocabulary.key("MASSNAHME"));
        assertEquals("massnahme", ColumnVocabulary.key("Maßnahme"));
    }
}
