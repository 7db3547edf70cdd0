package org.troubleshoot.maven;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.troubleshoot.BuildResult;
import org.troubleshoot.Generator;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.diagnostic.ReportFormat;

/** Parameters and reporting shared by the goals; all behaviour lives in {@link Generator}. */
abstract class AbstractTroubleshootMojo extends AbstractMojo {
    /** The folder of Markdown pages. The build directory inside it is never read as content. */
    @Parameter(property = "troubleshoot.contentDirectory", defaultValue = "${project.basedir}", required = true)
    File contentDirectory;

    /** Templates and assets that replace the default ones with the same name (optional). */
    @Parameter(property = "troubleshoot.templateDirectory")
    File templateDirectory;

    /**
     * The site's title, shown on every page (default: the settings file's, else "Help Center" in the site's
     * language).
     */
    @Parameter(property = "troubleshoot.title")
    String title;

    /** Where the site is published: enables sitemap.xml, canonical links and Open Graph URLs. */
    @Parameter(property = "troubleshoot.baseUrl")
    String baseUrl;

    /** Every row's edit link, with {file} and {line}. */
    @Parameter(property = "troubleshoot.editUrl")
    String editUrl;

    /**
     * Who the site is for: {@code public} (the default: only what is public), a named audience such as
     * {@code admin} (public content and its own), or {@code all} (everything, what is not public labelled).
     */
    @Parameter(property = "troubleshoot.audience")
    String audience;

    /** Fail the build on warnings too, not only on errors. */
    @Parameter(property = "troubleshoot.strict", defaultValue = "false")
    boolean strict;

    /**
     * The site.json of the published site (path or URL): every address it has that this build would lose is
     * an error, so that deep links in tickets and chats keep working.
     */
    @Parameter(property = "troubleshoot.previous")
    String previous;

    /** Link category names, "escalate", FAQ, Contact and the terms of links.md automatically. */
    @Parameter(property = "troubleshoot.autolinks", defaultValue = "true")
    boolean autolinks;

    /**
     * A link to a missing file or anchor: {@code error} (fails the build), or {@code warn} (a warning, and the link
     * is shown as text), to build pages brought from elsewhere while their links are fixed. Default: the settings
     * file's {@code brokenLinks}, else {@code error}.
     */
    @Parameter(property = "troubleshoot.brokenLinks")
    String brokenLinks;

    /**
     * The site's language (a BCP 47 code: {@code en}, {@code de}, {@code ja}, {@code pt-BR}…), or several separated
     * by commas, the first at the site root and each other's pages in the content folder of its name ({@code de/});
     * default: the settings file's, else English.
     */
    @Parameter(property = "troubleshoot.language")
    String language;

    /**
     * Pattern of the "Did this fix it? Yes / No" links on every row, with {page}, {entry}, {answer} (yes or no)
     * and {url} (default: the settings file's feedbackUrl, else none: no links).
     */
    @Parameter(property = "troubleshoot.feedbackUrl")
    String feedbackUrl;

    /** Pattern of the link a search without results offers besides Contact, with {query} (default: none). */
    @Parameter(property = "troubleshoot.noResultsUrl")
    String noResultsUrl;

    /**
     * Warn about every entry whose rows have not changed in git for more than this many days, newest first
     * (default: no such warnings).
     */
    @Parameter(property = "troubleshoot.staleDays")
    Integer staleDays;

    /** Skip this goal. */
    @Parameter(property = "troubleshoot.skip", defaultValue = "false")
    boolean skip;

    /**
     * How problems are printed besides the build log: {@code text} (only the log), {@code github}
     * (GitHub Actions annotations on standard output) or {@code json} (one JSON object on standard output).
     */
    @Parameter(property = "troubleshoot.format", defaultValue = "text")
    String format;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRoot;

    @Parameter(defaultValue = "${project.file}", readonly = true)
    File pomFile;

    Generator.Builder generator() throws MojoFailureException {
        Generator.Builder builder = Generator.builder()
                .contentDirectory(contentDirectory.toPath())
                .title(title)
                .baseUrl(baseUrl)
                .editUrl(editUrl)
                .audience(audience)
                .strict(strict)
                .autoLinks(autolinks)
                .language(language)
                .feedbackUrl(feedbackUrl)
                .noResultsUrl(noResultsUrl)
                .exclude(buildDirectory.toPath());
        if (pomFile != null) {
            builder.exclude(pomFile.toPath()); // the build file is not content to copy into the site
        }
        if (templateDirectory != null) {
            builder.templateDirectory(templateDirectory.toPath());
        }
        if (previous != null && !previous.isBlank()) {
            builder.previousSite(previous);
        }
        if (brokenLinks != null && !brokenLinks.isBlank()) {
            builder.brokenLinks(BrokenLinks.named(brokenLinks)
                    .orElseThrow(() -> new MojoFailureException(
                            "troubleshoot.brokenLinks '" + brokenLinks + "' is not one of error, warn")));
        }
        if (staleDays != null) {
            if (staleDays < 0) {
                throw new MojoFailureException("troubleshoot.staleDays " + staleDays + " is not a number of days");
            }
            builder.staleDays(staleDays);
        }
        return builder;
    }

    /** Logs every diagnostic and fails the build on errors (and on warnings when strict). */
    void report(BuildResult result) throws MojoFailureException {
        ReportFormat reportFormat = ReportFormat.fromName(format)
                .orElseThrow(() -> new MojoFailureException(
                        "troubleshoot.format '" + format + "' is not one of text, github, json"));
        if (reportFormat != ReportFormat.TEXT) {
            // Annotations must start a line of standard output, so they bypass Maven's log prefixes.
            reportFormat.write(result.diagnostics(), pathPrefix(), new PrintWriter(System.out, true));
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            String text = diagnostic.format();
            if (diagnostic.isError()) {
                getLog().error(text);
            } else {
                getLog().warn(text);
            }
        }
        if (result.failed()) {
            throw new MojoFailureException(result.errorCount() + " error(s) and " + result.warningCount()
                    + " warning(s) in " + contentDirectory + " (see above); nothing was written");
        }
    }

    /** The content folder relative to where Maven was started, so that CI tools find the files. */
    private String pathPrefix() {
        Path root = executionRoot == null
                ? Path.of("").toAbsolutePath()
                : executionRoot.toPath().toAbsolutePath();
        Path content = contentDirectory.toPath().toAbsolutePath().normalize();
        String prefix = content.startsWith(root) ? root.relativize(content).toString() : content.toString();
        return prefix.isEmpty() ? "" : prefix.replace('\\', '/') + "/";
    }
}
