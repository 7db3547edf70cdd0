package org.troubleshoot.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;

/**
 * Finds entries that share a likely cause or a step of what to do, across categories and pages, so a reader
 * who found one can see the others ("Same cause elsewhere").
 *
 * <p>A cause is split into phrases at "or", commas and semicolons ("Browser cache or sync delay" has two);
 * a phrase also matches the end of a longer one of at least two words ("Five9 sync delay" ends with "sync
 * delay"). A resolution is split into steps at semicolons; steps of two words or more must be equal
 * ("Check spam"). Parentheses and case are ignored. Each entry is indexed by a few keys, so the work grows
 * with the number of entries, not with its square.
 */
public final class RelatedEntries {
    /** At most this many related entries are shown per entry, nearest (same page, then order) first. */
    public static final int LIMIT = 5;

    private static final Pattern CAUSE_SPLIT = Pattern.compile("\\s+or\\s+|[,;]");

    /** Why two entries are related. */
    public enum Reason {
        CAUSE,
        RESOLUTION
    }

    /** One related entry (shared by every entry it is related to) and why it is related. */
    public record Related(Located located, Reason reason) {
        public Page page() {
            return located.page();
        }

        public Category category() {
            return located.category();
        }

        public Entry entry() {
            return located.entry();
        }

        /** The entry's deep link, relative to the site root. */
        public String url() {
            return located.url();
        }
    }

    /** An entry with where it is; its URL worked out once, however many entries it is related to. */
    public record Located(Page page, Category category, Entry entry, String url) {}

    /** What an entry is indexed and looked up by, worked out once per entry. */
    private record Keys(List<String> phrases, List<List<String>> endings, List<String> steps) {
        static Keys of(Entry entry, Texts texts) {
            if (entry.causes().size() == 1) {
                Keys cause = texts.cause(entry.cause().text());
                return new Keys(
                        cause.phrases(),
                        cause.endings(),
                        texts.steps(entry.resolution().text()));
            }
            // A symptom with several causes is related by each of them and by each of their steps.
            Set<String> phrases = new LinkedHashSet<>();
            Set<String> steps = new LinkedHashSet<>();
            for (Cause cause : entry.causes()) {
                phrases.addAll(texts.cause(cause.cause().text()).phrases());
                steps.addAll(texts.steps(cause.resolution().text()));
            }
            List<String> phraseList = List.copyOf(phrases);
            return new Keys(
                    phraseList, phraseList.stream().map(RelatedEntries::endings).toList(), List.copyOf(steps));
        }
    }

    /**
     * The phrases (with their endings) of each cause text and the steps of each text of what to do, worked out
     * once per distinct text: causes and steps repeat across a site ("Browser cache", "Restart the app").
     */
    private static final class Texts {
        private final Map<String, Keys> causes = new ConcurrentHashMap<>();
        private final Map<String, List<String>> steps = new ConcurrentHashMap<>();

        /** The phrases and endings of a cause text (its steps left empty). */
        Keys cause(String text) {
            return causes.computeIfAbsent(text, t -> {
                List<String> phrases = List.copyOf(causePhrases(t));
                return new Keys(
                        phrases, phrases.stream().map(RelatedEntries::endings).toList(), List.of());
            });
        }

        List<String> steps(String text) {
            return steps.computeIfAbsent(text, t -> List.copyOf(RelatedEntries.steps(t)));
        }
    }

    /**
     * For every entry, its related entries, by page id and then entry id (two lookups of strings whose hash is
     * already known, instead of building a key per lookup); entries without any are absent.
     */
    public static Map<String, Map<String, List<Related>>> of(List<Page> pages) {
        List<Located> all = new ArrayList<>();
        for (Page page : pages) {
            for (Category category : page.categories()) {
                String categoryUrl = page.categoryUrl(category) + "#";
                for (Entry entry : category.entries()) {
                    all.add(new Located(page, category, entry, categoryUrl + entry.id()));
                }
            }
        }
        // Keys and lookups read nothing shared but the finished index: both run in parallel.
        Texts texts = new Texts();
        List<Keys> keys = all.parallelStream()
                .map(located -> Keys.of(located.entry(), texts))
                .toList();
        // Indexed as the Related each entry is everywhere it is listed, by a cause or by a step: a large site lists
        // each entry as related to about five others, and a new Related for each was 14 MB held until written.
        Map<String, List<Related>> byPhrase = new HashMap<>();
        Map<String, List<Related>> byEnding = new HashMap<>();
        Map<String, List<Related>> byStep = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Located located = all.get(i);
            Keys entryKeys = keys.get(i);
            if (!entryKeys.phrases().isEmpty()) {
                Related byCause = new Related(located, Reason.CAUSE);
                for (int p = 0; p < entryKeys.phrases().size(); p++) {
                    byPhrase.computeIfAbsent(entryKeys.phrases().get(p), k -> new ArrayList<>())
                            .add(byCause);
                    for (String ending : entryKeys.endings().get(p)) {
                        byEnding.computeIfAbsent(ending, k -> new ArrayList<>()).add(byCause);
                    }
                }
            }
            if (!entryKeys.steps().isEmpty()) {
                Related byResolution = new Related(located, Reason.RESOLUTION);
                for (String step : entryKeys.steps()) {
                    byStep.computeIfAbsent(step, k -> new ArrayList<>()).add(byResolution);
                }
            }
        }
        List<List<Related>> found = IntStream.range(0, all.size())
                .parallel()
                .mapToObj(i -> relatedOf(all.get(i), keys.get(i), byPhrase, byEnding, byStep))
                .toList();
        Map<String, Map<String, List<Related>>> related = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (!found.get(i).isEmpty()) {
                related.computeIfAbsent(all.get(i).page().id(), id -> new HashMap<>())
                        .put(all.get(i).entry().id(), found.get(i));
            }
        }
        return related;
    }

    private static List<Related> relatedOf(
            Located entry,
            Keys keys,
            Map<String, List<Related>> byPhrase,
            Map<String, List<Related>> byEnding,
            Map<String, List<Related>> byStep) {
        List<Related> found = new ArrayList<>(LIMIT);
        for (int p = 0; p < keys.phrases().size(); p++) {
            String phrase = keys.phrases().get(p);
            // Same phrase; a longer phrase ending with this one; a shorter one this phrase ends with.
            collect(entry, byPhrase.get(phrase), found);
            collect(entry, byEnding.get(phrase), found);
            for (String ending : keys.endings().get(p)) {
                collect(entry, byPhrase.get(ending), found);
            }
        }
        for (String step : keys.steps()) {
            collect(entry, byStep.get(step), found);
        }
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }

    private static void collect(Located self, List<Related> candidates, List<Related> found) {
        if (candidates == null) {
            return;
        }
        for (Related other : candidates) {
            if (found.size() >= LIMIT) {
                return;
            }
            if (other.entry() != self.entry() && !contains(found, other.entry())) {
                found.add(other);
            }
        }
    }

    /** By identity, in at most {@link #LIMIT} items: hashing an entry record would hash every cell of it. */
    private static boolean contains(List<Related> found, Entry entry) {
        for (Related related : found) {
            if (related.entry() == entry) {
                return true;
            }
        }
        return false;
    }

    /** "Browser cache or sync delay (mostly)" → {"browser cache", "sync delay"}. */
    static Set<String> causePhrases(String cause) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String part : CAUSE_SPLIT.split(normalize(cause))) {
            String phrase = part.strip();
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    /** "five9 sync delay" → {"sync delay"}: the proper endings of two words or more. */
    static List<String> endings(String phrase) {
        String[] words = phrase.split(" ");
        List<String> endings = new ArrayList<>();
        for (int start = 1; start <= words.length - 2; start++) {
            endings.add(String.join(" ", Arrays.copyOfRange(words, start, words.length)));
        }
        return endings;
    }

    /** "Check email in Settings; check spam" → {"check email in settings", "check spam"}; one-word steps are too common to relate by. */
    static Set<String> steps(String resolution) {
        Set<String> steps = new LinkedHashSet<>();
        for (String part : normalize(resolution).split(";")) {
            String step = words(part);
            if (step.indexOf(' ') > 0) {
                steps.add(step);
            }
        }
        return steps;
    }

    /**
     * The words of a normalized step, one space apart: commas and runs of spaces become one space, none at
     * the ends. (A loop, not {@code replaceAll(" +", " ")}: this runs for every step of every entry.)
     */
    static String words(String normalizedStep) {
        StringBuilder out = new StringBuilder(normalizedStep.length());
        boolean space = false;
        for (int i = 0; i < normalizedStep.length(); i++) {
            char c = normalizedStep.charAt(i);
            if (c == ' ' || c == ',') {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Lower case, without parenthesised text and punctuation other than the separators , and ; — one pass over
     * the characters (this runs for every cause and resolution of the site).
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                space = true;
            } else if (depth == 0) {
                if (Character.isLetterOrDigit(c) || c == ',' || c == ';' || c == '\'' || c == '\u2019' || c == '-') {
                    if (space && out.length() > 0) {
                        out.append(' ');
                    }
                    space = false;
                    out.append(Character.toLowerCase(c));
                } else {
                    space = true;
                }
            }
        }
        return out.toString();
    }
}
