package org.troubleshoot;

import org.troubleshoot.assemble.GitHistory;
import org.troubleshoot.assemble.SiteAssembler;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.config.SettingsFile;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.diagnostic.Diagnostics;
import org.troubleshoot.link.Linker;
import org.troubleshoot.link.PreviousSite;
import org.troubleshoot.link.ResolvedLinks;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Site;
import org.troubleshoot.parse.ColumnRole;
import org.troubleshoot.parse.ColumnVocabulary;
import org.troubleshoot.parse.ContentParser;
import org.troubleshoot.parse.ParseResult;
import org.troubleshoot.publish.OutputFolder;
import org.troubleshoot.render.SiteRenderer;
import org.troubleshoot.render.TemplateSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
 * The CLI and the Maven goals are thin adapters over this class. Nothing is written when the build fails.
 */
public final class Generator {
    /** The content file that holds the glossary of automatic links (Term | Link). */
    public static final String GLOSSARY = SiteAssembler.GLOSSARY;

    /** Default site title when none is configured. */
    public static final String DEFAULT_TITLE = SiteSettings.DEFAULT_TITLE;

    private final Path contentDirectory;
    private final Path outputDirectory;
    private final Optional<Path> templateDirectory;
    private final Builder settings;
    private final Set<Path> excluded;

    private Generator(Builder builder) {
        this.contentDirectory = Objects.requireNonNull(builder.contentDirectory, "contentDirectory")
                .toAbsolutePath().normalize();
        this.outputDirectory = builder.outputDirectory == null ? null
                : builder.outputDirectory.toAbsolutePath().normalize();
        this.templateDirectory = Optional.ofNullable(builder.templateDirectory);
        this.settings = builder.copy();
        Set<Path> skip = new LinkedHashSet<>(builder.excluded);
        if (outputDirectory != null) {
            skip.add(outputDirectory); // an output folder inside the content folder is never read back
        }
        templateDirectory.ifPresent(skip::add);
        skip.add(contentDirectory.resolve(SettingsFile.NAME));
        this.excluded = Set.copyOf(skip);
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
        return result(analysis, Optional.empty());
    }

    /** Reads, checks and, if the build does not fail, writes the site into the output folder in one swap. */
    public BuildResult generate() {
        if (outputDirectory == null) {
            throw new IllegalStateException("generate() needs an output directory");
        }
        Analysis analysis = analyse();
        Diagnostics diagnostics = analysis.diagnostics;
        Timings timings = analysis.timings;
        if (fails(analysis)) {
            return result(analysis, Optional.empty());
        }
        OutputFolder output = new OutputFolder(outputDirectory);
        Path staging = null;
        try {
            Optional<OutputFolder.Refusal> refusal = output.refusal(contentDirectory);
            if (refusal.isPresent()) {
                diagnostics.error(outputDirectory.toString(), 0, 0, refusal.get().message(), refusal.get().hint());
                return result(analysis, Optional.empty());
            }
            staging = output.createStaging();
            renderer().render(analysis.site, analysis.links, contentDirectory, staging, SiteRenderer.Scope.EVERYTHING,
                    timings);
            long start = System.nanoTime();
            output.publish(staging);
            timings.add("publish", start);
            return result(analysis, Optional.of(output.path()));
        } catch (SiteRenderer.TemplateException e) {
            diagnostics.add(e.diagnostic());
        } catch (IOException | RuntimeException e) {
            diagnostics.error(outputDirectory.toString(), 0, 0,
                    "cannot write the site: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    "Check that the output folder's parent exists and is writable; the previous site is unchanged.");
        }
        discard(output, staging, diagnostics);
        return result(analysis, Optional.empty());
    }

    /** The renderer for this generator's templates and settings (the serve command renders with it too). */
    public SiteRenderer renderer() {
        return new SiteRenderer(new TemplateSource(templateDirectory), "troubleshoot " + version());
    }

    private boolean fails(Analysis analysis) {
        return analysis.diagnostics.hasErrors() || analysis.site.settings().strict() && !analysis.diagnostics.sorted().isEmpty();
    }

    private BuildResult result(Analysis analysis, Optional<Path> output) {
        return new BuildResult(analysis.site, analysis.diagnostics.sorted(), output, analysis.site.settings().strict(),
                analysis.timings.stages());
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

    /**
     * What a check finds: the linked site, its links, every problem, and how long each stage took.
     *
     * @param linked the link stage's result, which the serve command relinks one page against
     */
    public record Analysis(Site site, ResolvedLinks links, Diagnostics diagnostics, Timings timings,
                           Linker.Result linked) {
    }

    /**
     * The analysis after one page changed, linking only that page — when nothing other pages see of it changed
     * (see {@link Linker#relink}); empty when the whole site must be linked again.
     *
     * @param diagnostics every problem except link problems (those of the other pages are kept)
     */
    public Optional<Analysis> reanalyse(Analysis previous, Page before, Page changed, Diagnostics diagnostics) {
        if (previous.site().settings().audience().isPresent() || settings.previousSite.isPresent()
                || changed.sourceFile().equals(GLOSSARY)) {
            return Optional.empty();
        }
        Optional<Linker.Result> relinked = new Linker(previous.links().assets(), SiteAssembler.LeftOut.NOTHING,
                previous.site().settings().brokenLinks()).relink(previous.linked(), before, changed);
        if (relinked.isEmpty()) {
            return Optional.empty();
        }
        diagnostics.addAll(relinked.get().diagnostics());
        Site site = new Site(previous.site().settings(), relinked.get().pages(), previous.site().lastChanged());
        return Optional.of(new Analysis(site, relinked.get().links(), diagnostics, new Timings(), relinked.get()));
    }

    /** Parses, assembles and links the content folder (the whole site); writes nothing. */
    public Analysis analyse() {
        Diagnostics diagnostics = new Diagnostics();
        SiteSettings siteSettings = resolveSettings(diagnostics);
        GitHistory.Pending history = GitHistory.start(contentDirectory); // git runs while the pages are parsed
        long start = System.nanoTime();
        ParseResult parsed = contentParser(siteSettings).parse(contentDirectory, excluded);
        Timings timings = new Timings();
        timings.add("parse", start);
        diagnostics.addAll(parsed.diagnostics());
        return analyse(parsed, siteSettings, diagnostics, timings, history);
    }

    /**
     * Assembles and links already parsed pages (used by the serve command, which parses only what changed and
     * reads the git dates once).
     *
     * @param gitDates content-relative file → date of its last commit
     */
    public Analysis analyse(ParseResult parsed, SiteSettings siteSettings, Diagnostics diagnostics,
                            Map<String, String> gitDates) {
        return analyse(parsed, siteSettings, diagnostics, new Timings(), () -> gitDates);
    }

    private Analysis analyse(ParseResult parsed, SiteSettings siteSettings, Diagnostics diagnostics, Timings timings,
                             GitHistory.Pending history) {
        long start = System.nanoTime();
        SiteAssembler.Assembly assembly = SiteAssembler.assemble(parsed.pages(), siteSettings.audience());
        if (assembly.pages().isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.add(Diagnostic.error(contentDirectory.toString(), 0, 0,
                    "no Markdown pages (*.md) in the content folder"
                            + siteSettings.audience().map(a -> " for the audience '" + a + "'").orElse(""),
                    "Add a page such as troubleshooting.md, or point the build at the folder that has them."));
        }
        Linker.Result linked = new Linker(parsed.assets(), assembly.left(), siteSettings.brokenLinks())
                .link(assembly.pages(), assembly.glossary().orElse(null), settings.autoLinks);
        diagnostics.addAll(linked.diagnostics());
        timings.add("assemble and link", start);
        settings.previousSite.ifPresent(previous ->
                diagnostics.addAll(new PreviousSite(previous).compare(assembly.pages())));
        start = System.nanoTime();
        Map<String, String> byFile = history.dates();
        timings.add("git dates", start);
        Map<String, String> lastChanged = new HashMap<>();
        for (Page page : linked.pages()) {
            String date = byFile.get(page.sourceFile());
            if (date != null) {
                lastChanged.put(page.id(), date);
            }
        }
        return new Analysis(new Site(siteSettings, linked.pages(), lastChanged), linked.links(), diagnostics, timings,
                linked);
    }

    /** The settings: what the builder was given, else the content folder's settings file, else defaults. */
    public SiteSettings resolveSettings(Diagnostics diagnostics) {
        SettingsFile.Values file = SettingsFile.read(contentDirectory);
        diagnostics.addAll(file.diagnostics());
        String title = settings.title.or(() -> file.get("title")).filter(t -> !t.isBlank()).orElse(DEFAULT_TITLE);
        boolean strict = settings.strict || file.get("strict").map(Boolean::parseBoolean).orElse(false);
        return new SiteSettings(title.strip(), settings.baseUrl.or(() -> file.get("baseUrl")),
                settings.editUrl.or(() -> file.get("editUrl")), settings.audience.or(() -> file.get("audience")), strict,
                settings.brokenLinks.or(file::brokenLinks).orElse(BrokenLinks.ERROR), columns(file, diagnostics));
    }

    /** The settings file's {@code columns.<role> = Name, Other name} lines whose role is known; a warning for others. */
    private static Map<String, List<String>> columns(SettingsFile.Values file, Diagnostics diagnostics) {
        Map<String, List<String>> columns = new HashMap<>(file.columns());
        for (String role : file.columns().keySet()) {
            if (ColumnRole.named(role).isEmpty()) {
                columns.remove(role);
                diagnostics.warning(SettingsFile.NAME, file.line(SettingsFile.COLUMNS + role), 1,
                        "unknown column role '" + role + "' in columns." + role, "The roles are " + String.join(", ",
                                java.util.Arrays.stream(ColumnRole.values()).map(ColumnRole::id).toList())
                                + ": columns.fix = Abhilfe, Workaround.");
            }
        }
        return columns;
    }

    /** The parser for these settings: it knows the column names of the vocabulary and the site's own. */
    public ContentParser contentParser(SiteSettings siteSettings) {
        return new ContentParser(ColumnVocabulary.builtIn().withSite(siteSettings.columns()));
    }

    public Path contentDirectory() {
        return contentDirectory;
    }

    public Set<Path> excluded() {
        return excluded;
    }

    public Optional<Path> templateDirectory() {
        return templateDirectory;
    }

    /** Settings of a {@link Generator}; only the content directory is required (and the output to generate). */
    public static final class Builder {
        private Path contentDirectory;
        private Path outputDirectory;
        private Path templateDirectory;
        private Optional<String> title = Optional.empty();
        private Optional<String> baseUrl = Optional.empty();
        private Optional<String> editUrl = Optional.empty();
        private Optional<String> audience = Optional.empty();
        private boolean strict;
        private final List<Path> excluded = new ArrayList<>();
        private Optional<String> previousSite = Optional.empty();
        private boolean autoLinks = true;
        private Optional<BrokenLinks> brokenLinks = Optional.empty();

        private Builder() {
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.title = title;
            copy.baseUrl = baseUrl;
            copy.editUrl = editUrl;
            copy.audience = audience;
            copy.strict = strict;
            copy.previousSite = previousSite;
            copy.autoLinks = autoLinks;
            copy.brokenLinks = brokenLinks;
            return copy;
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

        /** The site's title, shown in every page's header (default: the settings file's, else "Help Center"). */
        public Builder title(String title) {
            this.title = Optional.ofNullable(title).filter(t -> !t.isBlank());
            return this;
        }

        /** Where the site is published, for sitemap.xml, canonical links and Open Graph tags. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Optional.ofNullable(baseUrl).filter(t -> !t.isBlank());
            return this;
        }

        /** Pattern of every row's "edit" link, with {file} and {line}. */
        public Builder editUrl(String editUrl) {
            this.editUrl = Optional.ofNullable(editUrl).filter(t -> !t.isBlank());
            return this;
        }

        /** Build only what is for this audience (e.g. public): nothing else reaches the output. */
        public Builder audience(String audience) {
            this.audience = Optional.ofNullable(audience).filter(t -> !t.isBlank());
            return this;
        }

        /** Warnings fail the build too. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** A file or folder inside the content folder that is not content (e.g. Maven's target folder). */
        public Builder exclude(Path path) {
            this.excluded.add(path);
            return this;
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
            this.previousSite = Optional.ofNullable(pathOrUrl).filter(t -> !t.isBlank());
            return this;
        }

        /**
         * Whether a link to a missing file or anchor fails the build ({@link BrokenLinks#ERROR}, the default) or is
         * a warning and shown as text ({@link BrokenLinks#WARN}: pages brought from elsewhere build while their
         * links are fixed). Default: the settings file's {@code brokenLinks}, else error.
         */
        public Builder brokenLinks(BrokenLinks policy) {
            this.brokenLinks = Optional.ofNullable(policy);
            return this;
        }

        public Generator build() {
            return new Generator(this);
        }
    }
}
