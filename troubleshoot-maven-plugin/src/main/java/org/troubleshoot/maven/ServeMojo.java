package org.troubleshoot.maven;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.troubleshoot.serve.DevServer;

/**
 * Serves the site on localhost, rebuilds it as files change and reloads open pages; content errors show in
 * the page. Runs until Ctrl-C: {@code mvn troubleshoot:serve}.
 */
@Mojo(name = "serve", requiresProject = true, threadSafe = true)
public class ServeMojo extends AbstractTroubleshootMojo {
    /** The port on 127.0.0.1 (0 picks a free one). */
    @Parameter(property = "troubleshoot.port", defaultValue = "8000")
    int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping troubleshoot:serve (troubleshoot.skip)");
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true);
        try (DevServer server = new DevServer(generator().build(), port, out).watch()) {
            getLog().info("Serving " + server.url() + " (edit files in " + contentDirectory + "; Ctrl-C stops)");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "cannot serve on port " + port + ": " + e.getMessage()
                            + " (choose another with -Dtroubleshoot.port=N)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
