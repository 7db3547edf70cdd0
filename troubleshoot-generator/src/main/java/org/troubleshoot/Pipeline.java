package org.troubleshoot;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.troubleshoot.assemble.GitBlame;
import org.troubleshoot.assemble.GitHistory;
import org.troubleshoot.assemble.SiteAssembler;
import org.troubleshoot.assemble.StaleEntries;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.config.Languages;
import org.troubleshoot.config.SettingsFile;
import org.troubleshoot.config.SiteSettings;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.diagnostic.Diagnostics;
import org.troubleshoot.diagnostic.Timings;
import org.troubleshoot.link.Linker;
import org.troubleshoot.link.PreviousSite;
import org.troubleshoot.link.SiteCodes;
import org.troubleshoot.link.TranslationGroups;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.RowDates;
import org.troubleshoot.model.Site;
import org.troubleshoot.parse.ColumnRole;
import org.troubleshoot.parse.ColumnVocabulary;
import org.troubleshoot.parse.ContentParser;
import org.troubleshoot.parse.ParseResult;
import org.troubleshoot.plan.OutputPlan;
import org.troubleshoot.render.SiteRenderer;
import org.troubleshoot.render.TemplateException;
import org.troubleshoot.render.TemplateSource;

/**
 * The stages in order, for one content folder and one set of options: what a whole build ({@link Generator})
 * and a rebuild after an edit ({@link IncrementalBuild}) both run.
 */
final class Pipeline {
    /** At most this many left-out files are named in the warning about them; the rest are counted. */
    private static final int NAMED_LEFT_OUT = 10;

    private final Path contentDirectory;
    private final Set<Path> excluded;
    private final Optional<Path> templateDirectory;
    private final Generator.Options options;

    Pipeline(Path contentDirectory, Set<Path> excluded, Optional<Path> templateDirectory, Generator.Options options) {
        this.contentDirectory = contentDirectory;
        this.excluded = excluded;
        this.templateDirectory = templateDirectory;
        this.options = options;
    }

    Path contentDirectory() {
        return contentDirectory;
    }

    Set<Path> excluded() {
        return excluded;
    }

    Optional<Path> templateDirectory() {
        return templateDirectory;
    }

    Generator.Options options() {
        return options;
    }

    /** The settings: what the builder was given, else the content folder's settings file, else defaults. */
    SiteSettings settings(Diagnostics diagnostics) {
        SettingsFile.Values file = SettingsFile.read(contentDirectory);
        diagnostics.addAll(file.diagnostics());
        String title = options.title()
                .or(() -> file.get("title"))
                .filter(t -> !t.isBlank())
                .orElse(SiteSettings.DEFAULT_TITLE);
        boolean strict = options.strict()
                || file.get("strict").map(Boolean::parseBoolean).orElse(false);
        return new SiteSettings(
                title.strip(),
                options.baseUrl().or(() -> file.get("baseUrl")),
                options.editUrl().or(() -> file.get("editUrl")),
                options.audience().or(() -> file.get("audience")).orElse(null),
                strict,
                options.brokenLinks().or(file::brokenLinks).orElse(BrokenLinks.ERROR),
                columns(file, diagnostics),
                languages(options.language().or(() -> file.get("language")), diagnostics),
                address("feedbackUrl", options.feedbackUrl(), file, diagnostics),
                address("noResultsUrl", options.noResultsUrl(), file, diagnostics));
    }

    /**
     * A setting that is the pattern of a web address (a flag's or plugin's value, else the settings file's):
     * only http and https, since readers follow it; a feedback address must tell Yes from No.
     */
    private Optional<String> address(
            String key, Optional<String> given, SettingsFile.Values file, Diagnostics diagnostics) {
        Optional<String> value =
                given.or(() -> file.get(key)).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return value;
        }
        String where = given.isPresent() ? contentDirectory.toString() : SettingsFile.NAME;
        int line = given.isPresent() ? 0 : file.line(key);
        int column = line == 0 ? 0 : 1;
        String pattern = value.get();
        if (!pattern.startsWith("https://") && !pattern.startsWith("http://")) {
            diagnostics.error(
                    where,
                    line,
                    column,
                    key + " '" + pattern + "' is not an http or https address",
                    "Write the whole address, e.g. https://forms.example.com/feedback?page={page}&answer={answer}.");
            return Optional.empty();
        }
        if (key.equals("feedbackUrl") && !pattern.contains("{answer}")) {
            diagnostics.error(
                    where,
                    line,
                    column,
                    key + " '" + pattern + "' has no {answer}, so Yes and No would" + " lead to the same address",
                    "Put {answer} (yes or no) into the address, e.g. ...?entry={entry}&answer={answer}.");
            return Optional.empty();
        }
        return value;
    }

    /** The languages set (the settings file's are checked as it is read), or English. */
    private static Languages languages(Optional<String> setting, Diagnostics diagnostics) {
        if (setting.isEmpty()) {
            return Languages.DEFAULT;
        }
        try {
            return Languages.parse(setting.get());
        } catch (Languages.Invalid e) {
            // Only a language given to the Java API or the Maven plugin gets here: the command line checks its own.
            diagnostics.error("troubleshoot.language", 0, 0, e.getMessage(), e.hint());
            return Languages.DEFAULT;
        }
    }

    /** The settings file's {@code columns.<role> = Name, Other name} lines whose role is known; a warning for others. */
    private static Map<String, List<String>> columns(SettingsFile.Values file, Diagnostics diagnostics) {
        Map<String, List<String>> columns = new HashMap<>(file.columns());
        for (String role : file.columns().keySet()) {
            if (ColumnRole.named(role).isEmpty()) {
                columns.remove(role);
                diagnostics.warning(
                        SettingsFile.NAME,
                        file.line(SettingsFile.COLUMNS + role),
                        1,
                        "unknown column role '" + role + "' in columns." + role,
                        "The roles are "
                                + String.join(
                                        ", ",
                                        Arrays.stream(ColumnRole.values())
                                                .map(ColumnRole::id)
                                                .toList())
                                + ": columns.fix = Abhilfe, Workaround.");
            }
        }
        return columns;
    }

    /**
     * The parser for these settings: it knows the column names of the vocabulary and the site's own.
     *
     * @throws IllegalArgumentException if the environment asks for a Markdown reader that does not exist
     */
    static ContentParser contentParser(SiteSettings settings) {
        return new ContentParser(ColumnVocabulary.builtIn().withSite(settings.columns()));
    }

    /** Parses, assembles and links the whole content folder; writes nothing. */
    Analysis analyse() {
        Diagnostics diagnostics = new Diagnostics();
        SiteSettings settings = settings(diagnostics);
        ContentParser parser;
        try {
            parser = contentParser(settings);
        } catch (IllegalArgumentException e) { // the triage switch misspelt: a setting, not a bug
            diagnostics.error(
                    contentDirectory.toString(), 0, 0, e.getMessage(), "Unset it, or set it to flexmark or subset.");
            return analyse(
                    new ParseResult(List.of(), List.of(), List.of()),
                    settings,
                    diagnostics,
                    new Timings(),
                    Map::of,
                    Map::of);
        }
        GitHistory.Pending history = GitHistory.start(contentDirectory); // git runs while the pages are parsed
        GitBlame.Pending blame = GitBlame.start(contentDirectory);
        long start = System.nanoTime();
        ParseResult parsed = parser.parse(contentDirectory, excluded);
        Timings timings = new Timings();
        timings.add("parse", start);
        diagnostics.addAll(parsed.diagnostics());
        return analyse(parsed, settings, diagnostics, timings, history, blame);
    }

    /**
     * Assembles and links already parsed pages.
     *
     * @param history when each file last changed
     * @param blame   when each line of each file last changed
     */
    Analysis analyse(
            ParseResult parsed,
            SiteSettings settings,
            Diagnostics diagnostics,
            Timings timings,
            GitHistory.Pending history,
            GitBlame.Pending blame) {
        long start = System.nanoTime();
        diagnostics.addAll(SiteCodes.check(parsed.pages())); // every audience's pages: all builds agree
        SiteAssembler.Assembly assembly = SiteAssembler.assemble(parsed.pages(), settings);
        if (assembly.pages().isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.add(Diagnostic.error(
                    contentDirectory.toString(),
                    0,
                    0,
                    "no Markdown pages (*.md) in the content folder"
                            + (settings.audience().equals(SiteSettings.ALL)
                                    ? ""
                                    : " for the audience '" + settings.audience() + "'"),
                    "Add a page such as troubleshooting.md, or point the build at the folder that has them"
                            + " (pages for other audiences are built with --audience all)."));
        }
        Languages languages = settings.languages();
        Linker.Result linked = new Linker(parsed.assets(), assembly.left(), settings.brokenLinks())
                .link(
                        assembly.pages(),
                        assembly.glossary().orElse(null),
                        options.autoLinks(),
                        page -> languages.of(page.sourceFile()));
        diagnostics.addAll(linked.diagnostics());
        TranslationGroups.Result translations = TranslationGroups.of(linked.pages(), languages, assembly.left());
        diagnostics.addAll(translations.diagnostics());
        timings.add("assemble and link", start);
        options.previousSite()
                .ifPresent(previous -> diagnostics.addAll(new PreviousSite(previous).compare(assembly.pages())));
        start = System.nanoTime();
        Map<String, String> byFile = history.dates();
        RowDates rowDates = RowDates.of(blame.lines(), byFile);
        timings.add("git dates", start);
        Map<String, String> lastChanged = new HashMap<>();
        for (Page page : linked.pages()) {
            String date = byFile.get(page.sourceFile());
            if (date != null) {
                lastChanged.put(page.id(), date);
            }
        }
        Site site = new Site(settings, linked.pages(), lastChanged, translations.translations(), rowDates);
        options.staleDays()
                .ifPresent(days -> diagnostics.addInOrder(
                        StaleEntries.check(site, days, LocalDate.now(), contentDirectory.toString())));
        Analysis analysis = new Analysis(site, linked.links(), diagnostics, timings, linked, parsed.assets());
        reportLeftOut(analysis.leftOut(), diagnostics);
        return analysis;
    }

    /**
     * The analysis after one page changed, linking only that page — when nothing other pages see of it changed
     * (see {@link Linker#relink}); empty when the whole site must be linked again.
     *
     * @param diagnostics every problem except link problems (those of the other pages are kept)
     */
    Optional<Analysis> reanalyse(
            Analysis previous, Page before, Page changed, RowDates rowDates, Diagnostics diagnostics) {
        SiteSettings settings = previous.site().settings();
        Optional<Page> shown = SiteAssembler.forAudience(changed, settings);
        Optional<Page> shownBefore = SiteAssembler.forAudience(before, settings);
        if (options.previousSite().isPresent()
                || options.staleDays().isPresent()
                || changed.sourceFile().equals(SiteAssembler.GLOSSARY)
                || shown.isEmpty()
                || shownBefore.isEmpty()
                || shown.get().categories().size() != changed.categories().size()
                || shownBefore.get().categories().size() != before.categories().size()) {
            return Optional.empty(); // what it leaves out for the audience decides links elsewhere: link it all
        }
        Optional<Linker.Result> relinked = Linker.relink(previous.linked(), before, changed);
        if (relinked.isEmpty()) {
            return Optional.empty();
        }
        diagnostics.addAll(relinked.get().diagnostics());
        Site site = new Site(
                settings,
                relinked.get().pages(),
                previous.site().lastChanged(),
                previous.site().translations(),
                rowDates);
        Analysis analysis = new Analysis(
                site, relinked.get().links(), diagnostics, new Timings(), relinked.get(), previous.contentFiles());
        reportLeftOut(analysis.leftOut(), diagnostics);
        return Optional.of(analysis);
    }

    SiteRenderer renderer(String extraHead) {
        return new SiteRenderer(
                new TemplateSource(templateDirectory), "troubleshoot " + Generator.version(), extraHead);
    }

    /** The plan of every output file; its collisions, and a broken template, are added to the diagnostics. */
    Optional<OutputPlan> plan(Analysis analysis, SiteRenderer renderer) {
        long start = System.nanoTime();
        try {
            OutputPlan plan = renderer.plan(analysis.site(), analysis.links(), contentDirectory);
            analysis.diagnostics().addAll(plan.diagnostics());
            return Optional.of(plan);
        } catch (TemplateException e) {
            analysis.diagnostics().add(e.diagnostic());
        } catch (IOException e) {
            analysis.diagnostics()
                    .error(
                            contentDirectory.toString(),
                            0,
                            0,
                            "cannot plan the site: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                            "Check that the template folder can be read.");
        } finally {
            analysis.timings().add("plan", start);
        }
        return Optional.empty();
    }

    /** One warning for the content files no page uses, so a writer who expected one published sees why. */
    private static void reportLeftOut(List<String> leftOut, Diagnostics diagnostics) {
        if (leftOut.isEmpty()) {
            return;
        }
        String named = String.join(", ", leftOut.subList(0, Math.min(NAMED_LEFT_OUT, leftOut.size())))
                + (leftOut.size() > NAMED_LEFT_OUT ? " and " + (leftOut.size() - NAMED_LEFT_OUT) + " more" : "");
        diagnostics.warning(
                leftOut.get(0),
                0,
                0,
                leftOut.size() == 1
                        ? "the content folder's file " + named + " is not published: no page links to it"
                        : leftOut.size()
                                + " files of the content folder are not published, since no page links to them: "
                                + named,
                "Only files that pages link to or embed, and the files of " + "static/, are published: link to the"
                        + " file, move it into static/, or leave it out of the content folder (--exclude).");
    }
}
