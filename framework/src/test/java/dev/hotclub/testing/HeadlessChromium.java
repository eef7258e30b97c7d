package dev.hotclub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium}, headless, driven through its {@code chromedriver} by Selenium, with a fresh profile
 * that is deleted on {@link #close()}. Missing browser or driver is a test failure that says how to install them
 * ({@code .ci/run} does): these tests are never skipped.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/lib/chromium/chromium");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    public static HeadlessChromium start() {
        Path browser = find(BROWSERS, "chromium");
        Path chromedriver = find(DRIVERS, "chromedriver");
        // Selenium logs its own progress (and a CDP version warning) through java.util.logging: a passing build
        // stays quiet.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("hotclub-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-extensions", "--window-size=1024,768", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .withSilent(true)
            .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new HeadlessChromium(profile, service, driver);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw new AssertionError("Cannot start headless Chromium (" + browser + " through " + chromedriver + "): "
                + e.getMessage(), e);
        }
    }

    private static Path find(List<String> candidates, String what) {
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        throw new AssertionError("The browser tests need Debian's " + what + " (looked for "
            + String.join(", ", candidates) + "). Install it with: apt-get update && apt-get install -y chromium"
            + " chromium-driver (.ci/run does this before mvn verify).");
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Chromium may still be writing its profile: a leftover temporary folder is harmless
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
