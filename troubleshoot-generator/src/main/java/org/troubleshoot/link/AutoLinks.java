package org.troubleshoot.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.PageKind;
import org.troubleshoot.model.Section;

/**
 * Links the names a reader would expect to click in the cause and "what to do" cells: a category's name,
 * "escalate" (to the Contact page's escalation rows), "FAQ", "Contact", and the terms of the writers'
 * glossary ({@code links.md}). The rules, as documented for writers in docs/writing.md:
 * <ul>
 *   <li>whole words only, with the case as written ("Calls", not "calls" or "Callsign");</li>
 *   <li>never inside an existing link or inside code;</li>
 *   <li>the first occurrence of each name in a cell, and never a link from a category to itself;</li>
 *   <li>the longest name wins ("Sidekiq dashboard" over "Dashboard").</li>
 * </ul>
 * Automatic links carry the class {@code auto-link}, so readers and theme authors can tell them apart.
 */
public final class AutoLinks {
    /** Where an internal automatic link points, written into HTML and resolved like written links. */
    public static final String SITE_PREFIX = "troubleshoot:site/";

    private static final Pattern ESCALATION_ROW = Pattern.compile("escalation(?:-to-(.+))?");

    private final Map<String, String> hrefByHtmlTerm;
    /** Terms by their first word (lower-cased), longest first: a lookup per word instead of one huge regex. */
    private final Map<String, List<String>> termsByFirstWord = new HashMap<>();

    /** @param glossary writer-defined terms and their targets (an external URL or a site-relative URL) */
    AutoLinks(List<Page> pages, Map<String, String> glossary) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (Page page : pages) {
            if (page.kind() == PageKind.FAQ) {
                terms.putIfAbsent("FAQ", SITE_PREFIX + page.url());
            } else if (page.kind() == PageKind.CONTACT) {
                terms.putIfAbsent("Contact", SITE_PREFIX + page.url());
                escalations(page, terms);
            }
            for (Category category : page.categories()) {
                terms.putIfAbsent(category.title(), SITE_PREFIX + page.categoryUrl(category));
            }
        }
        glossary.forEach(terms::putIfAbsent);
        hrefByHtmlTerm = new LinkedHashMap<>();
        terms.forEach((term, href) -> hrefByHtmlTerm.put(Html.escape(term), href));
        for (String term : hrefByHtmlTerm.keySet()) {
            String first = firstWord(term, 0);
            if (!first.isEmpty()) {
                termsByFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(term);
            }
        }
        termsByFirstWord
                .values()
                .forEach(list -> list.sort(
                        Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The word starting at {@code start} (letters, digits, underscore), as written. */
    private static String firstWord(String text, int start) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** "escalate to engineering" → the row "Escalation to engineering"; a bare "escalate" → the first such row. */
    private static void escalations(Page contact, Map<String, String> terms) {
        for (Section section : contact.sections()) {
            if (!(section instanceof DataTable table)) {
                continue;
            }
            for (DataRow row : table.rows()) {
                Matcher matcher = ESCALATION_ROW.matcher(row.id());
                if (!matcher.matches()) {
                    continue;
                }
                String href = SITE_PREFIX + contact.url() + "#" + row.id();
                if (matcher.group(1) != null) {
                    String to = matcher.group(1).replace('-', ' ');
                    terms.putIfAbsent("escalate to " + to, href);
                    terms.putIfAbsent("Escalate to " + to, href);
                }
                terms.putIfAbsent("escalate", href);
                terms.putIfAbsent("Escalate", href);
            }
        }
    }

    /** The page with automatic links in its entries' cause and resolution cells (unless switched off). */
    Page apply(Page page) {
        if (termsByFirstWord.isEmpty() || !page.autoLinks() || page.categories().isEmpty()) {
            return page;
        }
        List<Section> sections = new ArrayList<>();
        for (Section section : page.sections()) {
            if (section instanceof Category category) {
                String self = SITE_PREFIX + page.categoryUrl(category);
                List<Entry> entries = new ArrayList<>();
                boolean changed = false;
                for (Entry entry : category.entries()) {
                    List<Cause> causes = new ArrayList<>(entry.causes().size());
                    boolean linked = false;
                    for (Cause cause : entry.causes()) {
                        Cause withLinks = cause.with(link(cause.cause(), self), link(cause.resolution(), self));
                        linked |= withLinks != cause;
                        causes.add(withLinks);
                    }
                    // An entry without automatic links stays the same object: a big site keeps fewer copies.
                    entries.add(linked ? entry.withCauses(causes) : entry);
                    changed |= linked;
                }
                sections.add(changed ? category.withEntries(entries) : category);
            } else {
                sections.add(section);
            }
        }
        return page.withSections(sections);
    }

    private Cell link(Cell cell, String selfHref) {
        String html = link(cell.html(), selfHref);
        return html.equals(cell.html()) ? cell : new Cell(cell.markdown(), html, cell.text());
    }

    /** Adds the links to the text of {@code html}, outside links and code. */
    String link(String html, String selfHref) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        Set<String> used = new HashSet<>();
        int linkDepth = 0;
        int codeDepth = 0;
        int at = 0;
        while (at < html.length()) {
            int tag = html.indexOf('<', at);
            int textEnd = tag < 0 ? html.length() : tag;
            String text = html.substring(at, textEnd);
            out.append(linkDepth == 0 && codeDepth == 0 ? linkText(text, selfHref, used) : text);
            if (tag < 0) {
                break;
            }
            int close = html.indexOf('>', tag);
            if (close < 0) {
                out.append(html, tag, html.length());
                break;
            }
            String element = html.substring(tag, close + 1);
            String name = element.toLowerCase(Locale.ROOT);
            if (name.startsWith("<a ") || name.equals("<a>")) {
                linkDepth++;
            } else if (name.equals("</a>")) {
                linkDepth = Math.max(0, linkDepth - 1);
            } else if (name.startsWith("<code") || name.startsWith("<pre")) {
                codeDepth++;
            } else if (name.equals("</code>") || name.equals("</pre>")) {
                codeDepth = Math.max(0, codeDepth - 1);
            }
            out.append(element);
            at = close + 1;
        }
        return out.toString();
    }

    /** Links the first occurrence of each term in a piece of text: at each word start, the longest term that fits. */
    private String linkText(String text, String selfHref, Set<String> used) {
        StringBuilder out = null;
        int last = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            String word = firstWord(text, i);
            String match = null;
            for (String term : termsByFirstWord.getOrDefault(word, List.of())) {
                int end = i + term.length();
                if (text.startsWith(term, i)
                        && (end == text.length() || !isWordChar(text.charAt(end)))
                        && !hrefByHtmlTerm.get(term).equals(selfHref)
                        && !used.contains(term)) {
                    match = term;
                    break;
                }
            }
            if (match == null) {
                i += Math.max(1, word.length());
                continue;
            }
            used.add(match);
            if (out == null) {
                out = new StringBuilder(text.length() + 64);
            }
            out.append(text, last, i)
                    .append("<a class=\"auto-link\" href=\"")
                    .append(Html.escape(hrefByHtmlTerm.get(match)))
                    .append("\">")
                    .append(match)
                    .append("</a>");
            i += match.length();
            last = i;
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }
}
