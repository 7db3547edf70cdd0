package org.troubleshoot.parse;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
     * The slug of {@code text}: lower-case ASCII letters and digits separated by single hyphens.
     * Accents are dropped, apostrophes vanish (so "can't" stays one word), anything else separates words.
     * Returns {@code fallback} when nothing is left.
     */
    public static String slug(String text, String fallback) {
        // Only text beyond ASCII has accents to drop (and decomposing it is costly).
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == '\'' || c == '\u2019' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingHyphen && out.length() > 0) {
                    out.append('-');
                }
                pendingHyphen = false;
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                if (pendingHyphen && out.length() > 0) {
                    out.append('-');
                }
                pendingHyphen = false;
                out.append((char) (c + ('a' - 'A')));
            } else {
                pendingHyphen = true;
            }
        }
        return out.length() == 0 ? fallback : out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
