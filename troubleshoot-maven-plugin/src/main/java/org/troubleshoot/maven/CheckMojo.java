package org.troubleshoot.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.troubleshoot.BuildResult;

/** Checks the content folder and fails the build on any error, writing nothing: the pull-request gate. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractTroubleshootMojo {
    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping troubleshoot:check (troubleshoot.skip)");
            return;
        }
        BuildResult result = generator().build().check();
        report(result);
        getLog().info("Checked " + result.pageCount() + " pages and " + result.entryCount() + " entries: "
                + result.warningCount() + " warning(s)");
    }
}
