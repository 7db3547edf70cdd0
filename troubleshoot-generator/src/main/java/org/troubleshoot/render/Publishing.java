package org.troubleshoot.render;

import org.troubleshoot.model.Category;
import org.troubleshoot.model.Html;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a static host and search engines look for: robots.txt always; sitemap.xml when the base URL is
 * known (a sitemap needs absolute addresses), with each page's git date as its last modification.
 */
final class Publishing {
    private final Site site;
    private final boolean allPage;

    /** @param allPage whether the site has all.html */
    Publishing(Site site, boolean allPage) {
        this.site = site;
        this.allPage = allPage;
    }

    void write(Path out) throws IOException {
        Optional<String> base = site.settings().baseUrl();
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        base.ifPresent(b -> robots.append("Sitemap: ").append(b).append("sitemap.xml\n"));
        Files.writeString(out.resolve("robots.txt"), robots, StandardCharsets.UTF_8);
        if (base.isEmpty()) {
            return;
        }
        try (Writer xml = Files.newBufferedWriter(out.resolve("sitemap.xml"), StandardCharsets.UTF_8)) {
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            xml.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            url(xml, "index.html", Optional.empty());
            for (Page page : site.pages()) {
                Optional<String> date = site.lastChanged(page);
                url(xml, page.url(), date);
                for (Category category : page.categories()) {
                    url(xml, page.categoryUrl(category), date);
                }
            }
            url(xml, "a-z.html", Optional.empty());
            if (allPage) {
                url(xml, SiteRenderer.ALL_PAGE, Optional.empty());
            }
            xml.write("</urlset>\n");
        }
    }

    private void url(Writer xml, String url, Optional<String> lastModified) throws IOException {
        xml.write("  <url><loc>" + Html.escape(site.settings().absolute(url).orElseThrow()) + "</loc>");
        if (lastModified.isPresent()) {
            xml.write("<lastmod>" + lastModified.get() + "</lastmod>");
        }
        xml.write("</url>\n");
    }
}
