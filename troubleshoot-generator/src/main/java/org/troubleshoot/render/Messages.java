package org.troubleshoot.render;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.troubleshoot.config.Languages;
import org.troubleshoot.model.Html;

/**
 * The words of the site in one language: every label a reader sees around the writers' text, from the template's
 * {@code messages_LANG.properties} (see {@link MessageFiles}). Immutable; safe to share between threads.
 *
 * <p>A message whose English text has arguments ({@code {0}}) is a {@link MessageFormat} pattern in every
 * language (plurals with {@code choice}); any other is plain text, which templates see as
 * {@code {{messages.KEY}}}.
 */
final class Messages {
    /** The message that says how dates are written: a style (short, medium, long, full) or a pattern. */
    static final String DATE_FORMAT = "dateFormat";

    private final String language;
    private final Locale locale;
    private final Map<String, String> texts;
    private final Set<String> patterns;
    private final Map<String, String> plain;
    private final DateTimeFormatter dates;

    /**
     * @param texts    every message, by key
     * @param patterns the keys that are MessageFormat patterns (those with arguments in English)
     */
    Messages(String language, Map<String, String> texts, Set<String> patterns) {
        this.language = language;
        this.locale = Languages.locale(language);
        this.texts = Map.copyOf(texts);
        this.patterns = Set.copyOf(patterns);
        // A hash map: templates look a message up for every row that shows one (Mustache checks it holds the key).
        Map<String, String> plain = new HashMap<>(texts);
        plain.keySet().removeAll(patterns);
        this.plain = Collections.unmodifiableMap(plain);
        this.dates = dateFormatter(text(DATE_FORMAT), locale);
    }

    /** The formatter a date style or pattern stands for; IllegalArgumentException if it is neither. */
    static DateTimeFormatter dateFormatter(String format, Locale locale) {
        for (FormatStyle style : FormatStyle.values()) {
            if (style.name().equalsIgnoreCase(format.strip())) {
                return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale);
            }
        }
        return DateTimeFormatter.ofPattern(format, locale);
    }

    /** The BCP 47 tag of the language, as {@code <html lang>} has it. */
    String language() {
        return language;
    }

    Locale locale() {
        return locale;
    }

    /** Every message as it is written, by key (what a page's files are made from: see {@link PageInputs}). */
    Map<String, String> all() {
        return texts;
    }

    /** The keys of the messages that are {@link MessageFormat} patterns. */
    Set<String> patterns() {
        return patterns;
    }

    /** The plain messages, by key: what templates see as {@code messages}. */
    Map<String, String> view() {
        return plain;
    }

    /** A message as it is written. */
    String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no message '" + key + "' (messages_en.properties lists them all)");
        }
        return text;
    }

    /** A message with its arguments in place: numbers and plurals in the language's way. */
    String format(String key, Object... arguments) {
        String text = text(key);
        // A new format per call: MessageFormat is not thread-safe, and labels are made once per page or category.
        return patterns.contains(key) ? new MessageFormat(text, locale).format(arguments) : text;
    }

    /**
     * A message as HTML: its text escaped, each argument HTML put in as it is ({@code <a href…>}, {@code <time>}),
     * wherever the language puts it.
     */
    String html(String key, String... htmlArguments) {
        Object[] markers = new Object[htmlArguments.length];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = "\uE000" + i + "\uE001"; // private-use characters: in no message and untouched by escaping
        }
        String html = Html.escapeValue(format(key, markers));
        for (int i = 0; i < markers.length; i++) {
            html = html.replace((String) markers[i], htmlArguments[i]);
        }
        return html;
    }

    /** A date (YYYY-MM-DD) as the language writes it ({@value #DATE_FORMAT}). */
    String date(String isoDate) {
        return dates.format(LocalDate.parse(isoDate));
    }
}
