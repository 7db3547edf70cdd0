package org.troubleshoot.diagnostic;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * Diagnostics as JSON, the one place that writes them: for {@code --format json} and for the live preview's
 * error overlay. Each is an object of {@code severity, file, line, column, message, hint}.
 */
public final class DiagnosticsJson {
    private DiagnosticsJson() {}

    /** Writes the diagnostics as an array, each file name as {@code file} gives it. */
    static void writeArray(JsonWriter json, List<Diagnostic> diagnostics, Function<Diagnostic, String> file)
            throws IOException {
        json.beginArray();
        for (Diagnostic d : diagnostics) {
            json.beginObject();
            json.name("severity").value(d.severity().label());
            json.name("file").value(file.apply(d));
            json.name("line").value(d.line());
            json.name("column").value(d.column());
            json.name("message").value(d.message());
            json.name("hint").value(d.hint());
            json.endObject();
        }
        json.endArray();
    }

    /** The diagnostics as one compact JSON array, file names relative to the content folder. */
    public static String array(List<Diagnostic> diagnostics) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            writeArray(json, diagnostics, Diagnostic::file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
