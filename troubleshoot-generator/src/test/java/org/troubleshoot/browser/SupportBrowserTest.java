package org.troubleshoot.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

/**
 * Support data in a real browser, from file:// and from a sub-path of an HTTP server: old addresses of moved rows
 * and error code pages land on the row with its #fragment, pasted error messages find their rows, and a search
 * that finds nothing offers a way to a person.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportBrowserTest {
    private Path work;
    private Path site;
    private SiteServer server;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws Exception {
        BrowserAccess.requireInstalled();
        work = Files.createTempDirectory("troubleshoot-support");
        Path content = Files.createDirectories(work.resolve("content"));
        // Rows that moved: "Recording won't play" from Calls to Audio; the category Sign-in was "login";
        // "Charged twice" went from this page's Calls to the billing page, keeping its old id.
        Files.writeString(content.resolve("troubleshooting.md"), """
                # Troubleshooting

                ## Sign-in {#sign-in #login}

                | Symptom | Likely cause | What to do | Code |
                |---|---|---|---|
                | "Your account is not active" {#account-disabled #your-account-is-not-active} | Discarded | Ask admin | |
                | Account settings not saved | Browser | Reload | |
                | 401 Unauthorized | Token expired | Refresh the token | E401 |
                | 401 Unauthorized | Key revoked | Create a key | |

                ## Calls

                | Symptom | What to do |
                |---|---|
                | New calls not appearing | Wait |
                | Control panel is blank | Reload |
                | Error page shows forbidden characters | Rename it |

                ## Audio

                | Symptom | What to do | Code |
                |---|---|---|
                | Recording won't play | Wait | |
                | Control C pressed | Run it again | AZCM0011 |
                | 403 Forbidden | Ask for access | 403 |
                """);
        Files.writeString(content.resolve("billing.md"), """
                ## Payments

                | Symptom | What to do |
                |---|---|
                | Charged twice {#charged-twice-on-card #charged-twice} | Refund |
                """);
        Files.writeString(
                content.resolve("contact.md"), "# Contact\n\n| Issue | Who |\n|---|---|\n| Billing | Ann |\n");
        // The same moves in German, under de/: "Aufnahme spielt nicht ab" from Anrufe to Audio, the category
        // Anmeldung was "login", "Doppelt belastet" went to the German billing page keeping the old id the English
        // row keeps too.
        Files.writeString(content.resolve("troubleshoot.properties"), "languages = en, de\n");
        Files.createDirectories(content.resolve("de"));
        Files.writeString(content.resolve("de/troubleshooting.md"), """
                # Fehlerbehebung

                ## Anmeldung {#anmeldung #login}

                | Symptom | Was tun | Fehlercode |
                |---|---|---|
                | Sitzung abgelaufen | Neu anmelden | SESSION-1 |

                ## Anrufe

                | Symptom | Was tun |
                |---|---|
                | Neue Anrufe fehlen | Warten |

                ## Audio

                | Symptom | Was tun |
                |---|---|
                | Aufnahme spielt nicht ab | Warten |
                """);
        Files.writeString(content.resolve("de/abrechnung.md"), """
                ## Zahlungen

                | Symptom | Was tun |
                |---|---|
                | Doppelt belastet {#doppelt-belastet #charged-twice} | Erstatten |
                """);
        site = work.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(site)
                .noResultsUrl("https://support.example.com/new?q={query}")
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

    /** Opens {@code address} and waits until the browser has come to rest at a URL ending in {@code expected}. */
    private void landsOn(String address, String expected) {
        driver.get(address);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith(expected));
        JavascriptExecutor js = driver;
        String id = expected.substring(expected.indexOf('#') + 1);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> id.equals(js.executeScript("var t = document.querySelector(':target'); return t && t.id")));
        Object background = js.executeScript(
                "return getComputedStyle(document.querySelector(':target').closest('tbody'))" + ".backgroundColor");
        assertTrue(!"rgba(0, 0, 0, 0)".equals(background), "the row is highlighted at " + address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void aRowMovedToAnotherCategoryKeepsItsOldAddress(String kind) {
        landsOn(
                root(kind) + "troubleshooting/calls.html#recording-wont-play",
                "troubleshooting/audio.html#recording-wont-play");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void aCategorysOldAddressKeepsTheFragment(String kind) {
        landsOn(
                root(kind) + "troubleshooting/login.html#401-unauthorized",
                "troubleshooting/sign-in.html#401-unauthorized");
        // A row's old id, through the category's old page.
        landsOn(
                root(kind) + "troubleshooting/login.html#your-account-is-not-active",
                "troubleshooting/sign-in.html#your-account-is-not-active");
        // A row that moved away from the category after it was renamed.
        landsOn(
                root(kind) + "troubleshooting/login.html#recording-wont-play",
                "troubleshooting/audio.html#recording-wont-play");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void aRowMovedToAnotherPageKeepsItsOldAddressThroughItsOldId(String kind) {
        landsOn(root(kind) + "troubleshooting/calls.html#charged-twice", "billing/payments.html#charged-twice-on-card");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void anErrorCodesPageTakesTheReaderToItsRow(String kind) {
        landsOn(root(kind) + "e/E401.html", "troubleshooting/sign-in.html#401-unauthorized");
        landsOn(root(kind) + "e/AZCM0011.html", "troubleshooting/audio.html#control-c-pressed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void rowsMovedOnAGermanPageKeepTheirAddressesInGerman(String kind) {
        String root = root(kind);
        landsOn(
                root + "de/troubleshooting/anrufe.html#aufnahme-spielt-nicht-ab",
                "de/troubleshooting/audio.html#aufnahme-spielt-nicht-ab");
        landsOn(
                root + "de/troubleshooting/login.html#sitzung-abgelaufen",
                "de/troubleshooting/anmeldung.html#sitzung-abgelaufen");
        // An old id that rows of both languages keep leads to the row of the page's language.
        landsOn(root + "de/troubleshooting/anrufe.html#charged-twice", "de/abrechnung/zahlungen.html#doppelt-belastet");
        landsOn(root + "troubleshooting/calls.html#charged-twice", "billing/payments.html#charged-twice-on-card");
        // The code of a German row: its page at the site root leads to the German row.
        landsOn(root + "e/SESSION-1.html", "de/troubleshooting/anmeldung.html#sitzung-abgelaufen");
    }

    private List<String> search(String root, String query) {
        driver.get(root + "index.html");
        WebElement input = driver.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        WebElement list = driver.findElement(By.id("search-results"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> query.equals(list.getAttribute("data-query")));
        return list.findElements(By.cssSelector(".result-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void pastedErrorMessagesFindTheirRowsFirst(String kind) {
        String root = root(kind);
        assertEquals(
                "\"Your account is not active\"",
                search(root, "Error: \"Your account is not active\"").get(0));
        assertEquals("403 Forbidden", search(root, "HTTP 403 Forbidden").get(0));
        assertEquals(
                "Control C pressed",
                search(root, "ERROR [AZCM0011] Control C Pressed").get(0));
        assertEquals(
                "Control C pressed",
                search(root, "ERROR: Control C pressed (exit 130)").get(0));
        assertEquals("Control C pressed", search(root, "AZCM0011").get(0));
        assertEquals("401 Unauthorized", search(root, "E401").get(0));
        assertEquals("401 Unauthorized", search(root, "e401 ").get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void aSearchThatFindsNothingLeadsToContactAndTheNoResultsAddress(String kind) {
        assertEquals(
                List.of("No results — contact us", "Tell us what you were looking for"),
                search(root(kind), "zzyzx quux"));
        List<String> links = driver.findElements(By.cssSelector("#search-results a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        assertEquals(root(kind) + "contact.html", links.get(0));
        assertEquals("https://support.example.com/new?q=zzyzx%20quux", links.get(1));
        // Enter alone does not take the reader away from the page; choosing the link does.
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys(Keys.ENTER);
        assertTrue(driver.getCurrentUrl().endsWith("index.html"), driver.getCurrentUrl());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("contact.html"));
    }
}
