package org.troubleshoot.model;

import java.util.Locale;
import java.util.Optional;

/** What a page is for; decides how it is parsed and rendered. */
public enum PageKind {
    /** Categories of symptom tables. */
    TROUBLESHOOTING,
    /** Questions (headings) and their answers. */
    FAQ,
    /** Who to reach per issue type: tables whose rows can be linked to. */
    CONTACT,
    /** Free Markdown, such as the on-call playbook. */
    ARTICLE;

    /** The name used in front matter and site.json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PageKind> fromId(String id) {
        for (PageKind kind : values()) {
            if (kind.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
