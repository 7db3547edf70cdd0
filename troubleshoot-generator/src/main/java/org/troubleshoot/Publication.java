package org.troubleshoot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.troubleshoot.diagnostic.Diagnostics;
import org.troubleshoot.diagnostic.Timings;
import org.troubleshoot.plan.OutputException;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.publish.OutputFolder;
import org.troubleshoot.publish.Republisher;

/**
 * The last step of {@link Generator#generate()}: a linked site's plan written into the output folder, which is
 * swapped in as a whole (only changed files new), the build cache told what was published, and the result.
 */
final class Publication {
    private final Pipeline pipeline;
    private final Path outputDirectory;
    private final Path cacheDirectory;

    Publication(Pipeline pipeline, Path outputDirectory, Path cacheDirectory) {
        this.pipeline = pipeline;
        this.outputDirectory = outputDirectory;
        this.cacheDirectory = cacheDirectory;
    }

    /**
     * Writes a checked site into the output folder in one swap, and records it in the build cache; nothing is
     * written when the analysis or its plan has errors.
     */
    BuildResult publish(Analysis analysis, CachedBuild cached, boolean cacheInOutput) {
        Optional<OutputPlan> plan = pipeline.plan(analysis, pipeline.renderer(null));
        if (plan.isEmpty() || fails(analysis)) {
            return result(analysis, Optional.empty(), plan);
        }
        Diagnostics diagnostics = analysis.diagnostics();
        Timings timings = analysis.timings();
        OutputFolder output = new OutputFolder(outputDirectory);
        try {
            Optional<OutputFolder.Refusal> refusal = output.refusal(pipeline.contentDirectory());
            if (refusal.isPresent()) {
                diagnostics.error(
                        outputDirectory.toString(),
                        0,
                        0,
                        refusal.get().message(),
                        refusal.get().hint());
                return result(analysis, Optional.empty(), plan);
            }
            if (cacheInOutput) {
                diagnostics.error(
                        cacheDirectory.toString(),
                        0,
                        0,
                        "the cache folder " + cacheDirectory
                                + " is inside the output folder, which every build replaces",
                        "Choose a cache folder outside the output folder, such as its parent's .troubleshoot-cache.");
                return result(analysis, Optional.empty(), plan);
            }
            long start = System.nanoTime();
            Republisher.Outcome outcome = Republisher.publish(
                    output, plan.get().files(), cached == null ? Republisher.Reuse.NEVER : cached.reuse());
            // How many files were made and how many of those were new: what a rebuild saved.
            timings.add(
                    "write and publish (" + (plan.get().files().size() - outcome.reused()) + " made, "
                            + outcome.written().size() + " written)",
                    start);
            BuildResult result = result(analysis, Optional.of(output.path()), plan);
            if (cached != null) {
                start = System.nanoTime();
                cached.save(result, plan.get().files(), outcome.stamps());
                timings.add("save the cache", start);
                return result(analysis, Optional.of(output.path()), plan);
            }
            return result;
        } catch (OutputException e) {
            diagnostics.add(e.diagnostic());
        } catch (IOException | RuntimeException e) {
            diagnostics.error(
                    outputDirectory.toString(),
                    0,
                    0,
                    "cannot write the site: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                    "Check that the output folder's parent exists and is writable; the previous site is unchanged.");
        }
        return result(analysis, Optional.empty(), plan);
    }

    private static boolean fails(Analysis analysis) {
        return analysis.diagnostics().hasErrors()
                || analysis.site().settings().strict()
                        && !analysis.diagnostics().sorted().isEmpty();
    }

    /** What a build reports: its site, problems, output folder (if written) and every planned file. */
    static BuildResult result(Analysis analysis, Optional<Path> output, Optional<OutputPlan> plan) {
        List<PublishedFile> published = new ArrayList<>();
        plan.ifPresent(p -> {
            for (PlannedFile file : p.files()) {
                published.add(new PublishedFile(file.path(), file.origin().describe(), file.audience()));
            }
        });
        published.sort(Comparator.comparing(PublishedFile::path));
        return new BuildResult(
                analysis.site(),
                analysis.diagnostics().sorted(),
                output,
                analysis.site().settings().strict(),
                analysis.timings().stages(),
                published,
                analysis.leftOut());
    }
}
