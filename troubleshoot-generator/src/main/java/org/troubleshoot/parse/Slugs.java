package org.troubleshoot.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.troubleshoot.text.Words;

/**
 * Turns visible text into ids ("Can't get past the 2FA screen" becomes {@code cant-get-past-the-2fa-screen})
 * and keeps them unique within one page.
 *
 * <p>Ids are part of every deep link a reader shares, so the rules are simple and never depend on
 * anything but the text and the ids already taken on the same page.
 */
public final class Slugs {
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    /**
     * The slug of {@code text}: its words ({@link Words}: folded, so lower case, Latin accents dropped, "ß" as
     * "ss", apostrophes gone) joined by single hyphens. Letters and digits of every script are kept, so
     * {@code パスワードを忘れた} keeps its text, while accented Latin text gives the same ASCII id as
     * unaccented text. Returns {@code fallback} when
     * nothing is left.
     */
    public static String slug(String text, String fallback) {
        String slug = Words.joined(text, '-');
        return slug.isEmpty() ? fallback : slug;
    }

    /** True when {@code id} is already a slug, as a pinned id must be: {@code slug(id)} is {@code id}. */
    public static boolean isSlug(String id) {
        return !id.isEmpty() && Words.joined(id, '-').equals(id);
    }

    /**
     * A new id for {@code text}, unique among the ids this instance has handed out:
     * the slug itself the first time, then {@code slug-2}, {@code slug-3}, … in document order.
     */
    public String unique(String text, String fallback) {
        String base = slug(text, fallback);
        if (taken.add(base)) {
            return base;
        }
        // Remember the next suffix per base so that many equal texts stay linear, not quadratic.
        int n = nextSuffix.getOrDefault(base, 2);
        String candidate;
        do {
            candidate = base + "-" + n++;
        } while (!taken.add(candidate));
        nextSuffix.put(base, n);
        return candidate;
    }

    /** Takes {@code id} as written by the writer; false if it is already taken on this page. */
    public boolean pin(String id) {
        return taken.add(id);
    }
}
