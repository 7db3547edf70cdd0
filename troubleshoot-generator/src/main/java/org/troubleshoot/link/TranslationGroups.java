package org.troubleshoot.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.troubleshoot.assemble.SiteAssembler;
import org.troubleshoot.config.Languages;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.LinkRef;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Translations;
import org.troubleshoot.model.Urls;

/**
 * Finds the pages that are translations of each other. Two rules, the second winning:
 * <ul>
 *   <li>the same path under each language's folder: {@code faq.md}, {@code de/faq.md} and {@code ja/faq.md};</li>
 *   <li>front matter {@code translationOf: ../hilfe.md}, a content file relative to the page like a link, for
 *       pages whose names differ: the page joins the versions of the page it names, and only those.</li>
 * </ul>
 * A page with no version in some language is no problem (the language switcher leaves that language out); two
 * versions in one language, or a {@code translationOf} that leads nowhere, are errors.
 */
public final class TranslationGroups {
    private TranslationGroups() {}

    /** The translations, and problems with {@code translationOf}. */
    public record Result(Translations translations, List<Diagnostic> diagnostics) {}

    /**
     * @param pages   the pages of the build
     * @param leftOut pages the build's audience leaves out: naming one is no error, and it has no versions
     */
    public static Result of(List<Page> pages, Languages languages, SiteAssembler.LeftOut leftOut) {
        if (!languages.several()) {
            return new Result(Translations.NONE, List.of());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Page> bySource = new HashMap<>();
        pages.forEach(page -> bySource.put(page.sourceFile(), page));
        Map<String, String> named = new HashMap<>(); // source file → the source file it translates
        for (Page page : pages) {
            if (page.translationOf() != null) {
                Page target = target(page, bySource, languages, leftOut, diagnostics);
                if (target != null) {
                    named.put(page.sourceFile(), target.sourceFile());
                }
            }
        }
        Map<String, List<Page>> groups = new LinkedHashMap<>();
        for (Page page : pages) {
            groups.computeIfAbsent(key(page.sourceFile(), named, languages), k -> new ArrayList<>())
                    .add(page);
        }
        Map<String, List<String>> versions = new HashMap<>();
        Comparator<Page> byLanguage =
                Comparator.comparingInt(p -> languages.tags().indexOf(languages.of(p.sourceFile())));
        for (List<Page> group : groups.values()) {
            if (group.size() < 2 || !oneEachLanguage(group, languages, diagnostics)) {
                continue;
            }
            List<String> ids = group.stream().sorted(byLanguage).map(Page::id).toList();
            ids.forEach(id -> versions.put(id, ids));
        }
        return new Result(new Translations(versions), diagnostics);
    }

    /** The page a {@code translationOf} names, or null (with an error unless the audience left it out). */
    private static Page target(
            Page page,
            Map<String, Page> bySource,
            Languages languages,
            SiteAssembler.LeftOut leftOut,
            List<Diagnostic> diagnostics) {
        LinkRef ref = page.translationOf();
        String file = Urls.resolveContentPath(page.sourceFile(), ref.target());
        if (file == null) {
            diagnostics.add(error(
                    ref,
                    "translationOf '" + ref.target() + "' leaves the content folder",
                    "Name a page of the content folder, relative to this one: translationOf: ../faq.md"));
            return null;
        }
        Page target = bySource.get(file);
        if (target == null) {
            if (!leftOut.pages().contains(file)) {
                diagnostics.add(error(
                        ref,
                        "translationOf '" + ref.target() + "': no page " + file + " in the content folder",
                        "Name the page this one translates, relative to this one like a link (a page in the root"
                                + " language's folder is ../page.md from a language folder)."));
            }
            return null;
        }
        if (languages.of(file).equals(languages.of(page.sourceFile()))) {
            diagnostics.add(error(
                    ref,
                    "translationOf '" + ref.target() + "': " + file + " is in the same language (" + languages.of(file)
                            + ")",
                    "A translation lies in another language's folder (de/, ja/…); name the page it translates."));
            return null;
        }
        return target;
    }

    /**
     * What a page's versions share: for a page that names another, the key of the page at the end of the chain
     * of names (of a ring of pages naming each other, its first file by name); else its path inside its
     * language's folder.
     */
    private static String key(String sourceFile, Map<String, String> named, Languages languages) {
        String at = sourceFile;
        Set<String> seen = new HashSet<>();
        while (named.containsKey(at) && seen.add(at)) {
            at = named.get(at);
        }
        if (named.containsKey(at)) { // came round to a page seen before: the ring's first file names it
            String first = at;
            for (String next = named.get(at); !next.equals(at); next = named.get(next)) {
                first = next.compareTo(first) < 0 ? next : first;
            }
            at = first;
        }
        String language = languages.of(at);
        return language.equals(languages.root()) ? at : at.substring(at.indexOf('/') + 1);
    }

    /** Whether a group has at most one page per language; if not, an error on each page that joined it twice. */
    private static boolean oneEachLanguage(List<Page> group, Languages languages, List<Diagnostic> diagnostics) {
        Map<String, Page> byLanguage = new HashMap<>();
        boolean fine = true;
        for (Page page : group) {
            String language = languages.of(page.sourceFile());
            Page other = byLanguage.putIfAbsent(language, page);
            if (other != null) {
                fine = false;
                Page blamed = page.translationOf() != null ? page : other;
                Page kept = blamed == page ? other : page;
                LinkRef ref = blamed.translationOf();
                String message = blamed.sourceFile() + " and " + kept.sourceFile() + " are both the " + language
                        + " version of the same page";
                String hint = "Each page has at most one version per language: change translationOf, or rename one.";
                diagnostics.add(
                        ref == null
                                ? Diagnostic.error(blamed.sourceFile(), 1, 1, message, hint)
                                : error(ref, message, hint));
            }
        }
        return fine;
    }

    private static Diagnostic error(LinkRef ref, String message, String hint) {
        return Diagnostic.error(
                ref.source().file(), ref.source().line(), ref.source().column(), message, hint);
    }
}
