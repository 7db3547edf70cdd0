package org.troubleshoot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a built site with jsoup the way a browser would follow it: files, links and anchors. */
final class SiteChecks {
    private final Path root;
    private final Map<Path, Document> documents = new HashMap<>();

    SiteChecks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    List<Path> htmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    Document document(Path file) {
        return documents.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return Jsoup.parse(f.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    Document page(String url) {
        return document(root.resolve(url));
    }

    /** Every link or stylesheet reference on every page that does not lead to an existing file and anchor. */
    List<String> brokenLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : htmlFiles()) {
            for (Element element : document(file).select("a[href], link[href]")) {
                String href = element.attr("href");
                String problem = problem(file, href);
                if (problem != null) {
                    broken.add(root.relativize(file) + ": " + href + ": " + problem);
                }
            }
        }
        return broken;
    }

    private String problem(Path from, String href) {
        URI uri = URI.create(href);
        if (uri.getScheme() != null) {
            return uri.getScheme().equals("mailto") || uri.getScheme().startsWith("http") ? null : "unexpected scheme";
        }
        if (href.startsWith("/")) {
            return "absolute path: breaks from file:// and sub-paths";
        }
        Path target = uri.getPath() == null || uri.getPath().isEmpty()
                ? from
                : from.getParent().resolve(uri.getPath()).normalize();
        if (!target.startsWith(root)) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        String fragment = uri.getFragment();
        if (fragment != null
                && !fragment.isEmpty()
                && target.toString().endsWith(".html")
                && document(target).getElementById(fragment) == null) {
            return "no element with id " + fragment;
        }
        return null;
    }

    /** The element a site-root-relative URL with a fragment points to, or null. */
    Element resolve(String url) {
        int hash = url.indexOf('#');
        return page(url.substring(0, hash)).getElementById(url.substring(hash + 1));
    }

    /** Every file under {@code root} by relative path, with its bytes: for byte-for-byte comparisons. */
    static Map<String, byte[]> allBytes(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
