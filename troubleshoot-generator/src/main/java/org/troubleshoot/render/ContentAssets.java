package org.troubleshoot.render;

import java.nio.file.Path;
import java.util.Map;
import org.troubleshoot.link.ContentAsset;
import org.troubleshoot.plan.CopiedFile;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;

/**
 * The content folder's files that are published as they are: those pages link to or embed, and those of the
 * static folder (at the site root). Nothing else of the content folder reaches the site.
 */
final class ContentAssets implements Output {
    private final Path contentRoot;

    ContentAssets(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    @Override
    public boolean perLanguage() {
        return false;
    }

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) {
        for (Map.Entry<String, ContentAsset> entry : context.links.assets().entrySet()) {
            String file = entry.getKey();
            ContentAsset asset = entry.getValue();
            Origin origin = asset.linkedFrom() == null
                    ? Origin.content(file, 0, "the static file " + file)
                    : Origin.content(
                            file,
                            0,
                            "the file " + file + " (linked from "
                                    + asset.linkedFrom().file() + ":"
                                    + asset.linkedFrom().line() + ")");
            plan.add(PlannedFile.asset(
                    asset.url(), origin, asset.audience(), new CopiedFile(contentRoot.resolve(file))));
        }
    }
}
