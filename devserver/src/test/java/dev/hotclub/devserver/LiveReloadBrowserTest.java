package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import dev.hotclub.testing.HeadlessChromium;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Live reload in a real browser: headless Chromium shows a page of a real dev server, the test saves a file
 * as an editor would, and the open tab shows the change by itself (the test never navigates after the first
 * page). Polls have a generous bound; nothing here is a timing assertion.
 */
@DisplayName("Live reload shows each save in the open browser tab")
class LiveReloadBrowserTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String TEMPLATE = "src/main/resources/hello/templates/hello/page.html";
    private static final String STYLESHEET = "static/site.css";

    static HeadlessChromium chromium;
    static ChromeDriver browser;

    @TempDir
    Path dir;

    FixtureProject project;
    DevServer server;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void startServer() {
        project = new FixtureProject(dir);
        // The browser asks for /favicon.ico: a 204 rather than a 404 logged on the console.
        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("hello/", include(new HelloApp())),
                    path("favicon.ico", request -> dev.hotclub.http.HttpResponse.noContent())""")
            .replace(".debug(true)", ".debug(true).staticUrl(\"/static/\")"));
        project.write(TEMPLATE, page("v1"));
        server = startDevServer(0);
    }

    private DevServer startDevServer(int port) {
        return DevServer.start(DevServer.Options.of(dir, "127.0.0.1", port, DependencyClasspath.none(),
            new PrintStream(console, true, StandardCharsets.UTF_8)).withRequestLog(line -> { }));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** A page taller than the window, styled by the project's stylesheet; it counts its loads in the tab's session. */
    private static String page(String version) {
        return """
            <!DOCTYPE html>
            <html>
            <head><title>Page</title><link rel="stylesheet" href="/static/site.css"></head>
            <body>
            <h1 id="version">Page %s</h1>
            <div style="height: 3000px">tall</div>
            <p id="bottom">bottom</p>
            <script>sessionStorage.setItem('loads', String(Number(sessionStorage.getItem('loads') || 0) + 1));</script>
            </body>
            </html>
            """.formatted(version);
    }

    /** Opens {@code path} and waits until its live-reload script is connected to the dev server. */
    private void open(String path) {
        browser.get(server.uri().resolve(path).toString());
        awaitTrue("the page's live-reload connection", () -> server.liveReload().connections() > 0
            && Boolean.TRUE.equals(jsOrNull("return !!(window.hotclubLiveReload && window.hotclubLiveReload.connected)")));
    }

    private Object js(String script) {
        return browser.executeScript(script);
    }

    /** The value of {@code script} in the tab, or null while the tab is between two documents. */
    private Object jsOrNull(String script) {
        try {
            return browser.executeScript(script);
        } catch (WebDriverException e) {
            return null; // reloading: no document to run in
        }
    }

    private void awaitTrue(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(condition.get())) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError("The tab never showed " + what + " within " + BOUND.toSeconds() + " s; it shows: "
            + jsOrNull("return document.documentElement.outerHTML"));
    }

    private void awaitText(String script, String expected) {
        awaitTrue("'" + expected + "' from `" + script + "`", () -> Objects.equals(jsOrNull(script), expected));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private long scrollY() {
        return ((Number) js("return Math.round(window.scrollY)")).longValue();
    }

    @Test
    void aTemplateSaveReloadsThePageAtTheSameScrollPosition() {
        open("/hello/page/");
        js("window.scrollTo(0, 1200); window.hotclubTestMarker = 'before the save';");
        assertThat(scrollY()).isEqualTo(1200);

        project.write(TEMPLATE, page("v2"));

        awaitText("return document.getElementById('version').textContent", "Page v2");
        awaitTrue("the scroll position kept", () -> Objects.equals(jsOrNull("return Math.round(window.scrollY)"), 1200L));
        assertThat(js("return window.hotclubTestMarker === undefined")).as("a new document").isEqualTo(true);
        assertThat(js("return sessionStorage.getItem('loads')")).isEqualTo("2");
        assertThat(browser.getCurrentUrl()).isEqualTo(server.uri().resolve("/hello/page/").toString());
    }

    @Test
    void aJavaViewSaveReloadsAPageThatHasNoBodyTagOnceTheNewCodeServes() {
        open("/hello/");
        assertThat(js("return document.body.textContent")).asString().contains("Hello, version 1");
        js("window.hotclubTestMarker = 'before the save';");

        project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, version 2"));

        awaitTrue("the new view's text", () -> String.valueOf(jsOrNull("return document.body.textContent"))
            .contains("Hello, version 2"));
        assertThat(js("return window.hotclubTestMarker === undefined")).as("a new document").isEqualTo(true);
        assertThat(browser.getCurrentUrl()).isEqualTo(server.uri().resolve("/hello/").toString());
    }

    @Test
    void aStylesheetSaveIsSwappedInPlaceKeepingThePagesJavaScriptStateAndScroll() {
        open("/hello/page/");
        assertThat(js("return getComputedStyle(document.body).color")).isEqualTo("rgb(255, 0, 0)");
        js("window.scrollTo(0, 900); window.hotclubTestMarker = 'kept';");

        project.write(STYLESHEET, "body { color: rgb(0, 0, 255); }\n");

        awaitText("return getComputedStyle(document.body).color", "rgb(0, 0, 255)");
        assertThat(js("return window.hotclubTestMarker")).as("the same document: no reload").isEqualTo("kept");
        assertThat(scrollY()).isEqualTo(900);
        assertThat(js("return sessionStorage.getItem('loads')")).isEqualTo("1");
        assertThat(js("return document.querySelectorAll('link[rel=stylesheet]').length"))
            .as("the old sheet removed once the new one applied").isEqualTo(1L);
    }

    @Test
    void aCompileErrorIsShownInTheOpenTabWhichReturnsToItsPageOnceFixed() {
        open("/hello/page/");
        js("window.scrollTo(0, 700);");

        project.write("src/main/java/hello/Views.java", FixtureProject.views("Broken").replace("return Shortcuts", "retur Shortcuts"));

        awaitText("return document.querySelector('h1') && document.querySelector('h1').textContent",
            "Compile error at /hello/page/");
        assertThat(js("return document.body.textContent")).asString().contains("Views.java");

        project.write("src/main/java/hello/Views.java", FixtureProject.views("Fixed"));

        awaitText("return document.getElementById('version') && document.getElementById('version').textContent", "Page v1");
        awaitTrue("the scroll position of before the error", () -> Objects.equals(jsOrNull("return Math.round(window.scrollY)"), 700L));
        assertThat(browser.getCurrentUrl()).isEqualTo(server.uri().resolve("/hello/page/").toString());
    }

    @Test
    void aTabReconnectsToARestartedDevServerAndReloadsOnce() {
        open("/hello/page/");
        int port = server.port();
        server.close();
        server = null;
        project.write(TEMPLATE, page("after the restart"));

        server = startDevServer(port);

        awaitText("return document.getElementById('version') && document.getElementById('version').textContent",
            "Page after the restart");
        sleep(1000); // a second reload would come within this (the script compares the server's id at once)
        assertThat(jsOrNull("return sessionStorage.getItem('loads')")).as("loads of the page").isEqualTo("2");
    }
}
