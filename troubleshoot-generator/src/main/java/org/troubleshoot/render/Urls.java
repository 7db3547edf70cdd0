package org.troubleshoot.render;

/** Relative URLs between output files, so the site works from file:// and from any sub-path. */
final class Urls {
    private Urls() {
    }

    /** The prefix that leads from the file {@code url} (relative to the site root) back to the root. */
    static String rootOf(String url) {
        StringBuilder root = new StringBuilder();
        for (int i = 0; i < url.length() && url.charAt(i) != '#'; i++) {
            if (url.charAt(i) == '/') {
                root.append("../");
            }
        }
        return root.toString();
    }
}
