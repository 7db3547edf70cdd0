package org.troubleshoot.render;

import org.troubleshoot.model.Page;

import java.util.Locale;

/** The words the site shows around the writers' text that depend on a value: counts and audience badges. */
final class Labels {
    private final Messages messages;

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
        return messages.format("audienceOnly", audience.substring(0, 1).toUpperCase(Locale.ROOT)
                + audience.substring(1));
    }

    /** "1 entry", "5 entries": the plural as the language makes it (a choice in the message). */
    String count(int count) {
        return messages.format("entries", count);
    }
}
