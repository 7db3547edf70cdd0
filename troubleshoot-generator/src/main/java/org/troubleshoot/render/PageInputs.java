package org.troubleshoot.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.troubleshoot.cache.Digests;
import org.troubleshoot.link.RelatedEntries;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.plan.FileContent;
import org.troubleshoot.plan.KnownInputs;

/**
 * What a page's own files (its page, its category pages, the pages left at old category ids) are made from,
 * as a digest: the page itself (every field: its entries with their causes and codes, anchors, translation), the
 * URLs its links got, the entries related to each of its entries (address, reason, symptom and category they
 * show), its date and each entry's row date ("Updated …"), its versions in the site's other languages (the
 * language switcher and hreflang links); and, from the rest of the site, only what every page's layout shows of
 * its language: each page's place in the navigation, the site's title and settings (feedback and no-results
 * addresses, base and edit URLs, languages…), the language, its folder and every message of it, the generator
 * and the preview's head. The templates are not in it: a build cache compares them as a whole.
 *
 * <p>This is the rule a page output must keep: its bytes may depend on nothing else. A file whose digest is
 * the last build's need not be made again. Files made from several pages — {@code ids.js}, {@code aliases.js},
 * code pages, site.json — are not pages: they are made on every build and compared.
 */
final class PageInputs {
    private final RenderContext context;
    private final String generator;
    private final String extraHead;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, byte[]> shown = new ConcurrentHashMap<>();
    /** Made when first asked for: the live preview never asks, and must not pay for it on every edit. */
    private volatile byte[] site;
    /** The most bytes a page's digest has read so far. */
    private volatile int largestPage;

    PageInputs(RenderContext context, String generator, String extraHead) {
        this.context = context;
        this.generator = generator;
        this.extraHead = extraHead;
    }

    /** What every page's layout shows of the site, in this context's language. */
    private byte[] site() {
        byte[] known = site;
        if (known != null) {
            return known;
        }
        Digests digest = new Digests()
                .add(context.title)
                .addComponents(context.site.settings())
                .add(generator)
                .add(extraHead)
                .add(context.largeSite ? 1 : 0)
                .add(context.troubleshootingPages.size())
                .add(context.language)
                .add(context.folder);
        Messages messages = context.messages;
        digest.add(messages.language());
        new TreeMap<>(messages.all()).forEach((key, text) -> digest.add(key).add(text));
        new TreeSet<>(messages.patterns()).forEach(digest::add);
        digest.add(context.site.pages().size());
        for (Page page : context.site.pages()) {
            // Each page's place in the navigation (PageOutline.Nav, without making the outline's texts).
            digest.add(page.id())
                    .add(page.sourceFile())
                    .add(page.title())
                    .add(page.kind().id())
                    .add(page.audience())
                    .add(page.order())
                    .add(page.description())
                    .add(page.autoLinks() ? 1 : 0);
            List<Category> categories = page.categories();
            digest.add(categories.size());
            for (Category category : categories) {
                digest.add(category.id())
                        .add(category.title())
                        .add(category.audience())
                        .add(category.aliases().size())
                        .add(category.entries().size());
                category.aliases().forEach(digest::add);
            }
        }
        known = digest.digest();
        site = known;
        return known;
    }

    /** {@code content}, the file {@code path} of {@code page}, able to tell the digest of its inputs. */
    FileContent of(Page page, String path, FileContent content) {
        return new KnownInputs() {
            private volatile byte[] inputs;

            @Override
            public byte[] inputs() {
                byte[] known = inputs;
                if (known == null) {
                    known = new Digests()
                            .add(site())
                            .add(pages.computeIfAbsent(page.id(), id -> digest(page)))
                            .add(path)
                            .digest();
                    inputs = known;
                }
                return known;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                content.writeTo(out);
            }
        };
    }

    private byte[] digest(Page page) {
        // Sized like the largest page so far: growing by doubling copied each page's bytes twice over.
        Digests digest = new Digests(largestPage)
                .add(page)
                .add(context.site.lastChanged(page).orElse(null));
        List<String> urls = context.links.urls().get(page.id());
        digest.add(urls == null ? -1 : urls.size());
        if (urls != null) {
            urls.forEach(digest::add);
        }
        versions(digest, context.versions.ofPage(page));
        for (Category category : page.categories()) {
            versions(digest, context.versions.ofCategory(page, category));
            for (Entry entry : category.entries()) {
                digest.add(context.site.updated(entry).orElse(null));
                List<RelatedEntries.Related> related = context.links.related(page, entry);
                digest.add(related.size());
                for (RelatedEntries.Related other : related) {
                    digest.add(shown(other.located())).add(other.reason().name());
                }
            }
        }
        largestPage = Math.max(largestPage, digest.size()); // a race loses an update, no more
        return digest.digest();
    }

    /**
     * What a related entry's link shows (its address, symptom and category), digested once per entry: a large
     * site lists each entry as related to about five others, and these texts were most of the bytes its pages'
     * digests read (167 of 190 MB).
     */
    private byte[] shown(RelatedEntries.Located entry) {
        // Keyed by the entry's address, unique within a site, rather than the record, whose hash is its whole page.
        // (get, then put: two threads may both make it, the same bytes, where computeIfAbsent's lambda would
        // capture the entry on every call.)
        byte[] known = shown.get(entry.url());
        if (known == null) {
            known = new Digests()
                    .add(entry.url())
                    .add(entry.entry().symptom().text())
                    .add(entry.category().title())
                    .digest();
            shown.put(entry.url(), known);
        }
        return known;
    }

    /** The versions a file's language switcher and hreflang links show. */
    private static void versions(Digests digest, List<Versions.Version> versions) {
        digest.add(versions.size());
        for (Versions.Version version : versions) {
            digest.add(version.language()).add(version.url()).add(version.equivalent() ? 1 : 0);
        }
    }
}
