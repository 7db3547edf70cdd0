package org.troubleshoot.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.troubleshoot.model.Page;
import org.troubleshoot.parse.ContentParser;

class RelatedEntriesTest {
    private static Map<String, List<RelatedEntries.Related>> related(String markdown) {
        Page page = new ContentParser().parseText("t.md", markdown).pages().get(0);
        return RelatedEntries.of(List.of(page)).getOrDefault("t", Map.of());
    }

    private static List<String> of(Map<String, List<RelatedEntries.Related>> related, String id) {
        return related.getOrDefault(id, List.of()).stream()
                .map(r -> r.entry().id() + ":" + r.reason().name().toLowerCase())
                .toList();
    }

    @Test
    void entriesSharingACausePhraseAreRelatedAcrossCategoriesBothWays() {
        var related = related("""
                ## Dashboard
                | Symptom | Likely cause | What to do |
                |---|---|---|
                | Filter stuck | Browser cache | Reload the page |
                ## Notifications
                | Symptom | Likely cause | What to do |
                |---|---|---|
                | Bell stuck | Browser cache or sync delay | Refresh |
                ## Calls
                | Symptom | Likely cause | What to do |
                |---|---|---|
                | Calls missing | Five9 sync delay | Wait |
                | Card declined | Card expired | Update card |
                | Export gone | Export expired | Re-run it |
                """);
        assertEquals(List.of("bell-stuck:cause"), of(related, "filter-stuck"));
        assertEquals(List.of("filter-stuck:cause", "calls-missing:cause"), of(related, "bell-stuck"));
        assertEquals(List.of("bell-stuck:cause"), of(related, "calls-missing"));
        // One shared word ("expired") is not a shared cause.
        assertEquals(List.of(), of(related, "card-declined"));
    }

    @Test
    void entriesSharingAStepOfTwoWordsOrMoreAreRelatedByResolution() {
        var related = related("""
                ## Mail
                | Symptom | Likely cause | What to do |
                |---|---|---|
                | No email | Wrong address | Check email in Settings; check spam |
                | No invite | Never sent | Check spam; resend invitation |
                | Slow | Load | Refresh; escalate |
                | Stuck | Jobs | Wait; escalate |
                """);
        assertEquals(List.of("no-invite:resolution"), of(related, "no-email"));
        assertEquals(List.of("no-email:resolution"), of(related, "no-invite"));
        // "escalate" alone is too common a step to relate entries by: "slow" and "stuck" have no related
        // entry, so they are absent from the map (keyed by entry id).
        assertEquals(Set.of("no-email", "no-invite"), related.keySet());
    }

    @Test
    void phrasesIgnoreCaseParenthesesAndPunctuation() {
        assertEquals(
                Set.of("browser cache", "sync delay"),
                RelatedEntries.causePhrases("Browser cache (mostly), or Sync delay!"));
        assertEquals(List.of("sync delay"), RelatedEntries.endings("five9 sync delay"));
        assertEquals(Set.of("hard refresh"), RelatedEntries.steps("Hard refresh (Cmd-Shift-R)"));
    }

    @Test
    void stepWordsAreWhatTheRegexOfOldGave() {
        Random random = new Random(3);
        String alphabet = "ab ,,  -'x1";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(15); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String part = text.toString();
            assertEquals(part.replace(",", " ").replaceAll(" +", " ").strip(), RelatedEntries.words(part), part);
        }
    }
}
