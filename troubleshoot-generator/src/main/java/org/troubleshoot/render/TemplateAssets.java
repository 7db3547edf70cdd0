package org.troubleshoot.render;

import java.io.IOException;
import org.troubleshoot.model.Page;
import org.troubleshoot.plan.Origin;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;

/** The template's own files (CSS, scripts, icons): the packaged ones and any a template folder adds. */
final class TemplateAssets implements Output {
    @Override
    public boolean perLanguage() {
        return false;
    }

    @Override
    public void plan(RenderContext context, OutputPlan.Builder plan) throws IOException {
        TemplateSource source = context.templates.source();
        for (String name : source.assetNames()) {
            plan.add(PlannedFile.asset(
                    name, Origin.generated(source.describe(name)), Page.PUBLIC, source.content(name)));
        }
    }
}
