package dev.hotclub.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.server.HotclubServer;
import dev.hotclub.testing.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The contact form in a real browser (Debian's Chromium, headless): errors shown, values kept, then success. */
@DisplayName("A form in Chromium")
class FormBrowserTest {
    @TempDir
    Path templates;

    /** Waits for the next page to show {@code what} (the form posts and the browser loads the answer). */
    private static void waitFor(WebDriver browser, By what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (browser.findElements(what).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + what + " in the page after 20 s: " + browser.getPageSource());
            }
            Thread.sleep(50);
        }
    }

    @Test
    @DisplayName("submits with an error, sees it re-rendered with the values kept, fixes it and sees the message")
    void submitFixSubmit() throws Exception {
        try (HotclubServer server = HotclubServer.start(ContactSite.project(templates), "127.0.0.1", 0);
                HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.driver();
            browser.get("http://127.0.0.1:" + server.port() + "/contact/");
            browser.findElement(By.id("id_subject")).sendKeys("Hello <there>");
            browser.findElement(By.id("id_message")).sendKeys("Two\nlines");
            browser.findElement(By.id("id_sender")).sendKeys("me@example.com");
            browser.findElement(By.id("id_cc_myself")).click();
            browser.findElement(By.id("send")).click();

            waitFor(browser, By.id("id_sender_error"));
            assertEquals("Please use your own address.", browser.findElement(By.id("id_sender_error")).getText());
            assertEquals("Hello <there>", browser.findElement(By.id("id_subject")).getAttribute("value"));
            assertEquals("Two\nlines", browser.findElement(By.id("id_message")).getAttribute("value"));
            assertEquals("me@example.com", browser.findElement(By.id("id_sender")).getAttribute("value"));
            assertTrue(browser.findElement(By.id("id_cc_myself")).isSelected());
            assertEquals("id_sender_error", browser.findElement(By.id("id_sender")).getAttribute("aria-describedby"));

            browser.findElement(By.id("id_sender")).clear();
            browser.findElement(By.id("id_sender")).sendKeys("ann@hotclub.dev");
            browser.findElement(By.id("send")).click();
            waitFor(browser, By.className("success"));
            assertEquals("Thanks, ann@hotclub.dev!", browser.findElement(By.className("success")).getText());
            assertEquals("", browser.findElement(By.id("id_subject")).getAttribute("value"));
        }
    }
}
