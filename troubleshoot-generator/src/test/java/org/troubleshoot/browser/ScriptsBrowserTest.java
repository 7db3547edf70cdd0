package org.troubleshoot.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.troubleshoot.BuildResult;
import org.troubleshoot.Generator;

/**
 * Search in German and Japanese, in a real browser, on a small site opened from file://: umlauts and ß
 * typed or left out, and Japanese words found inside text that has no spaces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptsBrowserTest {
    private static final String GERMAN = """
            # Hilfe

            ## Rechnungen

            | Symptom | Likely cause | What to do |
            |---|---|---|
            | Rechnung überfällig | Zahlung fehlgeschlagen | Zahlungsmethode prüfen und erneut zahlen |
            | Passwort vergessen | Konto gesperrt | Über „Passwort zurücksetzen“ ein neues wählen |
            | Lieferung an falsche Straße | Tippfehler in der Adresse | Adresse im Konto ändern |
            """;
    private static final String JAPANESE = """
            # ヘルプ

            ## ログイン

            | Symptom | Likely cause | What to do |
            |---|---|---|
            | パスワードを忘れた | パスワードの有効期限切れ | 管理者に連絡してください |
            | 二重認証のコードが届かない | SMSの遅延 | 数分待ってから再送してください |
            | パスポート番号を登録できない | 書類の不備 | 窓口で確認してください |
            """;

    private Path work;
    private Path site;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws Exception {
        BrowserAccess.requireInstalled();
        work = Files.createTempDirectory("troubleshoot-scripts");
        Path content = Files.createDirectories(work.resolve("content"));
        Files.writeString(content.resolve("hilfe.md"), GERMAN, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("japanese.md"), JAPANESE, StandardCharsets.UTF_8);
        site = work.resolve("site");
        BuildResult result = Generator.builder()
                .contentDirectory(content)
                .outputDirectory(site)
                .title("Hilfe · ヘルプ")
                .build()
                .generate();
        assertEquals(List.of(), result.diagnostics());
        driver = BrowserAccess.start(work.resolve("profile"));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebElement type(String query) {
        driver.get(site.toUri() + "index.html");
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys(query);
        return input;
    }

    private List<String> search(String query) {
        type(query);
        return results(query);
    }

    private List<String> results(String query) {
        WebElement list = driver.findElement(By.id("search-results"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> query.equals(list.getAttribute("data-query")));
        return list.findElements(By.cssSelector(".result-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Enter on the first result; returns the page and the id of the row the browser lands on. */
    private String openFirst(WebElement input) {
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("#"));
        String url = URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
        JavascriptExecutor js = driver;
        String target = (String) js.executeScript("var t = document.querySelector(':target'); return t && t.id");
        return url.substring(url.lastIndexOf('/') + 1, url.indexOf('#')) + " " + target;
    }

    @Test
    void germanRowsAreFoundWithOrWithoutUmlauts() {
        for (String query : List.of("Rechnung überfällig", "uberfallig", "überfällig", "ÜBERFÄLLIG")) {
            List<String> results = search(query);
            assertEquals("Rechnung überfällig", results.get(0), query + ": " + results);
        }
        assertEquals(
                List.of("überfällig"),
                driver.findElements(By.cssSelector("#search-result-0 .result-title mark")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertEquals("Passwort vergessen", search("Passwort").get(0));
        assertEquals("Lieferung an falsche Straße", search("Strasse").get(0));
    }

    @Test
    void aGermanResultOpensItsRow() {
        WebElement input = type("uberfallig");
        assertEquals("Rechnung überfällig", results("uberfallig").get(0));
        assertEquals("rechnungen.html rechnung-uberfallig", openFirst(input));
    }

    @Test
    void japaneseWordsAreFoundInsideTextWithoutSpaces() {
        List<String> results = search("パスワード");
        // パスポート shares パス but not スワ, ワー, ード: it is not a match.
        assertEquals(List.of("パスワードを忘れた"), results);
        assertEquals(
                List.of("パスワード"),
                driver.findElements(By.cssSelector("#search-result-0 .result-title mark")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertEquals(List.of("二重認証のコードが届かない"), search("二重"));
        // One character while typing: every row with a word that starts with it.
        List<String> typing = search("パ");
        assertTrue(typing.containsAll(List.of("パスワードを忘れた", "パスポート番号を登録できない")), typing.toString());
        assertFalse(typing.contains("二重認証のコードが届かない"), typing.toString());
    }

    @Test
    void aJapaneseResultOpensItsRowByItsReadableId() {
        WebElement input = type("パスワード");
        assertEquals("パスワードを忘れた", results("パスワード").get(0));
        assertEquals("ログイン.html パスワードを忘れた", openFirst(input));
    }
}
