package org.troubleshoot.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.troubleshoot.BuildResult;
import org.troubleshoot.Generator;
import org.troubleshoot.search.SearchIndex;

/**
 * What a reader does, in a real browser, on the site built from content/: opened from file:// and from a
 * sub-path of an HTTP server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderBrowserTest {
    private static final Path CONTENT =
            Path.of(System.getProperty("troubleshoot.repoRoot", "..")).resolve("content");

    private Path work;
    private Path site;
    private SiteServer server;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws Exception {
        BrowserAccess.requireInstalled();
        work = Files.createTempDirectory("troubleshoot-browser");
        site = work.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(CONTENT)
                .audience("all")
                .outputDirectory(site)
                .title("Portal Help Center")
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        server = new SiteServer(site, "/help/");
        driver = BrowserAccess.start(work.resolve("profile"));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private String root(String kind) {
        return kind.equals("file") ? site.toUri().toString() : server.root();
    }

    private List<String> search(String root, String page, String query) {
        driver.get(root + page);
        WebElement input = driver.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        return results(query);
    }

    private List<String> results(String query) {
        WebElement list = driver.findElement(By.id("search-results"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> query.equals(list.getAttribute("data-query")));
        return list.findElements(By.cssSelector(".result-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void typing401ShowsUnauthorizedFirst(String kind) {
        List<String> results = search(root(kind), "index.html", "401");
        assertEquals("401 Unauthorized", results.get(0), results.toString());
        WebElement first = driver.findElement(By.cssSelector("#search-results li"));
        assertEquals(
                "401", first.findElement(By.cssSelector(".result-title mark")).getText());
        assertEquals(
                "API integrations",
                first.findElement(By.cssSelector(".result-where")).getText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void anExactMessageInQuotesFindsItsRowFirst(String kind) {
        List<String> results = search(root(kind), "troubleshooting/calls.html", "\"Your account is not active\"");
        assertEquals("\"Your account is not active\"", results.get(0), results.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void oneTypoIsForgiven(String kind) {
        List<String> results = search(root(kind), "index.html", "recordng");
        assertEquals("Recording audio won't play", results.get(0), results.toString());
    }

    @Test
    void prefixesMatchWhileTypingAndTokensLikeErrorCodesStayWhole() {
        assertEquals(
                "401 Unauthorized",
                search(server.root(), "index.html", "unauth").get(0));
        assertEquals("5xx errors", search(server.root(), "index.html", "5xx").get(0));
        assertEquals(
                "Can't get past the 2FA screen",
                search(server.root(), "index.html", "2FA").get(0));
        List<String> csv = search(server.root(), "index.html", "CSV");
        assertTrue(csv.size() >= 1, csv.toString());
    }

    @Test
    void faqQuestionsAndContactRowsAreSearchableToo() {
        assertTrue(search(server.root(), "index.html", "API token").contains("How do I get an API token?"));
        assertEquals(
                "Escalation to engineering",
                search(server.root(), "index.html", "escalation engineering").get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void keyboardOnlyAReaderReachesAndOpensAResultAndLandsOnTheHighlightedRow(String kind) {
        driver.get(root(kind) + "faq.html");
        driver.findElement(By.tagName("body")).sendKeys("/");
        WebElement input = driver.switchTo().activeElement();
        assertEquals("search-input", input.getAttribute("id"));
        input.sendKeys("charged twice");
        assertEquals("Charged twice", results("charged twice").get(0));
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals("search-result-0", input.getAttribute("aria-activedescendant"));
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("troubleshooting/billing.html#charged-twice"));
        JavascriptExecutor js = driver;
        assertEquals("charged-twice", js.executeScript("return document.querySelector(':target').id"));
        Object background =
                js.executeScript("return getComputedStyle(document.querySelector(':target')).backgroundColor");
        assertNotEquals("rgba(0, 0, 0, 0)", background, "the targeted row is highlighted");
    }

    @Test
    void aLargeSitesIndexSplitByTwoCharactersFindsTheSameResults() throws Exception {
        Path large = work.resolve("large-index");
        BuildResult result = Generator.builder()
                .contentDirectory(CONTENT)
                .audience("all")
                .outputDirectory(large)
                .build()
                .generate();
        SearchIndex index = new SearchIndex(result.site(), 0);
        Path folder = large.resolve("assets/search");
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        for (String name : index.fileNames()) {
            try (var out = Files.newOutputStream(folder.resolve(name))) {
                index.write(name, out);
            }
        }
        assertTrue(Files.exists(folder.resolve("t-40.js")), "two-character word files");
        String root = large.toUri().toString();
        assertEquals("401 Unauthorized", search(root, "index.html", "401").get(0));
        // A one-letter prefix is shorter than the two-character key: every file starting with it is read.
        assertTrue(search(root, "index.html", "u").contains("401 Unauthorized"));
        assertEquals("401 Unauthorized", search(root, "index.html", "unau").get(0));
        assertEquals(
                "Recording audio won't play",
                search(root, "index.html", "recordng").get(0));
    }

    @Test
    void escapeClosesTheResults() {
        search(server.root(), "index.html", "cache");
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys(Keys.ESCAPE);
        assertEquals("false", input.getAttribute("aria-expanded"));
        assertTrue(!driver.findElement(By.id("search-results")).isDisplayed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void aRowDeepLinkLandsOnTheHighlightedRow(String kind) {
        driver.get(root(kind) + "troubleshooting/calls.html#recording-audio-wont-play");
        JavascriptExecutor js = driver;
        assertEquals("recording-audio-wont-play", js.executeScript("return document.querySelector(':target').id"));
        WebElement self = driver.findElement(By.cssSelector("#recording-audio-wont-play a.self-link"));
        assertTrue(self.isDisplayed());
        assertEquals("#recording-audio-wont-play", self.getDomAttribute("href"));
    }

    @Test
    void aPhoneWideViewportNeverScrollsSideways() {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        try {
            for (String page : List.of(
                    "index.html",
                    "troubleshooting/billing.html",
                    "faq.html",
                    "contact.html",
                    "on-call-playbook.html",
                    "a-z.html",
                    "all.html",
                    "troubleshooting/api-integrations.html")) {
                driver.get(server.root() + page);
                JavascriptExecutor js = driver;
                long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
                long width = (Long) js.executeScript("return document.documentElement.clientWidth");
                assertTrue(
                        scrollWidth <= width,
                        page + ": page is " + scrollWidth + "px wide in a " + width + "px screen");
            }
            // Rows become cards with their column labels.
            driver.get(server.root() + "troubleshooting/billing.html");
            JavascriptExecutor js = driver;
            assertEquals("block", js.executeScript("return getComputedStyle(document.querySelector('tbody')).display"));
            assertEquals(
                    "column",
                    js.executeScript("return getComputedStyle(document.querySelector('tbody tr')).flexDirection"));
            assertEquals(
                    "\"Likely cause\"",
                    js.executeScript(
                            "return getComputedStyle(document.querySelector('tbody td'), '::before').content"));
            // A symptom with two causes is one card: its rows have no border of their own, its group has.
            driver.get(server.root() + "troubleshooting/api-integrations.html");
            assertEquals(
                    "0px",
                    js.executeScript("return getComputedStyle(document.getElementById('401-unauthorized'))"
                            + ".borderTopWidth"));
            assertEquals(
                    "1px",
                    js.executeScript("return getComputedStyle(document.getElementById('401-unauthorized')"
                            + ".parentElement).borderTopWidth"));
            assertEquals(
                    2L,
                    js.executeScript(
                            "return document.getElementById('401-unauthorized').parentElement" + ".rows.length"));
            // Its code right under the symptom, before the first cause.
            assertEquals(List.of("Symptom", "Code", "Likely cause", "What to do"), js.executeScript("""
                    const row = document.getElementById('401-unauthorized');
                    return [...row.children].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
                        .map(c => c.dataset.label);"""));
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void axeFindsNoAccessibilityViolations(String scheme) throws Exception {
        String axe = Files.readString(BrowserAccess.AXE, StandardCharsets.UTF_8);
        BrowserAccess.colorScheme(driver, scheme);
        try {
            for (String page : List.of(
                    "index.html",
                    "troubleshooting/calls.html",
                    "faq.html",
                    "contact.html",
                    "a-z.html",
                    "troubleshooting/api-integrations.html")) {
                driver.get(server.root() + page);
                JavascriptExecutor js = driver;
                assertEquals(
                        scheme.equals("dark"),
                        js.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"));
                js.executeScript(axe);
                Object violations = js.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(
                            r.violations.map(v => ({id: v.id, impact: v.impact,
                                nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})))));
                        """);
                assertEquals("[]", violations, page + " in " + scheme + " mode");
            }
        } finally {
            BrowserAccess.colorScheme(driver, "light");
        }
    }

    @Test
    void printingLeavesOutNavigationAndSearchAndKeepsEveryRow() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            driver.get(server.root() + "all.html");
            JavascriptExecutor js = driver;
            assertEquals(
                    "none", js.executeScript("return getComputedStyle(document.querySelector('.site-nav')).display"));
            assertEquals(
                    "none", js.executeScript("return getComputedStyle(document.getElementById('search')).display"));
            // 34 symptoms, one of them with two causes (two rows).
            assertEquals(35L, js.executeScript("return document.querySelectorAll('main tbody tr').length"));
            assertEquals(34L, js.executeScript("return document.querySelectorAll('main tbody').length"));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void nothingIsRequestedFromAnotherHost() {
        search(server.root(), "troubleshooting/calls.html", "sync");
        JavascriptExecutor js = driver;
        @SuppressWarnings("unchecked")
        List<String> requested =
                (List<String>) js.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        assertTrue(requested.size() >= 3, requested.toString()); // style, search.js, index files
        for (String url : requested) {
            assertTrue(url.startsWith(server.root()), url);
        }
    }
}
