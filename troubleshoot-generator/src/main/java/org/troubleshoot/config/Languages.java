package org.troubleshoot.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages of a site (setting {@code language}, or {@code languages} for several), as BCP 47 tags: the
 * first is the root language, whose pages lie at the site root; every other language's pages lie in the content
 * folder named after it ({@code content/de/…}) and are published in the folder of the same name, in lower case
 * ({@code de/…}, {@code pt-br/…}).
 *
 * @param tags  the languages, root first, each a well-formed tag of a known language, normalised
 *              ({@code pt-BR}, {@code zh-Hant})
 * @param named whether the site names its languages (a setting, a flag); else the site is English by default
 *              and site.json says nothing about languages, as before there were any
 */
public record Languages(List<String> tags, boolean named) {
    /** A site that names no language: English, as every site was before languages could be chosen. */
    public static final Languages DEFAULT = new Languages(List.of("en"), false);

    public Languages {
        tags = List.copyOf(tags);
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("a site has at least one language");
        }
    }

    /** A language code that cannot be used, with what to write instead. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        private final String code;
        private final String hint;

        Invalid(String code, String message, String hint) {
            super(message, null, false, false);
            this.code = code;
            this.hint = hint;
        }

        /** The code as written that cannot be used (empty when one is missing). */
        public String code() {
            return code;
        }

        public String hint() {
            return hint;
        }
    }

    /**
     * The languages of a setting: one code ({@code de}) or several separated by commas ({@code en, de, ja}),
     * root first.
     */
    public static Languages parse(String list) throws Invalid {
        List<String> tags = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        for (String part : list.split(",", -1)) {
            String tag = tag(part.strip());
            if (!folders.add(tag.toLowerCase(Locale.ROOT))) {
                throw new Invalid(
                        part.strip(),
                        "the language '" + tag + "' is listed twice",
                        "List each language once, the"
                                + " root language (the one at the site root) first: en, de, ja.");
            }
            tags.add(tag);
        }
        return new Languages(tags, true);
    }

    private static String tag(String code) throws Invalid {
        String hint = "Write a language code (BCP 47) such as en, de, fr, es, pt, pt-BR, it, nl, ja or zh; "
                + "several are separated by commas, the root language first.";
        if (code.isEmpty()) {
            throw new Invalid("", "a language code is missing", hint);
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(code.replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            throw new Invalid(code, "'" + code + "' is not a language code", hint);
        }
        if (!isKnown(locale.getLanguage())) {
            throw new Invalid(code, "unknown language '" + code + "'", hint);
        }
        return locale.toLanguageTag();
    }

    /**
     * Whether the JDK knows an ISO 639 code: the two-letter ones, and the three-letter ones of its locales (fil,
     * haw…). The JDK's locales are listed only for a code that is not two-letter: listing them costs 40 ms, which
     * every build paid when it was done for all.
     */
    private static boolean isKnown(String language) {
        if (Arrays.asList(Locale.getISOLanguages()).contains(language)) {
            return true;
        }
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!language.isEmpty() && locale.getLanguage().equals(language)) {
                return true;
            }
        }
        return false;
    }

    /** The language of the pages at the site root. */
    public String root() {
        return tags.get(0);
    }

    /** Whether the site has pages in more than one language. */
    public boolean several() {
        return tags.size() > 1;
    }

    /**
     * The language of a content file: the language whose folder it lies in (compared without case:
     * {@code pt-BR/} and {@code pt-br/} are the same folder), else the root language.
     *
     * @param sourceFile relative to the content folder, '/'-separated
     */
    public String of(String sourceFile) {
        int slash = sourceFile.indexOf('/');
        if (slash > 0) {
            String first = sourceFile.substring(0, slash);
            for (int i = 1; i < tags.size(); i++) {
                if (tags.get(i).equalsIgnoreCase(first)) {
                    return tags.get(i);
                }
            }
        }
        return root();
    }

    /** Where a language's pages are published: {@code ""} for the root language, else {@code "de/"}. */
    public String folder(String tag) {
        return tag.equals(root()) ? "" : tag.toLowerCase(Locale.ROOT) + "/";
    }

    /** The locale of a language, for dates, numbers and plurals. */
    public static Locale locale(String tag) {
        return Locale.forLanguageTag(tag);
    }
}
