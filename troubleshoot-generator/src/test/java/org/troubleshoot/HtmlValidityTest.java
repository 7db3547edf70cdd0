package org.troubleshoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troubleshoot.config.BrokenLinks;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the built content/ site passes the Nu HTML Checker (the checker behind validator.w3.org/nu). */
class HtmlValidityTest {
    @TempDir
    Path out;

    @Test
    void everyPageIsValidHtml() throws Exception {
        BuildResult result = Generator.builder()
                .contentDirectory(ContentSiteTest.CONTENT)
                .audience("all")
                .outputDirectory(out)
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());

        List<Path> pages = new SiteChecks(out).htmlFiles();
        assertTrue(pages.size() > 10, "pages: " + pages);
        assertEquals(List.of(), errors(out, pages));
    }

    @Test
    void everyPageOfAGermanSiteAndOfASiteInThreeLanguagesIsValidHtml(@TempDir Path work) throws Exception {
        List<String> errors = new ArrayList<>();
        Map<String, Fixture> sites = Map.of("german", LanguageSites::german, "three", LanguageSites::threeLanguages);
        for (Map.Entry<String, Fixture> site : new TreeMap<>(sites).entrySet()) {
            Path content = site.getValue().write(work.resolve(site.getKey()));
            Path built = work.resolve(site.getKey() + "-site");
            BuildResult result = Generator.builder()
                    .contentDirectory(content)
                    .audience("all")
                    .outputDirectory(built)
                    .build()
                    .generate();
            assertEquals(List.of(), result.diagnostics());
            List<Path> pages = new SiteChecks(built).htmlFiles();
            assertTrue(pages.size() > 8, "pages: " + pages);
            errors.addAll(errors(built, pages));
        }
        assertEquals(List.of(), errors);
    }

    /**
     * Pages written for GitHub (ImportedDocsTest's): ordinary tables, writers' HTML in cells and paragraphs
     * (lists, details, footnote anchors), the ids GitHub gives headings, broken links shown as text.
     */
    @Test
    void importedPagesWithWritersHtmlAreValidHtml() throws Exception {
        BuildResult result = Generator.builder()
                .contentDirectory(ImportedDocsTest.IMPORTED)
                .outputDirectory(out)
                .brokenLinks(BrokenLinks.WARN)
                .build()
                .generate();
        assertTrue(result.output().isPresent(), result.diagnostics().toString());
        assertEquals(List.of(), errors(out, new SiteChecks(out).htmlFiles()));
    }

    private interface Fixture {
        Path write(Path content) throws IOException;
    }

    /** What the Nu HTML Checker finds wrong in {@code pages} of the site in {@code out}. */
    private static List<String> errors(Path out, List<Path> pages) throws Exception {
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            ErrorHandler handler = new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings (such as "consider adding a lang attribute") are advice, not errors.
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(out.relativize(page) + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                            + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            };
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
            validator.setUpValidatorAndParsers(handler, true, false);
            validator.checkHtmlFile(page.toFile(), true);
        }
        return errors;
    }

    @Test
    void aCategoryPageOfTheSeedsSizeWeighsUnder30KilobytesWithItsCssAndJs() throws Exception {
        Generator.builder()
                .contentDirectory(ContentSiteTest.CONTENT)
                .audience("all")
                .outputDirectory(out)
                .build()
                .generate();
        String page = "troubleshooting/login-access.html";
        // What the page loads: itself, and the files its head names (search-core.js only comes when searching).
        List<String> files = new ArrayList<>(List.of(page));
        new SiteChecks(out)
                .page(page)
                .select("head script[src], head link[rel=stylesheet]")
                .forEach(e -> files.add(
                        e.attr(e.tagName().equals("script") ? "src" : "href").replace("../", "")));
        assertEquals(List.of(page, "assets/style.css", "assets/search.js", "assets/forward.js"), files);
        long total = 0;
        for (String file : files) {
            total += Files.size(out.resolve(file));
        }
        assertTrue(total < 30 * 1024, "category page with CSS and JS: " + total + " bytes");
        // And a reader who searches: the search core too.
        assertTrue(total + Files.size(out.resolve("assets/search-core.js")) < 40 * 1024, "with the search core");
    }
}
