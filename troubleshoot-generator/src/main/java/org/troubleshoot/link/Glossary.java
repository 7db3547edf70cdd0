package org.troubleshoot.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.LinkRef;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Section;
import org.troubleshoot.model.Urls;

/** The writers' glossary ({@code links.md}): a table of Term | Link, whose terms become automatic links. */
final class Glossary {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private Glossary() {}

    /**
     * The glossary's Term | Link rows, as term → the URL automatic links lead to; a link is a URL, or a content
     * file and anchor like any link.
     *
     * @param glossaryUrls the resolved URLs of the glossary page's own links, by index
     * @param resolve      resolves a link written as plain text in the Link cell (problems go to the diagnostics)
     */
    static Map<String, String> terms(
            Page glossary, List<String> glossaryUrls, Function<LinkRef, String> resolve, List<Diagnostic> diagnostics) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (Section section : glossary.sections()) {
            if (!(section instanceof DataTable table) || table.columns().size() < 2) {
                continue;
            }
            for (DataRow row : table.rows()) {
                String term = row.cells().get(0).text();
                Cell target = row.cells().get(1);
                Matcher href = HREF.matcher(target.html());
                String url;
                if (href.find() && href.group(1).startsWith(LinkRef.HREF_PREFIX)) {
                    int index = Integer.parseInt(href.group(1).substring(LinkRef.HREF_PREFIX.length()));
                    url = siteUrl(glossaryUrls.get(index));
                } else if (href.find(0)) {
                    url = href.group(1).replace("&amp;", "&");
                } else if (Urls.isExternal(target.text())) {
                    url = target.text();
                } else {
                    url = siteUrl(resolve.apply(new LinkRef(target.text(), row.source())));
                }
                if (term.isEmpty() || target.text().isEmpty()) {
                    diagnostics.add(Diagnostic.error(
                            row.source().file(),
                            row.source().line(),
                            row.source().column(),
                            "glossary row needs a term and a link",
                            "Write | Term | https://… | or | Term | page.md#id |."));
                } else if (url != null) {
                    terms.putIfAbsent(term, url);
                }
            }
        }
        return terms;
    }

    /** A resolved link as an automatic link's target; null when it leads nowhere or to what was left out. */
    private static String siteUrl(String resolved) {
        return resolved == null || resolved.equals(ResolvedLinks.LEFT_OUT) ? null : AutoLinks.SITE_PREFIX + resolved;
    }
}
