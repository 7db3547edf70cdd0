package org.troubleshoot.render;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.Page;

/**
 * The words the site shows around the writers' text that depend on a value: counts, audience badges and dates.
 * Each is made once per value and build: a count is a MessageFormat with a choice, and a large site asks for
 * thousands.
 */
final class Labels {
    private final Messages messages;
    private final Map<Integer, String> counts = new ConcurrentHashMap<>();
    private final Map<String, String> audiences = new ConcurrentHashMap<>();
    private final Map<String, String> dates = new ConcurrentHashMap<>();

    Labels(Messages messages) {
        this.messages = messages;
    }

    String audience(Page page) {
        return audience(page.audience());
    }

    /** "Admin only" for anything not public: readers of an internal build see what is not meant for everyone. */
    String audience(String audience) {
        if (Page.PUBLIC.equals(audience)) {
            return null;
        }
        return audiences.computeIfAbsent(
                audience,
                a -> messages.format("audienceOnly", a.substring(0, 1).toUpperCase(Locale.ROOT) + a.substring(1)));
    }

    /** "1 entry", "5 entries": the plural as the language makes it (a choice in the message). */
    String count(int count) {
        return counts.computeIfAbsent(count, n -> messages.format("entries", n));
    }

    /**
     * A message about a date as HTML, the date in a {@code <time>} element written as the language writes dates:
     * "Last changed …" of a page ({@code lastChanged}), "Updated …" of a row ({@code updated}).
     *
     * @param isoDate YYYY-MM-DD
     */
    String dated(String key, String isoDate) {
        return dates.computeIfAbsent(
                key + ' ' + isoDate,
                k -> messages.html(
                        key,
                        "<time datetime=\"" + Html.escapeValue(isoDate) + "\">"
                                + Html.escapeValue(messages.date(isoDate)) + "</time>"));
    }
}
