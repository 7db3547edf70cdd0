package org.troubleshoot.render;

import org.troubleshoot.model.Page;

import java.util.Locale;

/** The words the site shows around the writers' text: counts and audience badges. */
final class Labels {
    private Labels() {
    }

    static String audience(Page page) {
        return audience(page.audience());
    }

    /** "Admin only" for anything not public: readers of an internal build see what is not meant for everyone. */
    static String audience(String audience) {
        if (Page.PUBLIC.equals(audience)) {
            return null;
        }
        return audience.substring(0, 1).toUpperCase(Locale.ROOT) + audience.substring(1) + " only";
    }

    static String count(int count) {
        return count == 1 ? "1 entry" : count + " entries";
    }
}
