package org.troubleshoot;

import com.github.mustachejava.Mustache;
import com.google.gson.Gson;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.troubleshoot.assemble.SiteAssembler;
import org.troubleshoot.cache.BuildCache;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.config.SettingsFile;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.plan.OutputPlan;

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
 * The CLI, the Maven goals and the live preview ({@link #incremental}) are thin adapters over this class.
 * A build first plans every file it will write (and fails on any problem, collisions included); then it writes
 * the plan and swaps it in as a whole. Nothing is written when the build fails.
 */
public final class Generator {
    /** The content file that holds the glossary of automatic links (Term | Link). */
    public static final String GLOSSARY = SiteAssembler.GLOSSARY;

    /** Classes whose jars make the output: a build cache made with other jars is not used. */
    private static final List<Class<?>> CODE =
            List.of(Generator.class, Parser.class, Mustache.class, Gson.class, Jsoup.class);

    /** Default site title when none is configured. */
    public static final String DEFAULT_TITLE = SiteSettings.DEFAULT_TITLE;

    private final Path outputDirectory;
    private final Path cacheDirectory;
    private final Pipeline pipeline;

    private Generator(Builder builder) {
        Path contentDirectory = Objects.requireNonNull(builder.contentDirectory, "contentDirectory")
                .toAbsolutePath()
                .normalize();
        this.outputDirectory = builder.outputDirectory == null
                ? null
                : builder.outputDirectory.toAbsolutePath().normalize();
        Optional<Path> templateDirectory = Optional.ofNullable(builder.templateDirectory)
                .map(p -> p.toAbsolutePath().normalize());
        Set<Path> skip = new LinkedHashSet<>();
        builder.excluded.forEach(p -> skip.add(p.toAbsolutePath().normalize()));
        if (outputDirectory != null) {
            skip.add(outputDirectory); // an output folder inside the content folder is never read back
        }
        templateDirectory.ifPresent(skip::add);
        this.cacheDirectory = builder.cacheDirectory == null
                ? null
                : builder.cacheDirectory.toAbsolutePath().normalize();
        if (cacheDirectory != null) {
            skip.add(cacheDirectory); // a cache inside the content folder is not content either
        }
        skip.add(contentDirectory.resolve(SettingsFile.NAME));
        this.pipeline = new Pipeline(contentDirectory, Set.copyOf(skip), templateDirectory, builder.options());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The version of the generator, from its jar's manifest ("dev" when run from classes). */
    public static String version() {
        String version = Generator.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** Reads and checks the content, and plans the site (collisions are errors too); writes nothing. */
    public BuildResult check() {
        Analysis analysis = pipeline.analyse();
        Optional<OutputPlan> plan = pipeline.plan(analysis, pipeline.renderer(null));
        return Publication.result(analysis, Optional.empty(), plan);
    }

    /** Reads, checks and, if the build does not fail, writes the site into the output folder in one swap. */
    public BuildResult generate() {
        if (outputDirectory == null) {
            throw new IllegalStateException("generate() needs an output directory");
        }
        boolean cacheInOutput = cacheDirectory != null && cacheDirectory.startsWith(outputDirectory);
        CachedBuild cached = cacheDirectory == null || cacheInOutput
                ? null
                : new CachedBuild(pipeline, new BuildCache(cacheDirectory, version(), CODE), outputDirectory);
        Analysis analysis;
        if (cached == null) {
            analysis = pipeline.analyse();
        } else {
            Optional<BuildResult> same;
            try {
                same = cached.unchanged();
            } catch (IOException | IllegalArgumentException e) {
                same = Optional.empty();
                // The content folder could not be read through, or the Markdown switch is misspelt: the plain
                // build reports it.
                cached = null;
            }
            if (same.isPresent()) {
                return same.get();
            }
            analysis = cached == null ? pipeline.analyse() : cached.analyse();
        }
        try {
            return new Publication(pipeline, outputDirectory, cacheDirectory).publish(analysis, cached, cacheInOutput);
        } finally {
            if (cached != null) {
                cached.close(); // a snapshot not finished (a failed build) is dropped
            }
        }
    }

    /**
     * A build that the live preview keeps up to date in a temporary folder of its own (removed by
     * {@link IncrementalBuild#close}): after an edit it reads and writes only what the edit touched. Nothing is
     * built until its first {@link IncrementalBuild#rebuild()}.
     *
     * @param extraHead HTML added to every page's head (the preview's reload script), or null
     */
    public IncrementalBuild incremental(String extraHead) throws IOException {
        return new IncrementalBuild(pipeline, Files.createTempDirectory("troubleshoot-serve"), extraHead);
    }

    public Path contentDirectory() {
        return pipeline.contentDirectory();
    }

    public Set<Path> excluded() {
        return pipeline.excluded();
    }

    public Optional<Path> templateDirectory() {
        return pipeline.templateDirectory();
    }

    /** The options a builder was given (each empty where the settings file or a default decides). */
    record Options(
            Optional<String> title,
            Optional<String> baseUrl,
            Optional<String> editUrl,
            Optional<String> audience,
            boolean strict,
            Optional<String> previousSite,
            boolean autoLinks,
            Optional<BrokenLinks> brokenLinks,
            Optional<String> language,
            Optional<String> feedbackUrl,
            Optional<String> noResultsUrl,
            Optional<Integer> staleDays) {}

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
        private Path cacheDirectory;
        private Optional<BrokenLinks> brokenLinks = Optional.empty();
        private Optional<String> language = Optional.empty();
        private Optional<String> feedbackUrl = Optional.empty();
        private Optional<String> noResultsUrl = Optional.empty();
        private Optional<Integer> staleDays = Optional.empty();

        private Builder() {}

        private Options options() {
            return new Options(
                    title,
                    baseUrl,
                    editUrl,
                    audience,
                    strict,
                    previousSite,
                    autoLinks,
                    brokenLinks,
                    language,
                    feedbackUrl,
                    noResultsUrl,
                    staleDays);
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

        /**
         * The site's title, shown in every page's header (default: the settings file's, else "Help Center" in the
         * site's language: the messages' {@code siteTitle}).
         */
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

        /**
         * Who the build is for (default: the settings file's, else {@code public}): {@code public} builds only
         * what is public; a named audience such as {@code admin} adds what is for it; {@code all} builds
         * everything. Nothing else reaches the output.
         */
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
         * A build cache folder (see {@link BuildCache}): a rebuild then parses only the files that changed, and
         * does nothing when no input changed and the output folder is as the last build left it. Never inside
         * the output folder; safe to delete. Null (the default): no cache.
         */
        public Builder cacheDirectory(Path directory) {
            this.cacheDirectory = directory;
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

        /**
         * The site's language, or languages separated by commas, the root language first ({@code de};
         * {@code en, de, ja}): BCP 47 codes. Labels come from each language's messages; pages of other languages
         * than the first lie in folders named after them ({@code de/}). Default: the settings file's, else
         * English. An unknown code is an error of the build.
         */
        public Builder language(String language) {
            this.language = Optional.ofNullable(language).filter(t -> !t.isBlank());
            return this;
        }

        /**
         * Pattern of the "Did this fix it? Yes / No" links on every row (default: the settings file's
         * {@code feedbackUrl}, else none: no links), with {@code {page}}, {@code {entry}}, {@code {answer}}
         * ({@code yes} or {@code no}) and {@code {url}}, e.g.
         * {@code https://forms.example.com/feedback?entry={entry}&answer={answer}}.
         */
        public Builder feedbackUrl(String pattern) {
            this.feedbackUrl = Optional.ofNullable(pattern).filter(t -> !t.isBlank());
            return this;
        }

        /**
         * Pattern of the link a search without results offers besides Contact (default: the settings file's
         * {@code noResultsUrl}, else none), with {@code {query}}.
         */
        public Builder noResultsUrl(String pattern) {
            this.noResultsUrl = Optional.ofNullable(pattern).filter(t -> !t.isBlank());
            return this;
        }

        /**
         * Warn about every entry whose rows have not changed in git for more than {@code days} days, newest first
         * (null: no such check).
         */
        public Builder staleDays(Integer days) {
            if (days != null && days < 0) {
                throw new IllegalArgumentException("staleDays must not be negative: " + days);
            }
            this.staleDays = Optional.ofNullable(days);
            return this;
        }

        public Generator build() {
            return new Generator(this);
        }
    }
}
