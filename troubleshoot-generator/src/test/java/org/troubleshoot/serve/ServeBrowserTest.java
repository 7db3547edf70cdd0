package org.troubleshoot.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.troubleshoot.Generator;
import org.troubleshoot.browser.BrowserAccess;

/** In a real browser: an edit reloads the open page; a content error shows over it until fixed. */
class ServeBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theOpenPageFollowsEditsAndShowsErrorsAsAnOverlay() throws Exception {
        BrowserAccess.requireInstalled();
        Path content = Files.createDirectories(dir.resolve("content"));
        String page = "## Calls\n| Symptom | What to do |\n|---|---|\n| No calls | Wait 15 min |\n";
        Files.writeString(content.resolve("troubleshooting.md"), page);
        ChromeDriver driver = BrowserAccess.start(dir.resolve("profile"));
        try (DevServer server = new DevServer(
                        Generator.builder().contentDirectory(content).build(),
                        0,
                        new PrintWriter(new StringWriter(), true))
                .watch()) {
            driver.get(server.url() + "troubleshooting/calls.html");
            // The page reloads under the test's feet: an element read during a reload is simply read again.
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.ignoring(StaleElementReferenceException.class);
            Thread.sleep(300); // let the page open its event stream

            Files.writeString(content.resolve("troubleshooting.md"), page.replace("Wait 15 min", "Wait 20 min"));
            wait.until(d -> d.findElement(By.id("no-calls")).getText().contains("Wait 20 min"));

            Files.writeString(content.resolve("troubleshooting.md"), page + "| Broken | row | extra |\n");
            wait.until(d -> !d.findElements(By.id("troubleshoot-overlay")).isEmpty());
            String overlay =
                    wait.until(d -> d.findElement(By.id("troubleshoot-overlay")).getText());
            assertTrue(overlay.contains("troubleshooting.md:5:"), overlay);
            assertTrue(overlay.contains("hint:"), overlay);

            Files.writeString(content.resolve("troubleshooting.md"), page.replace("Wait 15 min", "Fixed"));
            wait.until(d -> d.findElements(By.id("troubleshoot-overlay")).isEmpty()
                    && d.findElement(By.id("no-calls")).getText().contains("Fixed"));
        } finally {
            driver.quit();
        }
    }
}
