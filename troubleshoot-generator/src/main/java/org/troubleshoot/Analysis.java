package org.troubleshoot;

import java.util.List;
import org.troubleshoot.diagnostic.Diagnostics;
import org.troubleshoot.diagnostic.Timings;
import org.troubleshoot.link.Linker;
import org.troubleshoot.link.ResolvedLinks;
import org.troubleshoot.model.Site;

/**
 * What reading, assembling and linking a content folder found.
 *
 * @param site         the linked site, for the build's audience
 * @param links        its resolved links and published content files
 * @param diagnostics  every problem so far
 * @param linked       the link stage's result, against which one changed page can be linked again
 * @param contentFiles the content folder's files that are not pages (each published or left out)
 */
record Analysis(
        Site site,
        ResolvedLinks links,
        Diagnostics diagnostics,
        Timings timings,
        Linker.Result linked,
        List<String> contentFiles) {
    /** The content files this build does not publish: no page links to them and they are not in static/. */
    List<String> leftOut() {
        return contentFiles.stream().filter(f -> !links.assets().containsKey(f)).toList();
    }
}
