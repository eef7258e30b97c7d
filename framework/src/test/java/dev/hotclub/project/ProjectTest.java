package dev.hotclub.project;

import dev.hotclub.conf.Settings;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.fixture.GreetingsApp;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.test.Client;
import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.urls.UrlConf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Project")
class ProjectTest {

    static final class NestedApp implements App {
        @Override
        public UrlConf urls() {
            return UrlConf.of(path("x/", request -> HttpResponse.ok("x")));
        }
    }

    static final class OuterApp implements App {
        @Override
        public UrlConf urls() {
            return UrlConf.named("outer", path("nested/", include(new NestedApp())));
        }
    }

    @Test
    @DisplayName("installs every app its URLconf includes, nested ones too, each once")
    void installedApps() {
        Project project = Project.named("p").urls(
                path("greetings/", include(new GreetingsApp())),
                path("fr/greetings/", include(new GreetingsApp(), "greetings-fr")),
                path("outer/", include(new OuterApp()))).build();
        assertEquals(List.of(GreetingsApp.class, OuterApp.class, NestedApp.class),
                project.apps().stream().map(Object::getClass).toList());
    }

    @Test
    @DisplayName("an app's label is its URLconf's app name, else its class name")
    void labels() {
        assertEquals("greetings", new GreetingsApp().label());
        assertEquals("NestedApp", new NestedApp().label());
        assertEquals("dev/hotclub/fixture/templates/", new GreetingsApp().templatesFolder());
    }

    @Test
    @DisplayName("remembers the class that declared it, for the debug 404 page")
    void origin() {
        assertEquals(ProjectTest.class.getName(), Project.named("p").build().urlConfOrigin());
    }

    @Test
    @DisplayName("a bad route fails when the project is built")
    void badRouteFailsAtBuild() {
        Project.Builder builder = Project.named("p").urls(path("a/<nope:x>/", request -> HttpResponse.ok("")));
        ImproperlyConfigured e = assertThrows(ImproperlyConfigured.class, builder::build);
        assertEquals(true, e.getMessage().contains("'a/<nope:x>/'"), e.getMessage());
    }

    @Test
    @DisplayName("has defaults: debug off, APPEND_SLASH on, templates/ under the base dir")
    void defaults(@TempDir Path base) {
        Project p = Project.named("p").baseDir(base).build();
        assertEquals(false, p.debug());
        assertEquals(true, p.settings().get(dev.hotclub.middleware.CommonMiddleware.APPEND_SLASH));
        assertEquals(List.of(base.resolve("templates")), p.templateDirs());
        assertEquals(List.of(base.resolve("elsewhere")), Project.named("p").templateDirs(Path.of("elsewhere"))
                .baseDir(base).build().templateDirs());
    }

    @Test
    @DisplayName("withBaseDir moves the relative and default folders; withResourceDirs adds disk folders")
    void withers(@TempDir Path base, @TempDir Path elsewhere) {
        Project p = Project.named("p").baseDir(base).templateDirs(Path.of("tpl"), elsewhere).build();
        Path moved = base.resolve("moved");
        Project q = p.withBaseDir(moved).withResourceDirs(moved.resolve("src/main/resources"));
        assertEquals(List.of(moved.resolve("tpl"), elsewhere), q.templateDirs());
        assertEquals(List.of(moved.resolve("static")), q.staticDirs());
        assertEquals(List.of(moved.resolve("src/main/resources")), q.resourceDirs());
        assertEquals(moved, q.baseDir());
        assertEquals(p.resolver(), q.resolver());
        assertEquals(List.of(base.resolve("tpl"), elsewhere), p.templateDirs());
    }

    @Test
    @DisplayName("has Django's app-layer defaults: no SECRET_KEY, DENY, same-origin, nosniff, two-week sessions")
    void appLayerDefaults() {
        Project p = Project.named("p").build();
        assertThrows(dev.hotclub.conf.ImproperlyConfigured.class, p.settings()::secretKey);
        Settings s = p.settings();
        assertEquals("DENY", s.get(XFrameOptionsMiddleware.X_FRAME_OPTIONS));
        assertEquals("same-origin", s.get(SecurityMiddleware.SECURE_REFERRER_POLICY));
        assertTrue(s.get(SecurityMiddleware.SECURE_CONTENT_TYPE_NOSNIFF));
        assertEquals(Duration.ofDays(14), s.get(SessionMiddleware.SESSION_COOKIE_AGE));
        assertEquals(0, s.get(SecurityMiddleware.SECURE_HSTS_SECONDS));
        assertFalse(s.get(SecurityMiddleware.SECURE_SSL_REDIRECT));
        assertEquals(List.of(), s.get(CsrfViewMiddleware.CSRF_TRUSTED_ORIGINS));
        assertSame(ProjectTest.class.getClassLoader(), p.classLoader(), "the loader of the class calling named()");
    }

    @Test
    @DisplayName("withBaseDir keeps the secret key, the app-layer settings and the class loader")
    void withersKeepTheAppLayer(@TempDir Path base) {
        Project p = Project.named("p").secretKey("s3cret").secureHsts(60, true, false).build();
        Project q = p.withBaseDir(base);
        assertEquals("s3cret", q.settings().secretKey());
        assertSame(p.settings(), q.settings());
        assertEquals(60L, q.settings().get(SecurityMiddleware.SECURE_HSTS_SECONDS));
        assertSame(p.classLoader(), q.classLoader());
    }

    @Test
    @DisplayName("settings are read back, and an unknown one says which exist")
    void settings() {
        Settings s = Project.named("p").setting("GREETING", "Hello").setting("PAGE_SIZE", 20).build().settings();
        assertEquals("Hello", s.get("GREETING"));
        assertEquals(20, s.get("PAGE_SIZE", Integer.class));
        assertEquals("x", s.getOrDefault("MISSING", "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.get("GREETNG"));
        assertEquals("No setting 'GREETNG': the project sets GREETING, PAGE_SIZE. Add it with"
                + " Project.named(...).setting(\"GREETNG\", value)", e.getMessage());
    }

    @Test
    @DisplayName("a resource dir on disk is searched before the class path for app templates")
    void resourceDirsFirst(@TempDir Path resources) throws IOException {
        Path template = resources.resolve("dev/hotclub/fixture/templates/greetings/hello.html");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "edited: ${name}");
        try (Client client = new Client(FixtureSite.builder(true).resourceDirs(resources).build())) {
            assertEquals("edited: bob", client.get("/greetings/hello/bob/").text());
        }
        try (Client client = new Client(FixtureSite.builder(true).build())) {
            assertEquals("<h1>Hello, bob!</h1><p>Path /greetings/hello/bob/</p>\n", client.get("/greetings/hello/bob/").text());
        }
    }

    @Test
    @DisplayName("the project's own templates come before the apps'")
    void projectTemplatesFirst(@TempDir Path dir) throws IOException {
        Path template = dir.resolve("greetings/hello.html");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "project: ${name}");
        try (Client client = new Client(FixtureSite.builder(true).templateDirs(dir).build())) {
            assertEquals("project: bob", client.get("/greetings/hello/bob/").text());
        }
    }
}
