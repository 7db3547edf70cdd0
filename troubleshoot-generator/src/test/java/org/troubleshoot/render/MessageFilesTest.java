package org.troubleshoot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every messages file of the default template says everything English says, in patterns that work: a translation
 * that lost a key, a link ({0} of the not-found text) or an apostrophe would show on every page of its sites.
 */
class MessageFilesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");
    /** An apostrophe that MessageFormat would take for a quote (not doubled) and drop. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties read(String language) throws IOException {
        String name = TemplateSource.PACKAGED + MessageFiles.fileName(language);
        try (InputStream in = MessageFilesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "pt", "it", "nl", "ja", "zh"})
    void everyFileHasEveryKeyAndKeepsEveryArgument(String language) throws IOException {
        Properties english = read("en");
        Properties own = read(language);
        assertEquals(english.stringPropertyNames(), own.stringPropertyNames(), language + ": keys");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String text = own.getProperty(key);
            boolean pattern = english.getProperty(key).contains("{");
            if (text.isBlank()) {
                problems.add(key + " is empty");
            }
            if (!pattern) {
                if (text.contains("{")) {
                    problems.add(key + " has an argument, which English has not: it would be shown as it is");
                }
                continue;
            }
            try {
                String formatted =
                        new MessageFormat(text, Locale.forLanguageTag(language)).format(new Object[] {1, "ONE", "TWO"});
                if (LONE_APOSTROPHE.matcher(text).find()) {
                    problems.add(key + " has an apostrophe MessageFormat drops: write '' or ’ (" + formatted + ")");
                }
            } catch (IllegalArgumentException e) {
                problems.add(key + " is not a pattern: " + e.getMessage());
            }
            // Links and dates go where {0} and {1} are: a translation may leave out only words (allOfPage's {1}).
            if (!key.equals("allOfPage") && !arguments(text).containsAll(arguments(english.getProperty(key)))) {
                problems.add(key + " lost an argument: " + text);
            }
        }
        assertEquals(List.of(), problems, language);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
