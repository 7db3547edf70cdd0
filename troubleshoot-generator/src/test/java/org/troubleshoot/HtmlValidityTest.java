package org.troubleshoot;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of the built content/ site passes the Nu HTML Checker (the checker behind validator.w3.org/nu). */
class HtmlValidityTest {
    @TempDir
    Path out;

    @Test
    void everyPageIsValidHtml() throws Exception {
        BuildResult result = Generator.builder().contentDirectory(ContentSiteTest.CONTENT)
                .audience("all").outputDirectory(out).build().generate();
        assertEquals(List.of(), result.diagnostics());

        List<String> errors = new ArrayList<>();
        List<Path> pages = new SiteChecks(out).htmlFiles();
        assertTrue(pages.size() > 10, "pages: " + pages);
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
        assertEquals(List.of(), errors);
    }

    @Test
    void aCategoryPageOfTheSeedsSizeWeighsUnder30KilobytesWithItsCssAndJs() throws Exception {
        Generator.builder().contentDirectory(ContentSiteTest.CONTENT).audience("all")
                .outputDirectory(out).build().generate();
        long total = 0;
        for (String file : List.of("troubleshooting/login-access.html", "assets/style.css", "assets/search-core.js",
                "assets/search.js", "assets/forward.js")) {
            total += Files.size(out.resolve(file));
        }
        assertTrue(total < 30 * 1024, "category page with CSS and JS: " + total + " bytes");
    }
}
