package org.troubleshoot.plan;

/**
 * One file a build writes.
 *
 * @param path     where it goes, relative to the site root, '/'-separated
 * @param origin   what asked for it
 * @param audience who it is for: the audience of its page or category, {@code public} for template files,
 *                 the build's audience for files made from the whole site
 * @param role     what the file depends on, which tells the live preview when it must be written again
 * @param pageId   for {@link Role#PAGE} files, the page they belong to; else null
 * @param indexed  whether it is a page for search engines, listed in sitemap.xml (not a redirect or the
 *                 not-found page)
 * @param content  its bytes, made when it is written
 */
public record PlannedFile(
        String path, Origin origin, String audience, Role role, String pageId, boolean indexed, FileContent content) {
    /** What a file's bytes depend on. */
    public enum Role {
        /** One page's own files: the page, its category pages and the pages left at old category ids. */
        PAGE,
        /** Files made from the whole site: home, indexes, site.json, search index, sitemap… */
        SHARED,
        /** Files copied as they are: template assets, linked content files, the static folder. */
        ASSET
    }

    /** A file of page {@code pageId}, listed in the sitemap. */
    public static PlannedFile ofPage(String path, Origin origin, String audience, String pageId, FileContent content) {
        return new PlannedFile(path, origin, audience, Role.PAGE, pageId, true, content);
    }

    /** A file made from the whole site; {@code indexed} if search engines should list it. */
    public static PlannedFile shared(
            String path, Origin origin, String audience, boolean indexed, FileContent content) {
        return new PlannedFile(path, origin, audience, Role.SHARED, null, indexed, content);
    }

    public static PlannedFile asset(String path, Origin origin, String audience, FileContent content) {
        return new PlannedFile(path, origin, audience, Role.ASSET, null, false, content);
    }

    /** The same file, left out of the sitemap (a redirect: search engines should list its target instead). */
    public PlannedFile unindexed() {
        return new PlannedFile(path, origin, audience, role, pageId, false, content);
    }
}
