package org.troubleshoot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.troubleshoot.diagnostic.Diagnostic;

class OutputPlanTest {
    private static final FileContent EMPTY = out -> {};

    private static PlannedFile page(String path, String file, int line) {
        return PlannedFile.ofPage(path, Origin.content(file, line, "the page " + file), "public", "p", EMPTY);
    }

    private static PlannedFile generated(String path, String what) {
        return PlannedFile.shared(path, Origin.generated(what), "public", true, EMPTY);
    }

    @Test
    void filesKeepTheOrderTheyWerePlannedIn() {
        OutputPlan plan = OutputPlan.builder()
                .add(generated("all.html", "the big one"))
                .add(page("faq.html", "faq.md", 1))
                .add(generated("index.html", "home"))
                .build();
        assertEquals(
                List.of("all.html", "faq.html", "index.html"),
                plan.files().stream().map(PlannedFile::path).toList());
        assertEquals("faq.md", plan.file("faq.html").orElseThrow().origin().file());
        assertTrue(plan.file("nothing.html").isEmpty());
        assertEquals(List.of(), plan.diagnostics());
    }

    @Test
    void aCollisionIsAnErrorOnTheContentFileNamingBothAndTheFirstFileStays() {
        OutputPlan plan = OutputPlan.builder()
                .add(page("404.html", "404.md", 1))
                .add(generated("404.html", "the generated not-found page"))
                .build();
        Diagnostic error = plan.diagnostics().get(0);
        assertEquals(
                "404.md:1:1: the page 404.md would be written to 404.html, like the generated not-found page",
                error.location() + ": " + error.message());
        assertTrue(error.isError());
        assertEquals(1, plan.files().size(), "one file per path");
        assertEquals("404.md", plan.files().get(0).origin().file());
    }

    @Test
    void twoContentFilesCollideAtTheLaterOneAndPathsAreComparedWithoutCase() {
        OutputPlan plan = OutputPlan.builder()
                .add(page("guide/Setup.html", "guide/Setup.md", 3))
                .add(page("guide/setup.html", "guide/setup.md", 7))
                .build();
        Diagnostic error = plan.diagnostics().get(0);
        assertEquals("guide/setup.md", error.file());
        assertEquals(7, error.line());
        assertTrue(error.message().contains("like guide/Setup.md:3 (the page guide/Setup.md)"), error.message());
        assertTrue(error.message().contains("differ only in case"), error.message());
    }

    @Test
    void aSelectionKeepsOrderAndLookups() {
        OutputPlan plan = OutputPlan.builder()
                .add(generated("a.html", "a"))
                .add(page("b.html", "b.md", 1))
                .add(generated("c.html", "c"))
                .build();
        OutputPlan shared = plan.select(f -> f.role() == PlannedFile.Role.SHARED);
        assertEquals(
                List.of("a.html", "c.html"),
                shared.files().stream().map(PlannedFile::path).toList());
        assertTrue(shared.file("b.html").isEmpty());
    }

    @Test
    void pathsThatLeaveTheSiteAreABugAndRefused() {
        for (String path : List.of("", "/etc/passwd", "../out.html", "a/../../b", "a\\b", "folder/")) {
            assertThrows(
                    IllegalArgumentException.class, () -> OutputPlan.builder().add(generated(path, "x")), path);
        }
    }
}
