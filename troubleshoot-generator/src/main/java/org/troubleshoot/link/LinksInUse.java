package org.troubleshoot.link;

import java.util.BitSet;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Cause;
import org.troubleshoot.model.Cell;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.LinkRef;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;

/**
 * Which of a page's links its sections still show. A build for one audience takes categories for other
 * audiences out of a page; the links written in them must not publish the files they lead to.
 */
final class LinksInUse {
    private LinksInUse() {}

    /** The indexes (in {@link Page#links()}) of the links that the page's sections' HTML refers to. */
    static BitSet of(Page page) {
        BitSet used = new BitSet(page.links().size());
        for (Section section : page.sections()) {
            if (section instanceof Category category) {
                scan(category.introHtml(), used);
                for (Entry entry : category.entries()) {
                    scan(entry.symptom(), used);
                    for (Cause cause : entry.causes()) {
                        scan(cause.cause(), used);
                        scan(cause.resolution(), used);
                    }
                    entry.extras().forEach(cell -> scan(cell, used));
                }
            } else if (section instanceof Prose prose) {
                scan(prose.html(), used);
            } else if (section instanceof Question question) {
                scan(question.answerHtml(), used);
            } else if (section instanceof DataTable table) {
                for (DataRow row : table.rows()) {
                    row.cells().forEach(cell -> scan(cell, used));
                }
            }
        }
        return used;
    }

    private static void scan(Cell cell, BitSet used) {
        scan(cell.html(), used);
    }

    private static void scan(String html, BitSet used) {
        for (int at = html.indexOf(LinkRef.HREF_PREFIX); at >= 0; at = html.indexOf(LinkRef.HREF_PREFIX, at + 1)) {
            int end = at + LinkRef.HREF_PREFIX.length();
            int index = 0;
            boolean digits = false;
            while (end < html.length() && Character.isDigit(html.charAt(end))) {
                index = index * 10 + html.charAt(end++) - '0';
                digits = true;
            }
            if (digits) {
                used.set(index);
            }
        }
    }
}
