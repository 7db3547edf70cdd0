package org.troubleshoot.cli;

import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.troubleshoot.Generator;

/** The sub-commands of the command line, with their options (a public interface: options are only added). */
enum Command {
    BUILD("Checks CONTENT_DIR and, if it has no errors, writes the site to --out."),
    CHECK("Checks CONTENT_DIR and reports every problem; writes nothing."),
    SERVE("Serves the site on localhost, rebuilds it when a file changes and reloads open pages. "
            + "Content errors are shown in the page; Ctrl-C stops.");

    private final String description;

    Command(String description) {
        this.description = description;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String description() {
        return description;
    }

    static Optional<Command> named(String name) {
        for (Command command : values()) {
            if (command.id().equals(name)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /** This command's options; CONTENT_DIR is its one positional argument. */
    Options options() {
        Options options = new Options();
        if (this == BUILD) {
            options.addOption(valued(
                    "o",
                    "out",
                    "OUT_DIR",
                    "Where to write the site; replaced as a whole only when the build succeeds (required)."));
            options.addOption(valued(
                    null,
                    "cache",
                    "DIR",
                    "Where to keep the build cache, so that a rebuild "
                            + "reads and writes only what changed (default: .troubleshoot-cache beside OUT_DIR; safe to "
                            + "delete)."));
            options.addOption(
                    flag(null, "no-cache", "Build without a build cache (read, parse and compare " + "everything)."));
        }
        if (this == SERVE) {
            options.addOption(valued("p", "port", "N", "The port on 127.0.0.1 (default: 8000; 0 picks a free one)."));
        }
        if (this != CHECK) {
            options.addOption(valued(
                    null,
                    "template",
                    "DIR",
                    "A folder of templates and assets that replace the default ones with the same name."));
        }
        options.addOption(flag(null, "strict", "Fail (exit 1) on warnings too."));
        options.addOption(valued(
                null,
                "title",
                "TITLE",
                "The site's title (default: the settings file's, else \"" + Generator.DEFAULT_TITLE
                        + "\" in the site's language)."));
        options.addOption(valued(
                null,
                "base-url",
                "URL",
                "Where the site is published: enables sitemap.xml, canonical links and Open Graph URLs."));
        options.addOption(valued(
                null,
                "edit-url",
                "PATTERN",
                "Every row's edit link, with {file} and {line}, "
                        + "e.g. https://github.com/ORG/REPO/edit/main/content/{file}#L{line}"));
        options.addOption(valued(
                null,
                "audience",
                "AUDIENCE",
                "Who the site is for: public (the default: only what is public), a named audience such as admin "
                        + "(public content and its own), or all (everything, what is not public labelled)."));
        options.addOption(valued(
                null,
                "language",
                "LANG[,LANG…]",
                "The site's language (BCP 47: en, de, fr, ja, "
                        + "pt-BR…), or several separated by commas, the first at the site root and each other's pages in the "
                        + "content folder of its name (de/); default: the settings file's, else en."));
        if (this != SERVE) {
            options.addOption(flag(
                    null,
                    "list",
                    "Print every file of the site with where it comes from and who "
                            + "it is for (to standard output)."));
        }
        options.addOption(valued(
                null,
                "format",
                "FORMAT",
                "How to print problems: text (to standard error, the "
                        + "default), github (GitHub Actions annotations) or json (both to standard output, file names "
                        + "relative to the current folder)."));
        options.addOption(flag(null, "timings", "Print how long each stage took (to standard error)."));
        options.addOption(valued(null, "exclude", "PATH", "A file or folder inside CONTENT_DIR to skip (repeatable)."));
        options.addOption(valued(
                null,
                "previous",
                "PATH_OR_URL",
                "The site.json of the published site: report "
                        + "every address it has that this build would lose (a renamed symptom without an alias)."));
        options.addOption(flag(
                null,
                "no-autolinks",
                "Do not link category names, escalate, FAQ, Contact and links.md terms automatically."));
        options.addOption(valued(
                null,
                "broken-links",
                "error|warn",
                "A link to a missing file or anchor: an error "
                        + "(the default), or a warning and shown as text, to build pages brought from elsewhere while their "
                        + "links are fixed (--strict still fails)."));
        options.addOption(valued(
                null,
                "feedback-url",
                "PATTERN",
                "Show \"Did this fix it? Yes / No\" on every row,"
                        + " linking to this address with {page}, {entry}, {answer} (yes or no) and {url}, e.g."
                        + " https://forms.example.com/feedback?entry={entry}&answer={answer}"));
        options.addOption(valued(
                null,
                "no-results-url",
                "PATTERN",
                "When search finds nothing, also offer a link"
                        + " to this address, with {query}, e.g. https://support.example.com/new?subject={query}"));
        if (this != SERVE) {
            options.addOption(valued(
                    null,
                    "stale",
                    "DAYS",
                    "Warn about every entry whose rows have not changed in"
                            + " git for more than DAYS days, newest first."));
        }
        options.addOption(flag("h", "help", "Show this help and exit."));
        options.addOption(flag("V", "version", "Print the version and exit."));
        return options;
    }

    private static Option flag(String shortName, String longName, String description) {
        return Option.builder(shortName).longOpt(longName).desc(description).get();
    }

    private static Option valued(String shortName, String longName, String argument, String description) {
        return Option.builder(shortName)
                .longOpt(longName)
                .hasArg()
                .argName(argument)
                .desc(description)
                .get();
    }
}
