package org.troubleshoot.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.troubleshoot.assemble.SiteAssembler;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.ErrorCode;
import org.troubleshoot.model.Page;

/**
 * Error codes lead to one row each: software prints one address per code ({@code e/E401.html}), so a code on two
 * rows is an error naming both. Checked over every page of the content, whatever audience a build is for, so
 * that the public and the internal build agree.
 */
public final class SiteCodes {
    private SiteCodes() {}

    private record Use(Entry entry, String file) {}

    /** An error at the later row of every code written on two rows (codes compared without case). */
    public static List<Diagnostic> check(List<Page> pages) {
        Map<String, Use> first = new HashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Page> ordered = new ArrayList<>(pages);
        ordered.sort(SiteAssembler.PAGE_ORDER); // the row met first in the site keeps the code
        for (Page page : ordered) {
            for (Category category : page.categories()) {
                for (Entry entry : category.entries()) {
                    for (String code : entry.codes()) {
                        Use earlier = first.putIfAbsent(ErrorCode.key(code), new Use(entry, page.sourceFile()));
                        if (earlier != null) {
                            diagnostics.add(Diagnostic.error(
                                    page.sourceFile(),
                                    entry.source().line(),
                                    1,
                                    "error code '" + code + "' of \""
                                            + entry.symptom().text() + "\" is also on "
                                            + earlier.file() + ":"
                                            + earlier.entry().source().line() + " (\""
                                            + earlier.entry().symptom().text() + "\")",
                                    "A code leads to one row (" + ErrorCode.url(code) + "): keep it on the row it"
                                            + " belongs to and remove it from the other."));
                        }
                    }
                }
            }
        }
        return diagnostics;
    }
}
