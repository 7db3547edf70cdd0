package org.troubleshoot.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.troubleshoot.LanguageSites;

/**
 * Sites in German, and in English, German and Japanese, in a real browser from file:// and from a sub-path of an
 * HTTP server: each page's search box searches its language's rows, says what it found in that language, and
 * leads to the row; axe-core finds nothing wrong with the pages (lang attributes included).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguagesBrowserTest {
    private Path work;
    private Path german;
    private Path three;
    private SiteServer germanServer;
    private SiteServer threeServer;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws Exception {
        BrowserAccess.requireInstalled();
        work = Files.createTempDirectory("troubleshoot-languages");
        german = build(LanguageSites.german(work.resolve("german")), work.resolve("german-site"));
        three = build(LanguageSites.threeLanguages(work.resolve("three")), work.resolve("three-site"));
        germanServer = new SiteServer(german, "/hilfe/");
        threeServer = new SiteServer(three, "/help/");
        driver = BrowserAccess.start(work.resolve("profile"));
    }

    private static Path build(Path content, Path site) {
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(site)
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        return site;
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (germanServer != null) {
            germanServer.close();
        }
        if (threeServer != null) {
            threeServer.close();
        }
    }

    private String root(Path site, String kind) {
        if (kind.equals("file")) {
            return site.toUri().toString();
        }
        return (site == german ? germanServer : threeServer).root();
    }

    /** Types {@code query} into the search box of {@code page}; the result titles, once they are shown. */
    private List<String> search(String url, String query) {
        driver.get(url);
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys(query);
        WebElement list = driver.findElement(By.id("search-results"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> query.equals(list.getAttribute("data-query")));
        return list.findElements(By.cssSelector(".result-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String status() {
        return driver.findElement(By.cssSelector("#search [role=status]")).getAttribute("textContent");
    }

    /** Enter on the first result: the page (from the site root) and the id of the row the browser lands on. */
    private String openFirst(String root) {
        driver.findElement(By.id("search-input")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("#"));
        String url = URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
        String target = (String) ((JavascriptExecutor) driver)
                .executeScript("var t = document.querySelector(':target'); return t && t.id");
        return url.substring(URLDecoder.decode(root, StandardCharsets.UTF_8).length(), url.indexOf('#')) + " " + target;
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void aGermanSiteFindsGermanRowsAndSaysSoInGerman(String kind) {
        String root = root(german, kind);
        assertEquals(
                "Rechnung überfällig", search(root + "index.html", "uberfallig").get(0));
        assertEquals("1 Treffer", status());
        assertEquals("hilfe/rechnungen.html rechnung-uberfallig", openFirst(root));
        assertEquals(List.of(), search(root + "faq.html", "Invoice"));
        assertEquals("Keine Treffer", status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void eachLanguagesPagesSearchThatLanguagesRows(String kind) {
        String root = root(three, kind);
        assertEquals(List.of("Lieferung an falsche Straße"), search(root + "de/troubleshooting.html", "Strasse"));
        assertEquals("de/troubleshooting/billing.html lieferung-an-falsche-strasse", openFirst(root));
        assertEquals(List.of(), search(root + "de/index.html", "Invoice"), "the German index has no English rows");
        assertEquals("Keine Treffer", status());
        assertEquals(List.of("Invoice overdue"), search(root + "troubleshooting/billing.html", "Invoice"));
        assertEquals("1 result", status());

        assertEquals(List.of("パスワードを忘れた"), search(root + "ja/troubleshooting.html", "パスワード"));
        assertEquals("1 件", status());
        assertEquals("ja/troubleshooting/ログイン.html パスワードを忘れた", openFirst(root));
        // From a category page one folder further down, the same index.
        assertEquals(List.of("二重認証のコードが届かない"), search(root + "ja/troubleshooting/ログイン.html", "二重"));
        assertEquals(List.of(), search(root + "ja/index.html", "Rechnung"));
        assertEquals("該当する結果はありません", status());
    }

    @Test
    void axeFindsNoAccessibilityViolationsOnGermanAndJapanesePages() throws Exception {
        String axe = Files.readString(BrowserAccess.AXE, StandardCharsets.UTF_8);
        List<String> pages = List.of(
                germanServer.root() + "index.html",
                germanServer.root() + "hilfe/rechnungen.html",
                germanServer.root() + "a-z.html",
                germanServer.root() + "404.html",
                threeServer.root() + "de/troubleshooting.html",
                threeServer.root() + "de/troubleshooting/billing.html",
                threeServer.root() + "ja/index.html",
                threeServer.root() + "ja/troubleshooting.html",
                threeServer.root() + "ja/troubleshooting/%E3%83%AD%E3%82%B0%E3%82%A4%E3%83%B3.html",
                threeServer.root() + "ja/yokuaru-shitsumon.html",
                threeServer.root() + "ja/a-z.html");
        for (String page : pages) {
            driver.get(page);
            JavascriptExecutor js = driver;
            js.executeScript(axe);
            Object violations = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(
                        r.violations.map(v => ({id: v.id, impact: v.impact,
                            nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})))));
                    """);
            assertEquals("[]", violations, page);
        }
    }
}
