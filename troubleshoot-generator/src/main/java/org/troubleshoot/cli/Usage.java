package org.troubleshoot.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Option;

/** The help texts of the command line. */
final class Usage {
    private static final String EXIT_CODES =
            "Exit codes: 0 success, 1 content errors, 2 usage errors, 3 internal error.";

    private static final int WIDTH = 100;
    private static final int NAME_COLUMN = 32;

    private Usage() {}

    /** {@code troubleshoot --help}: what the commands are. */
    static void general(PrintWriter out) {
        out.println("Usage: troubleshoot COMMAND CONTENT_DIR [OPTIONS]");
        out.println("Builds a static troubleshooting site from Markdown tables.");
        out.println();
        out.println("Commands:");
        for (Command command : Command.values()) {
            List<String> lines = wrap(command.description(), WIDTH - 10);
            out.printf("  %-7s %s%n", command.id(), lines.get(0));
            lines.subList(1, lines.size()).forEach(line -> out.println(" ".repeat(10) + line));
        }
        out.println("  help    Shows the options of a command: troubleshoot help build.");
        out.println();
        out.println("Options: -h, --help (this text), -V, --version (the version).");
        out.println();
        out.println(EXIT_CODES);
    }

    /** {@code troubleshoot build --help}: one command and its options. */
    static void of(Command command, PrintWriter out) {
        out.println("Usage: troubleshoot " + command.id() + " CONTENT_DIR [OPTIONS]");
        wrap(command.description(), WIDTH).forEach(out::println);
        out.println();
        out.println("Options:");
        for (Option option : command.options().getOptions()) {
            String name = (option.getOpt() != null ? "-" + option.getOpt() + ", " : "    ") + "--" + option.getLongOpt()
                    + (option.hasArg() ? " " + option.getArgName() : "");
            List<String> lines = wrap(option.getDescription(), WIDTH - NAME_COLUMN);
            out.printf("  %-" + (NAME_COLUMN - 2) + "s%s%n", name, lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                out.println(" ".repeat(NAME_COLUMN) + line);
            }
        }
        out.println();
        out.println(EXIT_CODES);
    }

    /** Words of {@code text} in lines of at most {@code width} characters (a longer word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
