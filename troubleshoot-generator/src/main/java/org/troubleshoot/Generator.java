package org.troubleshoot;

import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.diagnostic.Diagnostics;
import org.troubleshoot.link.Linker;
import org.troubleshoot.link.PreviousSite;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;
import org.troubleshoot.parse.ContentParser;
import org.troubleshoot.parse.ParseResult;
import org.troubleshoot.publish.OutputFolder;
import org.troubleshoot.render.SiteRenderer;
import org.troubleshoot.render.TemplateSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's front door: reads a content folder and checks it, or builds it into a static site.
 *
 * <pre>{@code
 * BuildResult result = Generator.builder()
 *         .contentDirectory(Path.of("content"))
 *         .outputDirectory(Path.of("out"))
 *         .build()
 *         .generate();
 * result.diagnostics().forEach(d -> System.err.println(d.format()));
 * }</pre>
 *
 * The CLI and the Maven goals are thin adapters over this class. Nothing is written when there is an error.
 */
public final class Generator {
    /** The content file that holds the glossary of automatic links (Term | Link). */
    public static final String GLOSSARY = "links.md";

    /** Default site title when none is configured. */
    public static final String DEFAULT_TITLE = "Help Center";

    private final Path contentDirectory;
    private final Path outputDirectory;
    private final Optional<Path> templateDirectory;
    private final String title;
    private final Set<Path> excluded;
    private final Optional<String> previousSite;
    private final boolean autoLinks;

    private Generator(Builder builder) {
        this.contentDirectory = Objects.requireNonNull(builder.contentDirectory, "contentDirectory")
                .toAbsolutePath().normalize();
        this.outputDirectory = builder.outputDirectory == null ? null
                : builder.outputDirectory.toAbsolutePath().normalize();
        this.templateDirectory = Optional.ofNullable(builder.templateDirectory);
        this.title = builder.title == null || builder.title.isBlank() ? DEFAULT_TITLE : builder.title.strip();
        Set<Path> skip = new LinkedHashSet<>(builder.excluded);
        if (outputDirectory != null) {
            skip.add(outputDirectory); // an output folder inside the content folder is never read back
        }
        templateDirectory.ifPresent(skip::add);
        this.excluded = Set.copyOf(skip);
        this.previousSite = Optional.ofNullable(builder.previousSite);
        this.autoLinks = builder.autoLinks;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The version of the generator, from its jar's manifest ("dev" when run from classes). */
    public static String version() {
        String version = Generator.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** Reads and checks the content; writes nothing. */
    public BuildResult check() {
        Analysis analysis = analyse();
        return new BuildResult(analysis.site, analysis.diagnostics.sorted(), Optional.empty());
    }

    /** Reads, checks and, if there is no error, writes the site into the output folder in one swap. */
    public BuildResult generate() {
        if (outputDirectory == null) {
            throw new IllegalStateException("generate() needs an output directory");
        }
        Analysis analysis = analyse();
        Diagnostics diagnostics = analysis.diagnostics;
        if (diagnostics.hasErrors()) {
            return new BuildResult(analysis.site, diagnostics.sorted(), Optional.empty());
        }
        OutputFolder output = new OutputFolder(outputDirectory);
        Path staging = null;
        try {
            Optional<OutputFolder.Refusal> refusal = output.refusal(contentDirectory);
            if (refusal.isPresent()) {
                diagnostics.error(outputDirectory.toString(), 0, 0, refusal.get().message(), refusal.get().hint());
                return new BuildResult(analysis.site, diagnostics.sorted(), Optional.empty());
            }
            staging = output.createStaging();
            new SiteRenderer(new TemplateSource(templateDirectory), "troubleshoot " + version())
                    .render(analysis.site, analysis.links, contentDirectory, staging);
            output.publish(staging);
            return new BuildResult(analysis.site, diagnostics.sorted(), Optional.of(output.path()));
        } catch (SiteRenderer.TemplateException e) {
            diagnostics.add(e.diagnostic());
        } catch (IOException | RuntimeException e) {
            diagnostics.error(outputDirectory.toString(), 0, 0,
                    "cannot write the site: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    "Check that the output folder's parent exists and is writable; the previous site is unchanged.");
        }
        discard(output, staging, diagnostics);
        return new BuildResult(analysis.site, diagnostics.sorted(), Optional.empty());
    }

    private static void discard(OutputFolder output, Path staging, Diagnostics diagnostics) {
        if (staging == null) {
            return;
        }
        try {
            output.discard(staging);
        } catch (IOException e) {
            diagnostics.warning(staging.toString(), 0, 0, "could not remove the staging folder: " + e.getMessage(),
                    "Delete the folder by hand.");
        }
    }

    private record Analysis(Site site, org.troubleshoot.link.ResolvedLinks links, Diagnostics diagnostics) {
    }

    private Analysis analyse() {
        Diagnostics diagnostics = new Diagnostics();
        ParseResult parsed = new ContentParser().parse(contentDirectory, excluded);
        diagnostics.addAll(parsed.diagnostics());
        List<Page> pages = new ArrayList<>(parsed.pages());
        pages.sort(PAGE_ORDER);
        // links.md is the writers' glossary for automatic links, not a page of the site.
        Page glossary = pages.stream().filter(p -> p.sourceFile().equals(GLOSSARY)).findFirst().orElse(null);
        pages.remove(glossary);
        if (pages.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.add(Diagnostic.error(contentDirectory.toString(), 0, 0,
                    "no Markdown pages (*.md) in the content folder",
                    "Add a page such as troubleshooting.md, or point the build at the folder that has them."));
        }
        Linker.Result linked = new Linker(parsed.assets()).link(pages, glossary, autoLinks);
        diagnostics.addAll(linked.diagnostics());
        Site site = new Site(title, linked.pages());
        previousSite.ifPresent(previous -> diagnostics.addAll(new PreviousSite(previous).compare(pages)));
        return new Analysis(site, linked.links(), diagnostics);
    }

    /** Navigation order: front matter order, then troubleshooting, FAQ, contact, articles, then by id. */
    private static final Comparator<Page> PAGE_ORDER = Comparator.comparingInt(Page::order)
            .thenComparing(Page::kind)
            .thenComparing(Page::id);

    /** Settings of a {@link Generator}; only the content directory is required (and the output to generate). */
    public static final class Builder {
        private Path contentDirectory;
        private Path outputDirectory;
        private Path templateDirectory;
        private String title;
        private final List<Path> excluded = new ArrayList<>();
        private String previousSite;
        private boolean autoLinks = true;

        private Builder() {
        }

        /** Whether known names in cells become links (category names, escalate, FAQ, Contact, links.md). */
        public Builder autoLinks(boolean enabled) {
            this.autoLinks = enabled;
            return this;
        }

        /**
         * The site.json of the published site (a path, or an http(s) or file URL): every address it has that
         * this build would lose is reported as an error, so deep links readers saved keep working.
         */
        public Builder previousSite(String pathOrUrl) {
            this.previousSite = pathOrUrl;
            return this;
        }

        /** The folder of Markdown pages. */
        public Builder contentDirectory(Path directory) {
            this.contentDirectory = directory;
            return this;
        }

        /** Where the site goes; replaced as a whole on a successful build. */
        public Builder outputDirectory(Path directory) {
            this.outputDirectory = directory;
            return this;
        }

        /** A folder whose templates and assets replace the default ones with the same name. */
        public Builder templateDirectory(Path directory) {
            this.templateDirectory = directory;
            return this;
        }

        /** The site's title, shown in every page's header. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** A file or folder inside the content folder that is not content (e.g. Maven's target folder). */
        public Builder exclude(Path path) {
            this.excluded.add(path);
            return this;
        }

        public Generator build() {
            return new Generator(this);
        }
    }
}
