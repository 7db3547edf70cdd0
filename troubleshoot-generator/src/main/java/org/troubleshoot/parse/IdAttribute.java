package org.troubleshoot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A writer's pinned id at the end of a heading or a symptom cell: {@code {#id}}, optionally followed by old
 * ids that must keep leading here: {@code {#new-id #old-id #older-id}}.
 *
 * @param text    the text without the attribute
 * @param id      the pinned id, if any
 * @param aliases old ids, in written order
 */
record IdAttribute(String text, Optional<String> id, List<String> aliases) {
    private static final Pattern TRAILING = Pattern.compile("\\s*\\{\\s*(#[^\\s{}#]+(?:\\s+#[^\\s{}#]+)*)\\s*}\\s*$");
    static final Pattern VALID_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    static IdAttribute of(String text) {
        Matcher matcher = TRAILING.matcher(text);
        if (!matcher.find()) {
            return new IdAttribute(text, Optional.empty(), List.of());
        }
        List<String> ids = new ArrayList<>();
        for (String token : matcher.group(1).trim().split("\\s+")) {
            ids.add(token.substring(1));
        }
        return new IdAttribute(text.substring(0, matcher.start()), Optional.of(ids.get(0)),
                List.copyOf(ids.subList(1, ids.size())));
    }

    /** Removes the attribute from the end of a rendered form of the same text (HTML, Markdown). */
    static String strip(String rendered) {
        Matcher matcher = TRAILING.matcher(rendered);
        return matcher.find() ? rendered.substring(0, matcher.start()) : rendered;
    }

    /** Every id written, the pinned one first. */
    List<String> all() {
        List<String> all = new ArrayList<>();
        id.ifPresent(all::add);
        all.addAll(aliases);
        return all;
    }
}
