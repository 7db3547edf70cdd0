package org.troubleshoot.link;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
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
import org.troubleshoot.diagnostic.Diagnostic;
import org.troubleshoot.model.Category;
import org.troubleshoot.model.DataRow;
import org.troubleshoot.model.DataTable;
import org.troubleshoot.model.Entry;
import org.troubleshoot.model.ErrorCode;
import org.troubleshoot.model.Page;
import org.troubleshoot.model.Prose;
import org.troubleshoot.model.Question;
import org.troubleshoot.model.Section;

/**
 * Compares the site with a previously published {@code site.json} and reports every address that readers
 * may have saved (a category page, a row, a question, a contact row) and that no longer leads anywhere:
 * links in support tickets and chat histories must not break. A row's old address leads somewhere while its file
 * is still there and its {@code #fragment} is found there or where {@link RowForwards} sends it. Every error code
 * the published rows had (their {@code codes} in site.json) must still be on a row, written in the same case:
 * software that printed {@code e/E401.html} keeps printing it.
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
            return List.of(Diagnostic.error(
                    location,
                    0,
                    0,
                    "cannot read the previous site.json: " + e.getMessage(),
                    "Pass the path or URL of the site.json of the published site."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(Diagnostic.error(
                    location, 0, 0, "interrupted while reading the previous site.json", "Run the check again."));
        }
        Addresses addresses = new Addresses(pages);
        Map<String, String> codes = new HashMap<>(); // key → the code as written now
        for (Page page : pages) {
            for (Category category : page.categories()) {
                for (Entry entry : category.entries()) {
                    entry.codes().forEach(code -> codes.putIfAbsent(ErrorCode.key(code), code));
                }
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonObject page : objects(previous, "pages")) {
            for (JsonObject category : objects(page, "categories")) {
                check(category, "category \"" + text(category, "title") + "\"", addresses, diagnostics);
                for (JsonObject entry : objects(category, "entries")) {
                    check(entry, "entry \"" + text(entry, "symptom") + "\"", addresses, diagnostics);
                    checkCodes(entry, codes, diagnostics);
                }
            }
            for (JsonObject question : objects(page, "questions")) {
                check(question, "question \"" + text(question, "question") + "\"", addresses, diagnostics);
            }
            for (JsonObject table : objects(page, "tables")) {
                for (JsonObject row : objects(table, "rows")) {
                    check(row, "row \"" + text(row, "id") + "\"", addresses, diagnostics);
                }
            }
        }
        return diagnostics;
    }

    /**
     * An error for each code of a published entry that no row of this build has, or that a row now writes in
     * another case: its page is named as the code is written, so the published address would be lost.
     *
     * @param codes the codes of this build, by key, as written
     */
    private static void checkCodes(JsonObject entry, Map<String, String> codes, List<Diagnostic> diagnostics) {
        if (!entry.has("codes") || !entry.get("codes").isJsonArray()) {
            return; // published before codes existed
        }
        for (JsonElement element : entry.getAsJsonArray("codes")) {
            String code = element.isJsonPrimitive() ? element.getAsString() : "";
            String now = codes.get(ErrorCode.key(code));
            if (code.isEmpty() || code.equals(now)) {
                continue;
            }
            String published = "error code '" + code + "' of entry \"" + text(entry, "symptom") + "\" was published at "
                    + ErrorCode.url(code);
            diagnostics.add(
                    now == null
                            ? Diagnostic.error(
                                    sourceFile(entry),
                                    sourceLine(entry),
                                    1,
                                    published + ", and no row has it any more",
                                    "Software that shows this code may link to " + ErrorCode.url(code)
                                            + ": keep the code in the code column of the row that answers it now.")
                            : Diagnostic.error(
                                    sourceFile(entry),
                                    sourceLine(entry),
                                    1,
                                    published + ", and a row now writes it '" + now + "' (" + ErrorCode.url(now) + ")",
                                    "A code's page is named as the code is written:" + " write it " + code
                                            + " again, so that " + ErrorCode.url(code) + " keeps working."));
        }
    }

    private String read() throws IOException, InterruptedException {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(20))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(location))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        }
        Path file = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void check(JsonObject item, String what, Addresses addresses, List<Diagnostic> diagnostics) {
        String url = text(item, "url");
        if (url.isEmpty() || addresses.leadSomewhere(url)) {
            return;
        }
        String id = text(item, "id");
        diagnostics.add(Diagnostic.error(
                sourceFile(item),
                sourceLine(item),
                1,
                what + " was published at " + url + ", which no longer exists",
                "Keep old links working: pin the old id ({#" + id + "}) or list it after the new one"
                        + " ({#new-id #" + id + "}); a row moved to another category or page keeps its links"
                        + " while its old category page is there (or is listed as an old id of a category)."));
    }

    private static String sourceFile(JsonObject item) {
        JsonObject source = source(item);
        return source.has("file") ? source.get("file").getAsString() : "site.json";
    }

    private static int sourceLine(JsonObject item) {
        JsonObject source = source(item);
        return source.has("line") ? source.get("line").getAsInt() : 0;
    }

    private static JsonObject source(JsonObject item) {
        return item.has("source") && item.get("source").isJsonObject()
                ? item.getAsJsonObject("source")
                : new JsonObject();
    }

    /** The addresses of this build: files, the ids in each, and where a category page sends other ids. */
    private static final class Addresses {
        private final Map<String, Set<String>> anchors;
        /** Category pages and the pages left at categories' old ids → the page they belong to. */
        private final Map<String, Page> categoryFiles = new HashMap<>();

        private final Map<String, Map<String, String>> forwards = new HashMap<>();
        private final Map<String, String> aliases;

        Addresses(List<Page> pages) {
            anchors = anchorsByFile(pages);
            for (Page page : pages) {
                for (Category category : page.categories()) {
                    categoryFiles.put(page.categoryUrl(category), page);
                    category.aliases().forEach(alias -> categoryFiles.put(page.categoryAliasUrl(alias), page));
                }
            }
            aliases = RowForwards.aliases(pages);
        }

        boolean leadSomewhere(String url) {
            int hash = url.indexOf('#');
            String file = hash < 0 ? url : url.substring(0, hash);
            Set<String> ids = anchors.get(file);
            if (ids == null) {
                return false;
            }
            String fragment = hash < 0 ? "" : url.substring(hash + 1);
            if (fragment.isEmpty() || ids.contains(fragment)) {
                return true;
            }
            // The script of a category page (and of a category's old page) sends other ids where the row is now.
            Page page = categoryFiles.get(file);
            return page != null
                    && (forwards.computeIfAbsent(page.id(), id -> RowForwards.ofPage(page))
                                    .containsKey(fragment)
                            || aliases.containsKey(fragment));
        }
    }

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
                        anchors.computeIfAbsent(page.categoryAliasUrl(alias), u -> new HashSet<>());
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
        return object.has(name) && object.get(name).isJsonPrimitive()
                ? object.get(name).getAsString()
                : "";
    }
}
