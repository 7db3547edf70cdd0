package org.troubleshoot.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through chromedriver, with both paths given so that Selenium never tries
 * to download a browser. Without them the browser tests are skipped locally and fail in CI (CI is set).
 */
public final class BrowserAccess {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE =
            Path.of(System.getProperty("troubleshoot.axe", "../browser-tests/node_modules/axe-core/axe.min.js"));

    private BrowserAccess() {}

    /** Skips the calling test class (or fails it in CI) when the browser or axe-core is not installed. */
    public static void requireInstalled() {
        String missing = !Files.isExecutable(CHROMIUM)
                ? CHROMIUM + " (apt-get install chromium)"
                : !Files.isExecutable(CHROMEDRIVER)
                        ? CHROMEDRIVER + " (apt-get install chromium-driver)"
                        : !Files.isRegularFile(AXE) ? AXE + " (npm ci --prefix browser-tests)" : null;
        if (missing == null) {
            return;
        }
        String message = "browser tests need " + missing;
        if (System.getenv("CI") != null) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
    }

    public static ChromeDriver start(Path profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-extensions",
                "--allow-file-access-from-files",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectories(profile));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log"))
                .build();
        return new ChromeDriver(service, options);
    }

    /** Emulates the reader's colour preference, as a system in dark mode would set it. */
    static void colorScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }
}
