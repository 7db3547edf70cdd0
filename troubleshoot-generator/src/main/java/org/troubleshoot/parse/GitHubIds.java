package org.troubleshoot.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ids GitHub gives headings, so that links and deep links written against GitHub keep working here (each
 * heading answers to its GitHub id as well as to its own; see {@link PageParser}). The rule is GitHub's, as
 * github-slugger documents it: the heading's text in lower case; every character removed except letters,
 * marks, digits, connector punctuation ({@code _}), hyphens and spaces; each space a hyphen. So
 * {@code 🚀 Installation & Schnellstart} is {@code -installation--schnellstart} and {@code Lösung} stays
 * {@code lösung}. A heading whose id was already given on the page gets {@code -1}, {@code -2}, … in document
 * order.
 */
final class GitHubIds {
    private final Map<String, Integer> occurrences = new HashMap<>();

    GitHubIds() {}

    /** The GitHub id of every heading of the document, in document order (nested headings count too). */
    static Map<Node, String> of(Document document) {
        GitHubIds ids = new GitHubIds();
        Map<Node, String> byHeading = new IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                byHeading.put(heading, ids.next(FileContext.text(heading)));
            }
        }
        return byHeading;
    }

    /** The id of the next heading with text {@code text}, unique among those this instance gave. */
    String next(String text) {
        String base = slug(text);
        String id = base;
        while (occurrences.containsKey(id)) {
            int count = occurrences.merge(base, 1, Integer::sum);
            id = base + "-" + count;
        }
        occurrences.put(id, 0);
        return id;
    }

    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '-') {
                out.append('-');
            } else if (kept(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean kept(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                // Symbols that are also alphabetic (such as Ⓐ) are letters to GitHub.
                return Character.isAlphabetic(c);
        }
    }
}
