package org.troubleshoot.render;

/**
 * The default template's scripts and style sheet as readers download them: without the comments that fill whole
 * lines, indentation and blank lines, which are a third of their bytes (the page budget: docs/search.md, "Size").
 * The sources keep their comments. Only whole lines go, and each remaining line stays a line, so no string,
 * regular expression or automatic semicolon can change: the default files never start a line inside a string
 * or a regular expression with a comment opener ({@code AssetPackerTest} holds them to that).
 */
final class AssetPacker {
    private AssetPacker() {
    }

    /** Whether an asset of this name is packed: scripts and style sheets. */
    static boolean packs(String name) {
        return name.endsWith(".js") || name.endsWith(".css");
    }

    /** {@code text} without whole-line comments ({@code /* … *}{@code /}, and {@code //} in scripts), indentation and blank lines. */
    static String pack(String name, String text) {
        boolean script = name.endsWith(".js");
        StringBuilder out = new StringBuilder(text.length());
        boolean inComment = false;
        for (String line : text.split("\n", -1)) {
            String code = line.strip();
            if (inComment) {
                int end = code.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                code = code.substring(end + 2).strip();
            }
            if (code.startsWith("/*")) {
                int end = code.indexOf("*/", 2);
                if (end < 0) {
                    inComment = true;
                    continue;
                }
                code = code.substring(end + 2).strip();
            }
            if (code.isEmpty() || script && code.startsWith("//")) {
                continue;
            }
            out.append(code).append('\n');
        }
        return out.toString();
    }
}
