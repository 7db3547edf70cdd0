package org.troubleshoot.parse;

import java.util.Optional;
import org.troubleshoot.diagnostic.Diagnostic;

/**
 * Text that would make Flexmark take exponential time, refused before it is parsed. Found by fuzzing: in a
 * paragraph, a "[" (a link label or reference definition, as Flexmark first sees it) followed by many
 * backslashes that stand next to another backslash, with no "]" to end the label, makes Flexmark's label regex
 * backtrack: 14 ms at 16 such backslashes, 8 s at 32, minutes beyond. A build (or the serve command) would
 * hang; the writer gets an error naming the line instead.
 */
final class PathologicalInput {
    /** Most backslash pairs ("\\" followed by "\\") let through after a "[" in one paragraph. */
    static final int MAX_BACKSLASH_PAIRS = 16;

    private PathologicalInput() {}

    /** An error for the first paragraph outside fenced code with too many backslash pairs after a "[", if any. */
    static Optional<Diagnostic> check(String file, SourceText source) {
        String text = source.text();
        if (text.indexOf('\\') < 0) {
            return Optional.empty(); // the usual page
        }
        String fence = null;
        int bracket = -1; // offset of the first "[" of the current paragraph, or -1
        int pairs = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int first = lineStart;
            while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            if (fence != null) {
                if (text.startsWith(fence, first)) {
                    fence = null; // Flexmark looks for no links inside fenced code: backslashes are safe there
                }
            } else if (text.startsWith("```", first) || text.startsWith("~~~", first)) {
                fence = text.substring(first, first + 3);
                bracket = -1;
                pairs = 0;
            } else if (first == lineEnd) {
                bracket = -1; // a blank line ends the paragraph
                pairs = 0;
            } else {
                for (int i = first; i < lineEnd; i++) {
                    char c = text.charAt(i);
                    if (c == '[' && bracket < 0) {
                        bracket = i;
                    } else if (c == '\\'
                            && bracket >= 0
                            && i + 1 < lineEnd
                            && text.charAt(i + 1) == '\\'
                            && ++pairs > MAX_BACKSLASH_PAIRS) {
                        return Optional.of(Diagnostic.error(
                                file,
                                source.line(bracket),
                                source.column(bracket),
                                "too many backslashes after this \"[\": the Markdown parser could take minutes over"
                                        + " them, so this file is not built",
                                "Write fewer backslashes (\\\\ is one backslash in Markdown), or put the text in a"
                                        + " fenced code block."));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }
}
