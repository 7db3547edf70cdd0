package org.troubleshoot.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.troubleshoot.BuildResult;
import org.troubleshoot.PublishedFile;

import java.io.File;

/** Builds the static site from the content folder; nothing is written if the content has an error. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractTroubleshootMojo {
    /** Where the site goes; replaced as a whole only when the build succeeds. */
    @Parameter(property = "troubleshoot.outputDirectory", defaultValue = "${project.build.directory}/site",
            required = true)
    File outputDirectory;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping troubleshoot:generate (troubleshoot.skip)");
            return;
        }
        BuildResult result = generator().outputDirectory(outputDirectory.toPath()).build().generate();
        report(result);
        if (getLog().isDebugEnabled()) {
            for (PublishedFile file : result.published()) {
                getLog().debug("published " + file.path() + " (" + file.audience() + ") from " + file.origin());
            }
        }
        getLog().info("Built " + result.pageCount() + " pages and " + result.entryCount()
                + " entries into " + outputDirectory + " for the audience '" + result.audience()
                + "': " + result.published().size() + " files published, " + result.leftOut().size()
                + " content files left out");
    }
}
