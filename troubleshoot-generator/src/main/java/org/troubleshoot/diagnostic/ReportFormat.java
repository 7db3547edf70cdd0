package org.troubleshoot.diagnostic;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways a list of diagnostics can be printed: for people, for GitHub Actions, for other programs.
 * A public interface (CLI {@code --format}, Maven {@code troubleshoot.format}): formats are only added.
 */
public enum ReportFormat {
    /** {@code file:line:column: severity: message} and an indented hint, then a count. */
    TEXT,
    /** GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=…::message}. */
    GITHUB,
    /** One JSON object: {@code {"errors": n, "warnings": n, "diagnostics": [ … ]}}. */
    JSON;

    public static Optional<ReportFormat> fromName(String name) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the diagnostics.
     *
     * @param pathPrefix put before each content-relative file name, so that tools reading the report from the
     *                   repository root find the file (e.g. {@code content/}); may be empty
     */
    public void write(List<Diagnostic> diagnostics, String pathPrefix, PrintWriter out) {
        switch (this) {
            case TEXT -> writeText(diagnostics, pathPrefix, out);
            case GITHUB -> writeGithub(diagnostics, pathPrefix, out);
            case JSON -> writeJson(diagnostics, pathPrefix, out);
        }
        out.flush();
    }

    private static void writeText(List<Diagnostic> diagnostics, String pathPrefix, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            out.println(withFile(d, pathPrefix).format());
        }
        if (!diagnostics.isEmpty()) {
            long errors = diagnostics.stream().filter(Diagnostic::isError).count();
            out.printf("%d error(s), %d warning(s)%n", errors, diagnostics.size() - errors);
        }
    }

    private static void writeGithub(List<Diagnostic> diagnostics, String pathPrefix, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            out.println("::" + (d.isError() ? "error" : "warning")
                    + " file=" + property(path(d, pathPrefix))
                    + ",line=" + Math.max(1, d.line())
                    + ",col=" + Math.max(1, d.column())
                    + ",title=" + property("troubleshoot " + d.severity().label())
                    + "::" + data(d.message() + "\n" + "Hint: " + d.hint()));
        }
    }

    private static void writeJson(List<Diagnostic> diagnostics, String pathPrefix, PrintWriter out) {
        try {
            JsonWriter json = new JsonWriter(out);
            json.setIndent("  ");
            long errors = diagnostics.stream().filter(Diagnostic::isError).count();
            json.beginObject();
            json.name("errors").value(errors);
            json.name("warnings").value(diagnostics.size() - errors);
            json.name("diagnostics");
            DiagnosticsJson.writeArray(json, diagnostics, d -> path(d, pathPrefix));
            json.endObject();
            json.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Diagnostic withFile(Diagnostic d, String pathPrefix) {
        return pathPrefix.isEmpty()
                ? d
                : new Diagnostic(d.severity(), path(d, pathPrefix), d.line(), d.column(), d.message(), d.hint());
    }

    /** The prefixed file name; absolute paths (problems with the output folder, say) stay as they are. */
    private static String path(Diagnostic d, String pathPrefix) {
        return d.file().startsWith("/") || Path.of(d.file()).isAbsolute() ? d.file() : pathPrefix + d.file();
    }

    /** Escaping of a workflow command's message, as GitHub's toolkit does it. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a workflow command's property value. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
