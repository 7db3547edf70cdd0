package org.troubleshoot.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.troubleshoot.link.AutoLinks;
import org.troubleshoot.link.ResolvedLinks;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.LinkRef;
import org.troubleshoot.model.Page;

/** Replaces the link placeholders in a page's HTML with URLs relative to the file being written. */
final class LinkWriter {
    private static final String MARKER = "troubleshoot:";
    private static final Pattern ALT = Pattern.compile(" alt=\"([^\"]*)\"");

    private final ResolvedLinks links;

    LinkWriter(ResolvedLinks links) {
        this.links = links;
    }

    /**
     * {@code html} with every {@code troubleshoot:link/N} replaced by {@code root} + the URL of link N of
     * {@code page}, and every {@code troubleshoot:site/URL} (an automatic link) by {@code root} + URL.
     * A plain scan, not a regex: this runs over every cell of every page.
     */
    String write(String html, Page page, String root) {
        int at = html.indexOf(MARKER);
        if (at < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 32);
        int from = 0;
        while (at >= 0) {
            out.append(html, from, at);
            if (html.startsWith(LinkRef.HREF_PREFIX, at)) {
                int digits = at + LinkRef.HREF_PREFIX.length();
                int end = digits;
                while (end < html.length() && Character.isDigit(html.charAt(end))) {
                    end++;
                }
                if (end == digits) {
                    out.append(LinkRef.HREF_PREFIX);
                } else {
                    String url = links.url(page, Integer.parseInt(html.substring(digits, end)));
                    if (url.equals(ResolvedLinks.LEFT_OUT)) {
                        int open = out.lastIndexOf("<");
                        int tagEnd = html.indexOf('>', end);
                        if (open >= 0 && tagEnd >= 0 && out.indexOf("<img ", open) == open) {
                            // <img src="…" alt="text"> becomes its alt text.
                            String tag = out.substring(open) + html.substring(end, tagEnd);
                            Matcher alt = ALT.matcher(tag);
                            out.setLength(open);
                            out.append(alt.find() ? alt.group(1) : "");
                            from = tagEnd + 1;
                            at = html.indexOf(MARKER, from);
                            continue;
                        }
                        // <a href="…">text</a> becomes <span class="left-out">text</span>: the text stays.
                        open = out.indexOf("<a ", open) == open ? open : -1;
                        int close = html.indexOf("</a>", end);
                        if (open >= 0 && tagEnd >= 0 && close > tagEnd) {
                            out.setLength(open);
                            out.append("<span class=\"left-out\">")
                                    .append(html, tagEnd + 1, close)
                                    .append("</span>");
                            from = close + "</a>".length();
                            at = html.indexOf(MARKER, from);
                            continue;
                        }
                        url = "#";
                    }
                    out.append(Html.escape(url.startsWith("#") ? url : root + url));
                }
                from = end;
            } else if (html.startsWith(AutoLinks.SITE_PREFIX, at)) {
                // Already escaped when the link was made; it ends at the attribute's closing quote.
                int end = html.indexOf('"', at);
                end = end < 0 ? html.length() : end;
                out.append(root).append(html, at + AutoLinks.SITE_PREFIX.length(), end);
                from = end;
            } else {
                out.append(MARKER);
                from = at + MARKER.length();
            }
            at = html.indexOf(MARKER, from);
        }
        return out.append(html, from, html.length()).toString();
    }
}
