package org.troubleshoot.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.troubleshoot.BuildResult;
import org.troubleshoot.PublishedFile;

/** Builds the static site from the content folder; nothing is written if the content has an error. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractTroubleshootMojo {
    /** Where the site goes; replaced as a whole only when the build succeeds. */
    @Parameter(
            property = "troubleshoot.outputDirectory",
            defaultValue = "${project.build.directory}/site",
            required = true)
    File outputDirectory;

    /**
     * The build cache: a rebuild parses only the pages whose bytes changed, and does nothing when no input changed
     * and the site is as the last build left it. Safe to delete; never inside the output directory.
     */
    @Parameter(
            property = "troubleshoot.cacheDirectory",
            defaultValue = "${project.build.directory}/troubleshoot-cache",
            required = true)
    File cacheDirectory;

    /** Whether to use the build cache ({@code false}: read, parse and compare everything on every build). */
    @Parameter(property = "troubleshoot.cache", defaultValue = "true")
    boolean cache;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping troubleshoot:generate (troubleshoot.skip)");
            return;
        }
        BuildResult result = generator()
                .outputDirectory(outputDirectory.toPath())
                .cacheDirectory(cache ? cacheDirectory.toPath() : null)
                .build()
                .generate();
        report(result);
        if (getLog().isDebugEnabled()) {
            for (PublishedFile file : result.published()) {
                getLog().debug("published " + file.path() + " (" + file.audience() + ") from " + file.origin());
            }
        }
        getLog().info("Built " + result.pageCount() + " pages and " + result.entryCount()
                + " entries into " + outputDirectory + " for the audience '" + result.audience()
                + "': " + result.published().size() + " files published, "
                + result.leftOut().size()
                + " content files left out");
    }
}
