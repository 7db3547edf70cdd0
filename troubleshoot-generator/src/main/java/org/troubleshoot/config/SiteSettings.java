package org.troubleshoot.config;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The site's settings, in one place. Each can be set by the Maven plugin's configuration, by a CLI flag, or
 * in the content folder's {@value SettingsFile#NAME}; a flag or plugin setting wins over the file.
 *
 * @param title    shown on every page
 * @param baseUrl  where the site is published (e.g. {@code https://help.example.com/}): enables sitemap.xml,
 *                 canonical links and Open Graph URLs; ends with '/'
 * @param editUrl  pattern of a row's "edit" link, with {@code {file}} and {@code {line}}
 * @param audience who the build is for (see {@link #includes}): {@value #PUBLIC} unless set, {@value #ALL}
 *                 for everything, or a named audience such as {@code admin}
 * @param strict   warnings fail the build too
 * @param brokenLinks whether a link to a missing file or anchor fails the build or is only reported
 * @param columns  more names of table columns, by role ({@code fix} → [Abhilfe, Workaround]), from the
 *                 settings file's {@code columns.<role>} lines
 * @param languages the site's languages, the root language first (English unless set)
 * @param feedbackUrl  pattern of every row's "Did this fix it?" links, with {@code {page}}, {@code {entry}},
 *                     {@code {answer}} ({@code yes} or {@code no}) and {@code {url}}; none: no such links
 * @param noResultsUrl pattern of the link a search without results offers, with {@code {query}}
 */
public record SiteSettings(
        String title,
        Optional<String> baseUrl,
        Optional<String> editUrl,
        String audience,
        boolean strict,
        BrokenLinks brokenLinks,
        Map<String, List<String>> columns,
        Languages languages,
        Optional<String> feedbackUrl,
        Optional<String> noResultsUrl) {
    public static final String DEFAULT_TITLE = "Help Center";
    /** Content for everyone, and the audience of a build unless one is chosen: safe to publish. */
    public static final String PUBLIC = "public";
    /** The audience of an internal build: everything, with what is not public labelled. */
    public static final String ALL = "all";

    public SiteSettings {
        baseUrl = baseUrl.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.endsWith("/") ? s : s + "/");
        editUrl = editUrl.map(String::strip).filter(s -> !s.isEmpty());
        audience = audience == null || audience.isBlank() ? PUBLIC : audience.strip();
        SortedMap<String, List<String>> sorted = new TreeMap<>();
        columns.forEach((role, names) -> sorted.put(role, List.copyOf(names)));
        columns = Collections.unmodifiableSortedMap(sorted); // in role order: the same build every time
        languages = languages == null ? Languages.DEFAULT : languages;
        feedbackUrl = feedbackUrl.map(String::strip).filter(s -> !s.isEmpty());
        noResultsUrl = noResultsUrl.map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * Settings of a site in English, with broken links as errors, no column names of the site's own and no
     * feedback or no-results links.
     */
    public SiteSettings(
            String title, Optional<String> baseUrl, Optional<String> editUrl, String audience, boolean strict) {
        this(
                title,
                baseUrl,
                editUrl,
                audience,
                strict,
                BrokenLinks.ERROR,
                Map.of(),
                Languages.DEFAULT,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Whether the title is the default one, which is shown in each language's words (the messages' {@code
     * siteTitle}) rather than as it is: a title that was set is a name, and names are not translated.
     */
    public boolean defaultTitle() {
        return title.equals(DEFAULT_TITLE);
    }

    /**
     * Whether content for {@code contentAudience} belongs in this build: public content in every build, other
     * content only in a build for its audience or for {@value #ALL}.
     */
    public boolean includes(String contentAudience) {
        return audience.equals(ALL) || contentAudience.equals(PUBLIC) || contentAudience.equals(audience);
    }

    /** The absolute URL of a site-relative one, when the base URL is known. */
    public Optional<String> absolute(String siteRelativeUrl) {
        return baseUrl.map(base -> base + siteRelativeUrl);
    }

    /**
     * The "Did this fix it?" link of one entry for one answer, when a feedback URL pattern is set. Every value is
     * percent-encoded, so the pattern decides alone where the link leads.
     *
     * @param page   the page's id ({@code troubleshooting})
     * @param entry  the entry's id
     * @param answer {@code yes} or {@code no}
     * @param url    the entry's address relative to the site root; absolute when the base URL is known
     */
    public Optional<String> feedbackLink(String page, String entry, String answer, String url) {
        return feedbackUrl.map(pattern -> pattern.replace("{page}", encode(page))
                .replace("{entry}", encode(entry))
                .replace("{answer}", encode(answer))
                .replace("{url}", encode(absolute(url).orElse(url))));
    }

    /** A value in a URL: UTF-8, every byte but ASCII letters, digits and {@code - . _ ~} percent-encoded. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** The edit link of a content file's line, when an edit URL pattern is set. */
    public Optional<String> editLink(String file, int line) {
        return editUrl.map(pattern -> pattern.replace("{file}", file).replace("{line}", String.valueOf(line)));
    }
}
