package org.troubleshoot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes a writer may put at the end of a heading or a symptom cell, in braces: a pinned id
 * {@code {#id}}, old ids that must keep leading here {@code {#new-id #old-id}}, and an audience
 * {@code {audience=admin}}; combined as {@code {#id #old-id audience=admin}}.
 *
 * @param text     the text without the attribute
 * @param id       the pinned id, if any
 * @param aliases  old ids, in written order
 * @param audience the audience, if given
 */
record IdAttribute(String text, Optional<String> id, List<String> aliases, Optional<String> audience) {
    private static final String TOKEN = "(?:#[^\\s{}#=]+|audience=[^\\s{}#=]+)";
    private static final Pattern TRAILING =
            Pattern.compile("\\s*\\{\\s*(" + TOKEN + "(?:\\s+" + TOKEN + ")*)\\s*}\\s*$");

    static IdAttribute of(String text) {
        if (text.indexOf('}') < 0) {
            return new IdAttribute(text, Optional.empty(), List.of(), Optional.empty()); // the usual case, no regex
        }
        Matcher matcher = TRAILING.matcher(text);
        if (!matcher.find()) {
            return new IdAttribute(text, Optional.empty(), List.of(), Optional.empty());
        }
        List<String> ids = new ArrayList<>();
        String audience = null;
        for (String token : matcher.group(1).trim().split("\\s+")) {
            if (token.startsWith("#")) {
                ids.add(token.substring(1));
            } else {
                audience = token.substring("audience=".length()).toLowerCase(Locale.ROOT);
            }
        }
        return new IdAttribute(
                text.substring(0, matcher.start()),
                ids.stream().findFirst(),
                ids.isEmpty() ? List.of() : List.copyOf(ids.subList(1, ids.size())),
                Optional.ofNullable(audience));
    }

    /** Removes the attribute from the end of a rendered form of the same text (HTML, Markdown). */
    static String strip(String rendered) {
        if (rendered.indexOf('}') < 0) {
            return rendered;
        }
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
