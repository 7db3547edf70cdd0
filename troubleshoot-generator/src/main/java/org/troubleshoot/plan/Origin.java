package org.troubleshoot.plan;

/**
 * Where a planned file comes from: a content file (and the line that asks for it), a template, or the generator
 * itself. Collisions name both origins; {@code build --list} prints it beside each file.
 *
 * @param file a content-relative file when the origin is content, else null
 * @param line 1-based line in that file, or 0
 * @param what what the generator makes there, e.g. "the generated not-found page"
 */
public record Origin(String file, int line, String what) {
    /** A content file: a page, a category of it, or a file pages link to. */
    public static Origin content(String file, int line, String what) {
        return new Origin(file, line, what);
    }

    /** Something the generator makes from the whole site (home page, site.json, the search index…). */
    public static Origin generated(String what) {
        return new Origin(null, 0, what);
    }

    public boolean isContent() {
        return file != null;
    }

    /** "troubleshooting.md:12 (category Calls)", or "the generated home page". */
    public String describe() {
        return file == null ? what : file + (line > 0 ? ":" + line : "") + " (" + what + ")";
    }
}
