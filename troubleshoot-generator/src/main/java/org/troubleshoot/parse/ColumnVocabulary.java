package org.troubleshoot.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.troubleshoot.text.Words;

/**
 * The names a table's columns go by, per role and language, kept as data: the file {@value #RESOURCE} next to
 * this class (one {@code role<TAB>language<TAB>name} per line), extended by a site's {@code columns.<role>}
 * settings. Names are matched without regard to case, accents or punctuation. Every language's names count on
 * every site; the language is kept so that the names can be listed or filtered per language.
 *
 * <p>Immutable: read once per build and handed to the parser, which shares it between its threads.
 */
public final class ColumnVocabulary {
    static final String RESOURCE = "columns.tsv";
    /** The language of the names a site adds in its settings. */
    public static final String SITE = "site";

    /** One name of a role, in one language, as written in the vocabulary or the settings. */
    public record Name(ColumnRole role, String language, String name) {}

    private final List<Name> names;
    private final Map<String, Name> byKey;

    private ColumnVocabulary(List<Name> names) {
        this.names = List.copyOf(names);
        Map<String, Name> map = new HashMap<>();
        for (Name name : this.names) {
            map.putIfAbsent(key(name.name()), name);
        }
        this.byKey = Map.copyOf(map);
    }

    /** The names this generator knows, from {@value #RESOURCE}. */
    public static ColumnVocabulary builtIn() {
        try (InputStream in = ColumnVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the generator's jar");
            }
            return new ColumnVocabulary(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the vocabulary file. Its mistakes are the generator's own (it ships in the jar, and a test reads it),
     * so they throw instead of becoming a writer's diagnostic.
     */
    static List<Name> read(BufferedReader reader) throws IOException {
        List<Name> names = new ArrayList<>();
        Map<String, Name> seen = new HashMap<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.equals("role\tlanguage\tname")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            Optional<ColumnRole> role = fields.length == 3 ? ColumnRole.named(fields[0]) : Optional.empty();
            if (role.isEmpty()
                    || !fields[1].matches("[a-z]{2}")
                    || key(fields[2]).isEmpty()) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": not role<TAB>language<TAB>name: " + line);
            }
            Name name = new Name(role.get(), fields[1], fields[2].strip());
            Name earlier = seen.putIfAbsent(key(name.name()), name);
            if (earlier != null && earlier.role() != name.role()) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": '" + name.name() + "' is a "
                        + name.role().id() + " name here and a "
                        + earlier.role().id() + " name above");
            }
            names.add(name);
        }
        return names;
    }

    /**
     * This vocabulary with more names for {@code role} (a site's {@code columns.<role>} setting). A name that
     * had another role now has this one: the site knows what its tables mean.
     */
    public ColumnVocabulary with(ColumnRole role, Collection<String> moreNames) {
        Set<String> keys = new LinkedHashSet<>();
        List<Name> added = new ArrayList<>();
        for (String written : moreNames) {
            String key = key(written);
            if (!key.isEmpty() && keys.add(key)) {
                added.add(new Name(role, SITE, written.strip()));
            }
        }
        List<Name> all = new ArrayList<>(added);
        for (Name name : names) {
            if (!keys.contains(key(name.name()))) {
                all.add(name);
            }
        }
        return new ColumnVocabulary(all);
    }

    /**
     * This vocabulary with a site's names ({@code columns.<role>} settings: role id → names, in a fixed order);
     * a role this generator does not know is left out (the settings report it).
     */
    public ColumnVocabulary withSite(Map<String, List<String>> names) {
        ColumnVocabulary vocabulary = this;
        for (Map.Entry<String, List<String>> role : names.entrySet()) {
            Optional<ColumnRole> known = ColumnRole.named(role.getKey());
            if (known.isPresent()) {
                vocabulary = vocabulary.with(known.get(), role.getValue());
            }
        }
        return vocabulary;
    }

    /** Every name, the site's first, then in the vocabulary file's order. */
    public List<Name> names() {
        return names;
    }

    /** The name a header matches, if any. */
    Optional<Name> match(String header) {
        return Optional.ofNullable(byKey.get(key(header)));
    }

    /** The names of {@code role} in English, the given languages and the site's, for a hint. */
    List<String> names(ColumnRole role, Set<String> languages) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (Name name : names) {
            boolean wanted =
                    name.language().equals("en") || name.language().equals(SITE) || languages.contains(name.language());
            if (name.role() == role && wanted && keys.add(key(name.name()))) {
                result.add(name.name());
            }
        }
        return result;
    }

    /**
     * A header as it is compared: its words, folded as ids and search words are ({@link Words}: lower case, "ß"
     * as "ss", accents dropped, full-width letters folded), one space between them.
     */
    static String key(String header) {
        return Words.joined(header, ' ');
    }
}
