package org.troubleshoot;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds English labels on a page of another language: the words of the default template's English messages that
 * the page's language says otherwise, in its text or in the attributes a reader hears (aria-label, title,
 * placeholder) — outside elements that say they are in another language (the language switcher's links).
 */
public final class MixedLanguage {
    private MixedLanguage() {}

    /** The English labels found on {@code page}, a page in {@code language}; empty when there are none. */
    public static List<String> englishLabels(Document page, String language) {
        Properties english = messages("en");
        Properties own = messages(language);
        Document copy = page.clone();
        copy.select("[lang]").forEach(e -> {
            if (!e.tagName().equals("html") && !e.attr("lang").equals(language)) {
                e.remove();
            }
        });
        StringBuilder heard = new StringBuilder(copy.text());
        for (Element element : copy.select("[aria-label], [title], [placeholder], title, meta[content]")) {
            heard.append('\n')
                    .append(element.attr("aria-label"))
                    .append('\n')
                    .append(element.attr("title"))
                    .append('\n')
                    .append(element.attr("placeholder"))
                    .append('\n')
                    .append(element.attr("content"));
        }
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            for (String words : english.getProperty(key).split("\\{\\d\\}|[{}|#<]|,choice,|\\d")) {
                String label = words.strip();
                if (label.length() < 4 || own.getProperty(key).contains(label)) {
                    continue;
                }
                if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(label) + "(?!\\p{L})")
                        .matcher(heard)
                        .find()) {
                    found.add(key + ": " + label);
                }
            }
        }
        return found;
    }

    private static Properties messages(String language) {
        String name = "troubleshoot/template/messages_" + language + ".properties";
        try (InputStream in = MixedLanguage.class.getClassLoader().getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
