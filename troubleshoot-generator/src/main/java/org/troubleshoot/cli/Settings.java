package org.troubleshoot.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.troubleshoot.Generator;
import org.troubleshoot.config.BrokenLinks;
import org.troubleshoot.config.Languages;
import org.troubleshoot.diagnostic.ReportFormat;

/**
 * The options of one command line, checked and converted.
 *
 * @param out      build's output folder; null for the other commands
 * @param template a template folder, or null
 * @param port     serve's port
 * @param list     whether to print every file of the site
 */
record Settings(
        Path out, Path template, int port, ReportFormat format, boolean timings, boolean list, CommandLine line) {
    private static final int DEFAULT_PORT = 8000;

    /** A value the command line cannot take, with what to do instead. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        final String hint;

        Invalid(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }
    }

    static Settings of(Command command, CommandLine line) throws Invalid {
        Path out = null;
        if (command == Command.BUILD) {
            if (!line.hasOption("out")) {
                throw new Invalid(
                        "missing --out OUT_DIR",
                        "Say where the site goes, e.g. troubleshoot build content --out site.");
            }
            out = Path.of(line.getOptionValue("out"));
        }
        String formatName = line.getOptionValue("format", "text");
        ReportFormat format = ReportFormat.fromName(formatName)
                .orElseThrow(() -> new Invalid("unknown --format '" + formatName + "'", "Use text, github or json."));
        int port = DEFAULT_PORT;
        if (line.hasOption("port")) {
            try {
                port = Integer.parseInt(line.getOptionValue("port"));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                throw new Invalid(
                        "--port '" + line.getOptionValue("port") + "' is not a port number",
                        "Use a number from 1 to 65535, or 0 for any free port.");
            }
        }
        if (line.hasOption("broken-links")
                && BrokenLinks.named(line.getOptionValue("broken-links")).isEmpty()) {
            throw new Invalid(
                    "unknown --broken-links '" + line.getOptionValue("broken-links") + "'",
                    "Use error (the default) or warn.");
        }
        Path template = line.hasOption("template") ? Path.of(line.getOptionValue("template")) : null;
        if (line.hasOption("stale")) {
            staleDays(line);
        }
        if (line.hasOption("language")) {
            try {
                Languages.parse(line.getOptionValue("language"));
            } catch (Languages.Invalid e) {
                throw new Invalid("--language: " + e.getMessage(), e.hint());
            }
        }
        return new Settings(out, template, port, format, line.hasOption("timings"), line.hasOption("list"), line);
    }

    private static int staleDays(CommandLine line) throws Invalid {
        String value = line.getOptionValue("stale");
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 0) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Invalid("--stale '" + value + "' is not a number of days", "Use a whole number, e.g. --stale 365.");
    }

    /** The generator these options describe, for {@code content}; the caller adds the output folder. */
    Generator.Builder builder(Path content) {
        Generator.Builder builder = Generator.builder()
                .contentDirectory(content)
                .title(line.getOptionValue("title"))
                .baseUrl(line.getOptionValue("base-url"))
                .editUrl(line.getOptionValue("edit-url"))
                .audience(line.getOptionValue("audience"))
                .strict(line.hasOption("strict"))
                .autoLinks(!line.hasOption("no-autolinks"))
                .language(line.getOptionValue("language"));
        String[] excluded = line.getOptionValues("exclude");
        if (excluded != null) {
            for (String path : excluded) {
                builder.exclude(Path.of(path));
            }
        }
        if (line.hasOption("previous")) {
            builder.previousSite(line.getOptionValue("previous"));
        }
        if (line.hasOption("broken-links")) {
            builder.brokenLinks(
                    BrokenLinks.named(line.getOptionValue("broken-links")).orElseThrow());
        }
        builder.feedbackUrl(line.getOptionValue("feedback-url")).noResultsUrl(line.getOptionValue("no-results-url"));
        if (line.hasOption("stale")) {
            builder.staleDays(Integer.parseInt(line.getOptionValue("stale").strip())); // checked by of()
        }
        if (template != null) {
            builder.templateDirectory(template);
        }
        return builder;
    }
}
