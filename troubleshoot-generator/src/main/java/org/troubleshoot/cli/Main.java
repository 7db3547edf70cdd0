package org.troubleshoot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.ParseException;
import org.troubleshoot.BuildResult;
import org.troubleshoot.Generator;
import org.troubleshoot.PublishedFile;
import org.troubleshoot.diagnostic.ReportFormat;
import org.troubleshoot.serve.DevServer;

/**
 * The command line: {@code troubleshoot build|check|serve CONTENT_DIR [options]}. A thin adapter over
 * {@link Generator}; the commands and their options are listed in {@link Command}.
 *
 * <p>Exit codes: 0 success, 1 content errors (or warnings with {@code --strict}), 2 usage errors,
 * 3 an internal error of the generator itself.
 */
public final class Main {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL_ERROR = 3;

    private final PrintWriter out;
    private final PrintWriter err;

    private Main(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main(out, err);
        try {
            return main.dispatch(args);
        } catch (RuntimeException e) {
            err.println("troubleshoot: internal error: " + e);
            err.println("  hint: this is a bug in troubleshoot, not in your content; please report it"
                    + " with the command you ran.");
            if (System.getenv("TROUBLESHOOT_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(String[] args) {
        if (args.length == 0) {
            Usage.general(err);
            return USAGE;
        }
        String first = args[0];
        if (first.equals("-h") || first.equals("--help")) {
            Usage.general(out);
            return OK;
        }
        if (first.equals("-V") || first.equals("--version")) {
            out.println(version());
            return OK;
        }
        if (first.equals("help")) {
            return help(args);
        }
        Optional<Command> command = Command.named(first);
        if (command.isEmpty()) {
            return usageError(
                    "unknown command '" + first + "'",
                    "The commands are build, check and serve; " + "troubleshoot --help lists them.");
        }
        CommandLine line;
        try {
            line = DefaultParser.builder()
                    .get()
                    .parse(command.get().options(), Arrays.copyOfRange(args, 1, args.length));
        } catch (ParseException e) {
            return usageError(e.getMessage(), "troubleshoot " + command.get().id() + " --help lists its options.");
        }
        if (line.hasOption("help")) {
            Usage.of(command.get(), out);
            return OK;
        }
        if (line.hasOption("version")) {
            out.println(version());
            return OK;
        }
        return execute(command.get(), line);
    }

    private int help(String[] args) {
        if (args.length == 1) {
            Usage.general(out);
            return OK;
        }
        Optional<Command> command = Command.named(args[1]);
        if (command.isEmpty()) {
            return usageError("unknown command '" + args[1] + "'", "The commands are build, check and serve.");
        }
        Usage.of(command.get(), out);
        return OK;
    }

    private int execute(Command command, CommandLine line) {
        List<String> positional = line.getArgList();
        if (positional.isEmpty()) {
            return usageError(
                    "missing CONTENT_DIR",
                    "Pass the folder that holds your .md pages, e.g. troubleshoot " + command.id() + " content"
                            + (command == Command.BUILD ? " --out site" : "") + ".");
        }
        if (positional.size() > 1) {
            return usageError(
                    "unexpected argument '" + positional.get(1) + "'",
                    "Give one CONTENT_DIR; troubleshoot " + command.id() + " --help lists the options.");
        }
        Settings settings;
        try {
            settings = Settings.of(command, line);
        } catch (Settings.Invalid e) {
            return usageError(e.getMessage(), e.hint);
        }
        Path content = Path.of(positional.get(0));
        if (!Files.isDirectory(content)) {
            err.println("troubleshoot: CONTENT_DIR " + content + " is not a folder");
            err.println(
                    "  hint: pass the folder that holds your .md pages, e.g. troubleshoot build content --out site");
            return USAGE;
        }
        if (settings.template() != null && !Files.isDirectory(settings.template())) {
            err.println("troubleshoot: --template " + settings.template() + " is not a folder");
            return USAGE;
        }
        Generator.Builder builder = settings.builder(content);
        return switch (command) {
            case BUILD -> build(builder, settings, content);
            case CHECK -> check(builder, settings, content);
            case SERVE -> serve(builder, settings, content);
        };
    }

    private int build(Generator.Builder builder, Settings settings, Path content) {
        long start = System.nanoTime();
        BuildResult result = builder.outputDirectory(settings.out())
                .cacheDirectory(cache(settings))
                .build()
                .generate();
        int code = report(result, settings, content);
        if (result.output().isPresent()) {
            list(result, settings);
            out.printf(
                    "Built %d pages, %d categories, %d entries into %s in %d ms: %d files published, "
                            + "%d content files left out%n",
                    result.pageCount(),
                    result.categoryCount(),
                    result.entryCount(),
                    result.output().get(),
                    (System.nanoTime() - start) / 1_000_000,
                    result.published().size(),
                    result.leftOut().size());
        }
        return code;
    }

    /** The build cache: --cache, else .troubleshoot-cache beside the output folder; none with --no-cache. */
    private static Path cache(Settings settings) {
        if (settings.line().hasOption("no-cache")) {
            return null;
        }
        if (settings.line().hasOption("cache")) {
            return Path.of(settings.line().getOptionValue("cache"));
        }
        return settings.out().toAbsolutePath().normalize().resolveSibling(".troubleshoot-cache");
    }

    private int check(Generator.Builder builder, Settings settings, Path content) {
        BuildResult result = builder.build().check();
        int code = report(result, settings, content);
        if (code == OK) {
            list(result, settings);
        }
        if (code == OK && settings.format() == ReportFormat.TEXT) {
            out.printf(
                    "OK: %d pages, %d entries, %d warnings%n",
                    result.pageCount(), result.entryCount(), result.warningCount());
        }
        return code;
    }

    private int serve(Generator.Builder builder, Settings settings, Path content) {
        DevServer server;
        try {
            server = new DevServer(builder.build(), settings.port(), out);
        } catch (BindException e) {
            err.println("troubleshoot: port " + settings.port() + " is in use");
            err.println("  hint: choose another with --port, or --port 0 for any free one");
            return USAGE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            server.watch();
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }));
        out.println("Serving " + server.url() + " (edit files in " + content + "; Ctrl-C stops)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    /** With --list: every file of the site, where it comes from and who it is for, by path. */
    private void list(BuildResult result, Settings settings) {
        if (!settings.list()) {
            return;
        }
        int width = result.published().stream()
                .mapToInt(f -> f.path().length())
                .max()
                .orElse(0);
        for (PublishedFile file : result.published()) {
            out.printf("%-" + width + "s  %-8s  %s%n", file.path(), file.audience(), file.origin());
        }
    }

    private int report(BuildResult result, Settings settings, Path content) {
        if (settings.timings()) {
            result.timings().forEach((stage, millis) -> err.printf("%6d ms  %s%n", millis, stage));
        }
        if (settings.format() == ReportFormat.TEXT) {
            ReportFormat.TEXT.write(result.diagnostics(), "", err);
        } else {
            settings.format().write(result.diagnostics(), pathPrefix(content), out);
        }
        return result.failed() ? CONTENT_ERRORS : OK;
    }

    private int usageError(String message, String hint) {
        err.println("troubleshoot: " + message);
        err.println("  hint: " + hint);
        return USAGE;
    }

    /** The content folder as seen from the current folder ("content/"), so CI tools find the files. */
    private static String pathPrefix(Path content) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path folder = content.toAbsolutePath().normalize();
        String prefix = folder.startsWith(here) ? here.relativize(folder).toString() : folder.toString();
        prefix = prefix.replace('\\', '/');
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    static String version() {
        return "troubleshoot " + Generator.version();
    }
}
