package org.troubleshoot.render;

import java.nio.charset.StandardCharsets;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Urls;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;

/**
 * {@code _redirects}, the file Netlify and Cloudflare Pages read: a permanent redirect from every category's old
 * id page to its page, so that those hosts answer an old address with HTTP 301 (the browser keeps its
 * {@code #fragment}). Paths start at the host's root: the base URL's path when one is set, else {@code /}. Only
 * written when the site has old category ids. Other hosts ignore the file; the pages left at old ids forward
 * readers on every host (docs/writing.md, "Moving rows"). One file for the site, every language's pages in it: hosts
 * read it at the root only.
 */
final class HostRedirects implements Output {
    static final String FILE = "_redirects";

    @Override
    public boolean perLanguage() {
        return false;
    }

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        String base =
                context.wholeSite.settings().baseUrl().map(HostRedirects::path).orElse("/");
        StringBuilder lines = new StringBuilder();
        for (Page page : context.wholeSite.pages()) {
            for (Category category : page.categories()) {
                for (String alias : category.aliases()) {
                    lines.append(base)
                            .append(Urls.encodePath(page.categoryAliasUrl(alias)))
                            .append(' ')
                            .append(base)
                            .append(Urls.encodePath(page.categoryUrl(category)))
                            .append(" 301\n");
                }
            }
        }
        if (lines.length() == 0) {
            return;
        }
        byte[] bytes = ("# Old addresses of categories (troubleshoot): Netlify and Cloudflare Pages answer them with"
                        + " a redirect.\n" + lines)
                .getBytes(StandardCharsets.UTF_8);
        plan.add(PlannedFile.shared(
                FILE,
                Origin.generated("the generated _redirects"),
                context.siteAudience(),
                false,
                out -> out.write(bytes)));
    }

    /** The path of a base URL ({@code https://help.example.com/docs/} → {@code /docs/}); it ends with '/'. */
    static String path(String baseUrl) {
        int host = baseUrl.indexOf("://");
        int slash = baseUrl.indexOf('/', host < 0 ? 0 : host + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }
}
