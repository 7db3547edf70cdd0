package org.troubleshoot.link;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the site with a previously published {@code site.json} and reports every address that readers
 * may have saved (a category page, a row, a question, a contact row) and that no longer leads anywhere:
 * links in support tickets and chat histories must not break.
 */
public final class PreviousSite {
    private final String location;

    /** @param location a path to a site.json, or an http(s) or file URL of one */
    public PreviousSite(String location) {
        this.location = location;
    }

    public List<Diagnostic> compare(List<Page> pages) {
        JsonObject previous;
        try {
            previous = JsonParser.parseString(read()).getAsJsonObject();
        } catch (IOException | IllegalArgumentException | IllegalStateException | JsonParseException e) {
            return List.of(Diagnostic.error(location, 0, 0, "cannot read the previous site.json: " + e.getMessage(),
                    "Pass the path or URL of the site.json of the published site."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(Diagnostic.error(location, 0, 0, "interrupted while reading the previous site.json",
                    "Run the check again."));
        }
        Map<String, Set<String>> anchors = anchorsByFile(pages);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonObject page : objects(previous, "pages")) {
            for (JsonObject category : objects(page, "categories")) {
                check(category, "category \"" + text(category, "title") + "\"", anchors, diagnostics);
                for (JsonObject entry : objects(category, "entries")) {
                    check(entry, "entry \"" + text(entry, "symptom") + "\"", anchors, diagnostics);
                }
            }
            for (JsonObject question : objects(page, "questions")) {
                check(question, "question \"" + text(question, "question") + "\"", anchors, diagnostics);
            }
            for (JsonObject table : objects(page, "tables")) {
                for (JsonObject row : objects(table, "rows")) {
                    check(row, "row \"" + text(row, "id") + "\"", anchors, diagnostics);
                }
            }
        }
        return diagnostics;
    }

    private String read() throws IOException, InterruptedException {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(location))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        }
        Path file = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void check(JsonObject item, String what, Map<String, Set<String>> anchors,
                              List<Diagnostic> diagnostics) {
        String url = text(item, "url");
        if (url.isEmpty() || leadsSomewhere(url, anchors)) {
            return;
        }
        String id = text(item, "id");
        JsonObject source = item.has("source") && item.get("source").isJsonObject()
                ? item.getAsJsonObject("source") : new JsonObject();
        String file = source.has("file") ? source.get("file").getAsString() : "site.json";
        int line = source.has("line") ? source.get("line").getAsInt() : 0;
        diagnostics.add(Diagnostic.error(file, line, 1,
                what + " was published at " + url + ", which no longer exists",
                "Keep old links working: pin the old id ({#" + id + "}) or list it after the new one"
                        + " ({#new-id #" + id + "}); moving a row to another category changes its address too."));
    }

    private static boolean leadsSomewhere(String url, Map<String, Set<String>> anchors) {
        int hash = url.indexOf('#');
        String file = hash < 0 ? url : url.substring(0, hash);
        Set<String> ids = anchors.get(file);
        if (ids == null) {
            return false;
        }
        // A category's old page forwards to its new one: the category is still found.
        return hash < 0 || ids.contains(REDIRECT) || ids.contains(url.substring(hash + 1));
    }

    private static final String REDIRECT = "";

    /** For every output file, the ids a link may point to in it. */
    static Map<String, Set<String>> anchorsByFile(List<Page> pages) {
        Map<String, Set<String>> anchors = new HashMap<>();
        for (Page page : pages) {
            Set<String> own = anchors.computeIfAbsent(page.url(), u -> new HashSet<>());
            for (Section section : page.sections()) {
                if (section instanceof Category category) {
                    Set<String> ids = anchors.computeIfAbsent(page.categoryUrl(category), u -> new HashSet<>());
                    for (Entry entry : category.entries()) {
                        ids.add(entry.id());
                        ids.addAll(entry.aliases());
                    }
                    for (String alias : category.aliases()) {
                        anchors.computeIfAbsent(page.categoryAliasUrl(alias), u -> new HashSet<>()).add(REDIRECT);
                    }
                } else if (section instanceof Prose prose && prose.id() != null) {
                    own.add(prose.id());
                } else if (section instanceof Question question) {
                    own.add(question.id());
                } else if (section instanceof DataTable table) {
                    for (DataRow row : table.rows()) {
                        own.add(row.id());
                    }
                }
            }
        }
        return anchors;
    }

    private static List<JsonObject> objects(JsonObject parent, String name) {
        List<JsonObject> objects = new ArrayList<>();
        if (parent.has(name) && parent.get(name).isJsonArray()) {
            JsonArray array = parent.getAsJsonArray(name);
            for (JsonElement element : array) {
                if (element.isJsonObject()) {
                    objects.add(element.getAsJsonObject());
                }
            }
        }
        return objects;
    }

    private static String text(JsonObject object, String name) {
        return object.has(name) && object.get(name).isJsonPrimitive() ? object.get(name).getAsString() : "";
    }
}
