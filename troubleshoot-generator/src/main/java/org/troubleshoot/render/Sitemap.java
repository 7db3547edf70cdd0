package org.troubleshoot.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.Site;
import org.troubleshoot.model.Urls;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;

/**
 * The files a static host and search engines look for: robots.txt always; sitemap.xml when the base URL is
 * known (a sitemap needs absolute addresses). The sitemap lists the plan's own pages, so it can name nothing
 * the build does not publish; each page's file has its git date as its last modification.
 */
final class Sitemap implements Output {
    static final String ROBOTS = "robots.txt";
    static final String SITEMAP = "sitemap.xml";

    @Override
    public boolean perLanguage() {
        return false;
    }

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        Site site = context.site;
        Optional<String> base = site.settings().baseUrl();
        plan.add(PlannedFile.shared(
                ROBOTS, Origin.generated("the generated robots.txt"), context.siteAudience(), false, out -> {
                    StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
                    base.ifPresent(b ->
                            robots.append("Sitemap: ").append(b).append(SITEMAP).append('\n'));
                    out.write(robots.toString().getBytes(StandardCharsets.UTF_8));
                }));
        if (base.isPresent()) {
            // Read when written, when every output has planned its files.
            List<PlannedFile> planned = plan.planned();
            plan.add(PlannedFile.shared(
                    SITEMAP,
                    Origin.generated("the generated sitemap.xml"),
                    context.siteAudience(),
                    false,
                    out -> write(site, planned, out)));
        }
    }

    /** Sorted by address, so that the order outputs are written in never changes the file. */
    private static void write(Site site, List<PlannedFile> planned, OutputStream out) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<PlannedFile> pages = planned.stream()
                .filter(PlannedFile::indexed)
                .sorted(Comparator.comparing(PlannedFile::path))
                .toList();
        for (PlannedFile page : pages) {
            xml.append("  <url><loc>")
                    .append(Html.escape(site.settings()
                            .absolute(Urls.encodePath(page.path()))
                            .orElseThrow()))
                    .append("</loc>");
            Optional<String> date = page.pageId() == null
                    ? Optional.empty()
                    : Optional.ofNullable(site.lastChanged().get(page.pageId()));
            date.ifPresent(d -> xml.append("<lastmod>").append(d).append("</lastmod>"));
            xml.append("</url>\n");
        }
        xml.append("</urlset>\n");
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    }
}
