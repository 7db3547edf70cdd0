package org.troubleshoot.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.troubleshoot.diagnostic.Diagnostic;

/**
 * Reads the messages of a language from the template: {@code messages_LANG.properties} (UTF-8) as packaged, and
 * the same file in a template folder, whose keys win. A message the language's files lack comes from the parent
 * language ({@code pt} for {@code pt-BR}), then from English; so a template folder may translate a few labels or a
 * whole new language. A language with no file of its own is shown in English, with one warning.
 */
final class MessageFiles {
    /** The language every message exists in, and whose keys are the keys there are. */
    static final String ENGLISH = "en";

    private final TemplateSource source;

    MessageFiles(TemplateSource source) {
        this.source = source;
    }

    /** The messages of a language, and warnings about its files (unknown keys, no file at all). */
    record Loaded(Messages messages, List<Diagnostic> diagnostics) {}

    /** The file of a language's messages, e.g. {@code messages_pt_BR.properties} for {@code pt-BR}. */
    static String fileName(String tag) {
        return "messages_" + tag.replace('-', '_') + ".properties";
    }

    /**
     * @param tag a BCP 47 language tag
     * @throws TemplateException when a message with arguments is not a valid pattern, or a file cannot be read
     */
    Loaded load(String tag) throws TemplateException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, Layer> from = new HashMap<>(); // key → the file that gave its text
        Set<String> keys = new TreeSet<>();
        Set<String> patterns = new HashSet<>();
        for (Layer layer : layers(fileName(ENGLISH))) {
            if (layer.packaged) {
                keys.addAll(layer.texts.keySet());
                layer.texts.forEach((key, text) -> {
                    if (text.indexOf('{') >= 0) {
                        patterns.add(key);
                    }
                });
            }
        }
        if (keys.isEmpty()) {
            throw new TemplateException(Diagnostic.error(
                    source.describe(fileName(ENGLISH)),
                    0,
                    0,
                    "the site template has no " + fileName(ENGLISH),
                    "Use a site-template jar of this generator's version."));
        }
        boolean own = tag.toLowerCase(Locale.ROOT).equals(ENGLISH)
                || tag.toLowerCase(Locale.ROOT).startsWith(ENGLISH + "-");
        List<String> chain = new ArrayList<>(List.of(ENGLISH));
        String[] parts = tag.split("-");
        for (int n = 1; n <= parts.length; n++) {
            String candidate = String.join("-", Arrays.copyOf(parts, n));
            if (!candidate.equalsIgnoreCase(ENGLISH)) {
                chain.add(candidate);
            }
        }
        for (String language : chain) {
            List<Layer> layers = layers(fileName(language));
            own |= !language.equals(ENGLISH) && !layers.isEmpty();
            for (Layer layer : layers) {
                layer.texts.forEach((key, text) -> {
                    if (keys.contains(key)) {
                        texts.put(key, text);
                        from.put(key, layer);
                    } else {
                        diagnostics.add(Diagnostic.warning(
                                layer.description,
                                layer.lines.getOrDefault(key, 0),
                                1,
                                "unknown message key '" + key + "'",
                                "Use a key of the default template's " + fileName(ENGLISH)
                                        + " (docs/templates.md lists them), or remove the line."));
                    }
                });
            }
        }
        if (!own) {
            diagnostics.add(Diagnostic.warning(
                    fileName(tag),
                    0,
                    0,
                    "no messages for the language '" + tag + "': its labels are shown in English",
                    "Translate the default template's " + fileName(ENGLISH) + " into " + fileName(tag)
                            + " in your template folder (--template); see docs/templates.md."));
        }
        check(tag, texts, patterns, from);
        return new Loaded(new Messages(tag, texts, patterns), List.copyOf(diagnostics));
    }

    /** Every pattern and the date format must work before a page uses them: a broken one fails the build. */
    private static void check(String tag, Map<String, String> texts, Set<String> patterns, Map<String, Layer> from)
            throws TemplateException {
        Locale locale = Locale.forLanguageTag(tag);
        for (Map.Entry<String, String> message : new TreeMap<>(texts).entrySet()) {
            String key = message.getKey();
            try {
                if (patterns.contains(key)) {
                    new MessageFormat(message.getValue(), locale);
                } else if (key.equals(Messages.DATE_FORMAT)) {
                    Messages.dateFormatter(message.getValue(), locale);
                }
            } catch (IllegalArgumentException e) {
                Layer where = from.get(key);
                throw new TemplateException(Diagnostic.error(
                        where.description(),
                        where.lines().getOrDefault(key, 0),
                        1,
                        "the message '" + key + "' is not a valid "
                                + (patterns.contains(key) ? "pattern" : "date format") + ": " + e.getMessage(),
                        patterns.contains(key)
                                ? "Write arguments as {0}, plurals as {0,choice,1#1 entry|1<{0} entries}, and an"
                                        + " apostrophe as '' (or ’)."
                                : "Write short, medium, long or full, or a pattern such as dd.MM.yyyy."));
            }
        }
    }

    /** One file of messages: packaged or from the template folder, with the line of each key. */
    private record Layer(String description, boolean packaged, Map<String, String> texts, Map<String, Integer> lines) {}

    private List<Layer> layers(String name) throws TemplateException {
        List<Layer> layers = new ArrayList<>();
        try {
            boolean first = true;
            for (TemplateSource.Version version : source.versions(name)) {
                boolean packaged = first && version.description().startsWith("default template ");
                layers.add(read(version, packaged));
                first = false;
            }
        } catch (IOException e) {
            throw new TemplateException(Diagnostic.error(
                    source.describe(name),
                    0,
                    0,
                    "cannot read the messages: " + e.getMessage(),
                    "Save the file as UTF-8 text, key = text per line."));
        }
        return layers;
    }

    private static Layer read(TemplateSource.Version version, boolean packaged) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(version.bytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(version.description() + " is not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IllegalArgumentException e) {
            throw new IOException(version.description() + ": " + e.getMessage());
        }
        Map<String, String> texts = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            texts.put(key, properties.getProperty(key));
        }
        return new Layer(version.description(), packaged, texts, lines(text, texts.keySet()));
    }

    /** The line each key is written on (a simple reading: the key at a line's start, then its separator). */
    private static Map<String, Integer> lines(String text, Set<String> keys) {
        Map<String, Integer> lines = new HashMap<>();
        String[] all = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].stripLeading();
            int end = 0;
            while (end < line.length() && "=: \t".indexOf(line.charAt(end)) < 0) {
                end++;
            }
            String key = line.substring(0, end);
            if (keys.contains(key)) {
                lines.putIfAbsent(key, i + 1);
            }
        }
        return lines;
    }
}
