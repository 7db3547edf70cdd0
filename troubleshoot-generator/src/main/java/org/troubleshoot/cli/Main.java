package org.troubleshoot.cli;

import org.troubleshoot.BuildResult;
import org.troubleshoot.Generator;
import org.troubleshoot.diagnostic.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The command line: {@code troubleshoot build|check CONTENT_DIR}. A thin adapter over {@link Generator}.
 *
 * <p>Exit codes: 0 success, 1 content errors (or warnings with {@code --strict}), 2 usage errors,
 * 3 an internal error of the generator itself.
 */
@Command(name = "troubleshoot", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a static troubleshooting site from Markdown tables.",
        subcommands = {Main.Build.class, Main.Check.class, Main.Serve.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 content errors, 2 usage errors, 3 internal error."})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("troubleshoot: internal error: " + e);
            err.println("  hint: this is a bug in troubleshoot, not in your content; please report it"
                    + " with the command you ran.");
            if (System.getenv("TROUBLESHOOT_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Options shared by build and check. */
    static class ContentOptions {
        @Parameters(index = "0", paramLabel = "CONTENT_DIR", description = "The folder of Markdown pages.")
        Path content;

        @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
        boolean strict;

        @Option(names = "--title", paramLabel = "TITLE",
                description = "The site's title (default: the settings file's, else \"" + Generator.DEFAULT_TITLE + "\").")
        String title;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "Where the site is published: enables sitemap.xml, canonical links and Open Graph URLs.")
        String baseUrl;

        @Option(names = "--edit-url", paramLabel = "PATTERN",
                description = "Every row's edit link, with {file} and {line}, e.g. "
                        + "https://github.com/ORG/REPO/edit/main/content/{file}#L{line}")
        String editUrl;

        @Option(names = "--audience", paramLabel = "AUDIENCE",
                description = "Build only what is for this audience (e.g. public); default: every audience.")
        String audience;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "How to print problems: text (to standard error), github (GitHub Actions annotations)"
                        + " or json (both to standard output, file names relative to the current folder).")
        ReportFormat format;

        @Option(names = "--timings", description = "Print how long each stage took (to standard error).")
        boolean timings;

        @Option(names = "--exclude", paramLabel = "PATH", description = "A file or folder inside CONTENT_DIR to skip (repeatable).")
        java.util.List<Path> excluded = new java.util.ArrayList<>();

        @Option(names = "--previous", paramLabel = "PATH_OR_URL",
                description = "The site.json of the published site: report every address it has that this build"
                        + " would lose (a renamed symptom without an alias).")
        String previous;

        @Option(names = "--no-autolinks", negatable = false,
                description = "Do not link category names, escalate, FAQ, Contact and links.md terms automatically.")
        boolean noAutoLinks;

        Generator.Builder builder() {
            Generator.Builder builder = Generator.builder().contentDirectory(content).title(title)
                    .baseUrl(baseUrl).editUrl(editUrl).audience(audience).strict(strict)
                    .autoLinks(!noAutoLinks);
            excluded.forEach(builder::exclude);
            if (previous != null) {
                builder.previousSite(previous);
            }
            return builder;
        }
    }

    /** {@code --template DIR}, for the commands that render (build and serve). */
    static class TemplateOption {
        @Option(names = "--template", paramLabel = "DIR",
                description = "A folder of templates and assets that replace the default ones with the same name.")
        Path directory;

        Generator.Builder apply(Generator.Builder builder) {
            return directory == null ? builder : builder.templateDirectory(directory);
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Checks CONTENT_DIR and, if it has no errors, writes the site to --out.")
    static final class Build implements Callable<Integer> {
        @CommandLine.Mixin
        ContentOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT_DIR",
                description = "Where to write the site; replaced as a whole only when the build succeeds.")
        Path out;

        @CommandLine.Mixin
        TemplateOption template;

        @Override
        public Integer call() {
            Integer usage = checkFolders(spec, options.content, template.directory);
            if (usage != null) {
                return usage;
            }
            long start = System.nanoTime();
            Generator.Builder builder = template.apply(options.builder()).outputDirectory(out);
            BuildResult result = builder.build().generate();
            int code = report(spec, result, options);
            if (result.output().isPresent()) {
                spec.commandLine().getOut().printf("Built %d pages, %d categories, %d entries into %s in %d ms%n",
                        result.site().pages().size(),
                        result.site().pages().stream().mapToInt(p -> p.categories().size()).sum(),
                        result.site().entryCount(), result.output().get(), (System.nanoTime() - start) / 1_000_000);
            }
            return code;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks CONTENT_DIR and reports every problem; writes nothing.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Mixin
        ContentOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Integer usage = checkFolders(spec, options.content, null);
            if (usage != null) {
                return usage;
            }
            BuildResult result = options.builder().build().check();
            int code = report(spec, result, options);
            if (code == OK && options.format == ReportFormat.TEXT) {
                spec.commandLine().getOut().printf("OK: %d pages, %d entries, %d warnings%n",
                        result.site().pages().size(), result.site().entryCount(), result.warningCount());
            }
            return code;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Serves the site on localhost, rebuilds it when a file changes and reloads open pages. "
                    + "Content errors are shown in the page; Ctrl-C stops.")
    static final class Serve implements Callable<Integer> {
        @CommandLine.Mixin
        ContentOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "8000",
                description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @CommandLine.Mixin
        TemplateOption template;

        @Override
        public Integer call() throws Exception {
            Integer usage = checkFolders(spec, options.content, template.directory);
            if (usage != null) {
                return usage;
            }
            Generator.Builder builder = template.apply(options.builder());
            PrintWriter out = spec.commandLine().getOut();
            org.troubleshoot.serve.DevServer server;
            try {
                server = new org.troubleshoot.serve.DevServer(builder.build(), port, out);
            } catch (java.net.BindException e) {
                spec.commandLine().getErr().println("troubleshoot: port " + port + " is in use");
                spec.commandLine().getErr().println("  hint: choose another with --port, or --port 0 for any free one");
                return USAGE;
            }
            server.watch();
            java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                out.println("Stopped.");
                out.flush();
                stopped.countDown();
            }));
            out.println("Serving " + server.url() + " (edit files in " + options.content + "; Ctrl-C stops)");
            out.flush();
            stopped.await();
            return OK;
        }
    }

    private static Integer checkFolders(CommandLine.Model.CommandSpec spec, Path content, Path template) {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(content)) {
            err.println("troubleshoot: CONTENT_DIR " + content + " is not a folder");
            err.println("  hint: pass the folder that holds your .md pages, e.g. troubleshoot build content --out site");
            return USAGE;
        }
        if (template != null && !Files.isDirectory(template)) {
            err.println("troubleshoot: --template " + template + " is not a folder");
            return USAGE;
        }
        return null;
    }

    private static int report(CommandLine.Model.CommandSpec spec, BuildResult result, ContentOptions options) {
        if (options.timings) {
            result.timings().forEach((stage, millis) ->
                    spec.commandLine().getErr().printf("%6d ms  %s%n", millis, stage));
        }
        if (options.format == ReportFormat.TEXT) {
            ReportFormat.TEXT.write(result.diagnostics(), "", spec.commandLine().getErr());
        } else {
            options.format.write(result.diagnostics(), pathPrefix(options.content), spec.commandLine().getOut());
        }
        if (result.failed()) {
            return CONTENT_ERRORS;
        }
        return OK;
    }

    /** The content folder as seen from the current folder ("content/"), so CI tools find the files. */
    private static String pathPrefix(Path content) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path folder = content.toAbsolutePath().normalize();
        String prefix = folder.startsWith(here) ? here.relativize(folder).toString() : folder.toString();
        prefix = prefix.replace('\\', '/');
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    /** Prints the jar's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"troubleshoot " + Generator.version()};
        }
    }
}
