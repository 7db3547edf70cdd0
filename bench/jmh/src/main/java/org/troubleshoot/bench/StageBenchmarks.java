package org.troubleshoot.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.troubleshoot.assemble.SiteAssembler;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.link.Linker;
import org.troubleshoot.model.Site;
import org.troubleshoot.parse.ContentParser;
import org.troubleshoot.parse.ParseResult;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.plan.PlannedFile;
import org.troubleshoot.render.SiteRenderer;
import org.troubleshoot.render.TemplateSource;
import org.troubleshoot.search.SearchIndex;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The hot stages, each on a page of the benchmark corpus's shape (6 categories × 10 rows):
 * parse the page, render its category pages, build the search index of a 100-page site.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {
    private final ContentParser parser = new ContentParser();
    private String page;
    private Site site;
    private Linker.Result linked;
    private SiteRenderer renderer;
    private String firstPageId;

    @Setup
    public void setUp() throws IOException {
        StringBuilder text = new StringBuilder("# Troubleshooting guide\n\nFind your symptom below.\n\n");
        for (int c = 0; c < 6; c++) {
            text.append("## Area ").append(c).append("\n\n| Symptom | Likely cause | What to do |\n|---|---|---|\n");
            for (int r = 0; r < 10; r++) {
                text.append("| Widget ").append(c).append('-').append(r).append(" is blank | Browser cache or sync delay")
                        .append(" | Hard refresh (Cmd-Shift-R); if still blank, **escalate** with the `org` id |\n");
            }
            text.append('\n');
        }
        page = text.toString();
        Path content = Files.createTempDirectory("jmh-content");
        for (int n = 0; n < 100; n++) {
            Files.writeString(content.resolve(String.format("guide-%03d.md", n)), page);
        }
        // The stages one after another, as the engine's Pipeline runs them.
        ParseResult parsed = parser.parse(content, Set.of());
        SiteSettings settings = new SiteSettings("Help", Optional.empty(), Optional.empty(), null, false);
        SiteAssembler.Assembly assembly = SiteAssembler.assemble(parsed.pages(), settings);
        linked = new Linker(parsed.assets(), assembly.left()).link(assembly.pages());
        site = new Site(settings, linked.pages(), Map.of());
        renderer = new SiteRenderer(new TemplateSource(Optional.empty()), "troubleshoot jmh", null);
        firstPageId = site.pages().get(0).id();
    }

    @Benchmark
    public ParseResult parseAPage() {
        return parser.parseText("guide.md", page);
    }

    @Benchmark
    public int renderAPageAndItsCategories() throws Exception {
        OutputPlan plan = renderer.planPage(site, linked.links(), firstPageId, Set.of());
        for (PlannedFile file : plan.files()) {
            file.content().writeTo(OutputStream.nullOutputStream());
        }
        return plan.files().size();
    }

    @Benchmark
    public void buildTheSearchIndexOf100Pages() throws IOException {
        SearchIndex index = new SearchIndex(site);
        for (String name : index.fileNames()) {
            index.write(name, OutputStream.nullOutputStream());
        }
    }
}
