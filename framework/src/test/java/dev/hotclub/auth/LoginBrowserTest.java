package dev.hotclub.auth;

import static dev.hotclub.auth.Decorators.loginRequired;
import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.auth.hashers.Md5PasswordHasher;
import dev.hotclub.auth.hashers.PasswordHashers;
import dev.hotclub.auth.models.User;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.views.LoginView;
import dev.hotclub.auth.views.LogoutView;
import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.sessions.DatabaseSessionStore;
import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.server.HotclubServer;
import dev.hotclub.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Logging in and out in a real browser (Debian's Chromium, headless) against the real server on a free port: a page
 * behind {@code loginRequired} sends the browser to the login form with {@code ?next=}; the form, its CSRF token
 * and the session cookie (database sessions) are the browser's own doing, as a user's would be.
 */
@DisplayName("Logging in and out in Chromium")
class LoginBrowserTest {
    private static final String WRONG_PASSWORD =
            "Please enter a correct username and password. Note that both fields may be case-sensitive.";

    @TempDir
    static Path templates;

    static HotclubServer server;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        writeTemplates();
        @SuppressWarnings("unchecked")
        Class<? extends Model>[] models = AuthDatabases.MODELS.toArray(new Class[0]);
        TestDatabase.create(DatabaseSettings.of("sqlite:///db.sqlite3"), models);
        new DatabaseSessionStore().createTable();
        PasswordHashers hashers = PasswordHashers.of(new Md5PasswordHasher());
        new UserModel<>(User.class, hashers).createUser("alice", "alice@example.com", "correct horse");

        Project project = Project.named("loginsite").secretKey(AuthSite.SECRET).allowedHosts("127.0.0.1")
                .templateDirs(templates)
                .set(PasswordHashers.PASSWORD_HASHERS, hashers)
                .set(SessionMiddleware.SESSION_ENGINE, new DatabaseSessionStore())
                .middleware(new SecurityMiddleware(), new SessionMiddleware(), new CommonMiddleware(),
                        new CsrfViewMiddleware(), new AuthenticationMiddleware(), new XFrameOptionsMiddleware())
                .urls(path("accounts/login/", new LoginView(), "login"),
                        path("accounts/logout/", new LogoutView(), "logout"),
                        path("members/", loginRequired(request -> render(request, "members.html", Map.of())),
                                "members"))
                .build();
        server = HotclubServer.start(project, "127.0.0.1", 0);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    private static void writeTemplates() throws IOException {
        Files.createDirectories(templates.resolve("registration"));
        Files.writeString(templates.resolve("registration/login.html"), """
                <!DOCTYPE html><html><head><title>Log in</title></head><body>
                <form method="post" action="${url('login')}">
                <@csrf_input/>
                ${form}
                <input type="hidden" name="next" value="${next}">
                <button type="submit" id="log-in">Log in</button>
                </form></body></html>""");
        Files.writeString(templates.resolve("registration/logged_out.html"), """
                <!DOCTYPE html><html><head><title>Logged out</title></head><body>
                <p id="bye">${title}</p></body></html>""");
        Files.writeString(templates.resolve("members.html"), """
                <!DOCTYPE html><html><head><title>Members</title></head><body>
                <p id="greeting">Hello, ${user.username}!</p>
                <form method="post" action="${url('logout')}">
                <@csrf_input/>
                <button type="submit" id="log-out">Log out</button>
                </form></body></html>""");
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void newVisitor() {
        browser.manage().deleteAllCookies();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static String currentPath() {
        return browser.getCurrentUrl().substring(url("").length());
    }

    /** Waits for the page the browser loads next to show {@code what} (a click posts and the answer loads). */
    private static String textOf(By what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (browser.findElements(what).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + what + " at " + browser.getCurrentUrl() + " after 20 s: "
                        + browser.getPageSource());
            }
            Thread.sleep(50);
        }
        return browser.findElement(what).getText();
    }

    private static void logIn(String username, String password) {
        browser.findElement(By.id("id_username")).clear();
        browser.findElement(By.id("id_username")).sendKeys(username);
        browser.findElement(By.id("id_password")).sendKeys(password);
        browser.findElement(By.id("log-in")).click();
    }

    @Test
    @DisplayName("is sent to the login form, logs in, sees the page as alice, logs out with the button, is sent back")
    void logsInAndOut() throws InterruptedException {
        browser.get(url("/members/"));
        assertThat(currentPath()).isEqualTo("/accounts/login/?next=/members/");
        assertThat(browser.findElement(By.name("next")).getAttribute("value")).isEqualTo("/members/");
        assertThat(browser.findElement(By.name("csrfmiddlewaretoken")).getAttribute("value")).isNotEmpty();

        logIn("alice", "correct horse");
        assertThat(textOf(By.id("greeting"))).isEqualTo("Hello, alice!");
        assertThat(currentPath()).isEqualTo("/members/");
        assertThat(browser.manage().getCookieNamed("sessionid")).isNotNull();
        browser.navigate().refresh();
        assertThat(textOf(By.id("greeting"))).isEqualTo("Hello, alice!");

        browser.findElement(By.id("log-out")).click();
        assertThat(textOf(By.id("bye"))).isEqualTo("Logged out");
        assertThat(browser.manage().getCookieNamed("sessionid")).isNull();

        browser.get(url("/members/"));
        assertThat(currentPath()).isEqualTo("/accounts/login/?next=/members/");
        assertThat(browser.findElements(By.id("greeting"))).isEmpty();
    }

    @Test
    @DisplayName("a wrong password shows Django's message, keeps the username, and the right one then logs in")
    void wrongPasswordShowsDjangosMessage() throws InterruptedException {
        browser.get(url("/members/"));
        logIn("alice", "wrong horse");
        assertThat(textOf(By.cssSelector("ul.errorlist.nonfield"))).isEqualTo(WRONG_PASSWORD);
        assertThat(currentPath()).isEqualTo("/accounts/login/");
        assertThat(browser.findElement(By.id("id_username")).getAttribute("value")).isEqualTo("alice");
        assertThat(browser.findElement(By.id("id_password")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.name("next")).getAttribute("value")).isEqualTo("/members/");

        logIn("alice", "correct horse");
        assertThat(textOf(By.id("greeting"))).isEqualTo("Hello, alice!");
        assertThat(currentPath()).isEqualTo("/members/");
    }
}
