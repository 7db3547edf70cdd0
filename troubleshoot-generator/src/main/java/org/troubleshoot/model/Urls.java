package org.troubleshoot.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** The rules of addresses, in one place: which links leave the site, and relative URLs between output files. */
public final class Urls {
    /** A scheme ({@code https:}, {@code mailto:}, {@code javascript:}…) or a host ({@code //cdn…}): not a content file. */
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*", Pattern.DOTALL);

    private Urls() {}

    /**
     * Whether a link's target is an address elsewhere rather than a content file (which the link stage checks
     * and rewrites). Whether such an address is safe to keep is decided by the parser's content safety rules.
     */
    public static boolean isExternal(String target) {
        return EXTERNAL.matcher(target).matches();
    }

    /**
     * {@code url} (a site-relative address of an output file, '/'-separated) with every character outside
     * ASCII letters, digits and {@code - . _ ~ / #} percent-encoded as UTF-8: a sitemap or an HTTP header needs
     * an address, where a page's link may keep the letters of any script ({@code ログイン.html}).
     */
    public static String encodePath(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/#".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /**
     * The prefix that leads from the output file {@code url} (relative to the site root) back to the root:
     * links are relative, so the site works from file:// and from any sub-path of any host.
     */
    public static String rootOf(String url) {
        StringBuilder root = new StringBuilder();
        for (int i = 0; i < url.length() && url.charAt(i) != '#'; i++) {
            if (url.charAt(i) == '/') {
                root.append("../");
            }
        }
        return root.toString();
    }

    /**
     * A link's target file: {@code fromFile}'s folder (both relative to the content root) joined with {@code path}
     * ({@code /} for the content root), normalised; null if it climbs above the content root.
     */
    public static String resolveContentPath(String fromFile, String path) {
        Deque<String> parts = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            String[] fromParts = fromFile.split("/");
            for (int i = 0; i < fromParts.length - 1; i++) {
                parts.addLast(fromParts[i]);
            }
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** A link's path or anchor with its percent-escapes decoded (a literal {@code +} kept); as it is if they are broken. */
    public static String decodePath(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
