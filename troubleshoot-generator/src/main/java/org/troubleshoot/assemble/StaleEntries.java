package org.troubleshoot.assemble;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;

/**
 * {@code check --stale DAYS}: a warning for every entry whose rows have not changed in git for more than DAYS
 * days, newest first, so that a team can review its content on a schedule. An entry git has no date for (a file
 * not committed yet) is new, not stale.
 */
public final class StaleEntries {
    private StaleEntries() {}

    private record Stale(Entry entry, Category category, LocalDate date) {}

    /**
     * @param where where to report that there are no dates at all (the content folder)
     * @param today the day the ages are counted to
     */
    public static List<Diagnostic> check(Site site, int days, LocalDate today, String where) {
        if (site.rowDates().isEmpty()) {
            return List.of(Diagnostic.warning(
                    where,
                    0,
                    0,
                    "--stale " + days + " found no dates: the content"
                            + " folder is not in a git repository, or nothing in it is committed",
                    "Run the check in a clone of the content's repository (CI: fetch the whole history, e.g."
                            + " actions/checkout with fetch-depth: 0)."));
        }
        LocalDate limit = today.minusDays(days);
        List<Stale> stale = new ArrayList<>();
        for (Page page : site.pages()) {
            for (Category category : page.categories()) {
                for (Entry entry : category.entries()) {
                    Optional<String> updated = site.updated(entry);
                    if (updated.isPresent()) {
                        LocalDate date = LocalDate.parse(updated.get());
                        if (date.isBefore(limit)) {
                            stale.add(new Stale(entry, category, date));
                        }
                    }
                }
            }
        }
        stale.sort(Comparator.comparing(Stale::date)
                .reversed()
                .thenComparing(s -> s.entry().source().file())
                .thenComparingInt(s -> s.entry().source().line()));
        List<Diagnostic> warnings = new ArrayList<>(stale.size());
        for (Stale entry : stale) {
            long age = ChronoUnit.DAYS.between(entry.date(), today);
            warnings.add(Diagnostic.warning(
                    entry.entry().source().file(),
                    entry.entry().source().line(),
                    1,
                    "entry \"" + entry.entry().symptom().text() + "\" in \""
                            + entry.category().title() + "\" last changed on " + entry.date() + ", " + age
                            + " days ago (more than " + days + ")",
                    "Check that the row is still right and correct it; any commit that changes one of its rows"
                            + " counts as a review."));
        }
        return warnings;
    }
}
