package dev.hotclub.test;

import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.test.Expect.count;
import static dev.hotclub.test.Expect.status;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The test client, as Django's")
class DjangoClientTest {
    static final class Checked extends Exception {
        Checked(String message) {
            super(message);
        }
    }

    private static Project failing() {
        return Project.named("failing").urls(
                path("unchecked/", request -> {
                    throw new IllegalStateException("the view broke");
                }),
                path("checked/", request -> {
                    throw new Checked("a checked one");
                }),
                path("missing/", request -> {
                    throw new dev.hotclub.http.Http404("no such thing");
                })).build();
    }

    @Test
    @DisplayName("an exception in a view is raised again in the test, with the view's stack trace")
    void viewExceptionsAreRaised() {
        try (Client client = new Client(failing())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.get("/unchecked/"));
            assertEquals("the view broke", e.getMessage());
            assertTrue(Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getClassName().startsWith(
                    DjangoClientTest.class.getName()) && f.getMethodName().contains("lambda")), "the view's frame");
            Checked checked = assertThrows(Checked.class, () -> client.get("/checked/"));
            assertEquals("a checked one", checked.getMessage());
            assertEquals(404, client.get("/missing/").status(), "a 404 is an answer, not a failure");
            assertEquals(500, client.raiseRequestException(false).get("/unchecked/").status());
        }
    }

    @Test
    @DisplayName("the project is served with DEBUG off unless the test asks for debug mode")
    void debugIsOff() {
        Project debugProject = FixtureSite.withoutTemplates(true).build();
        try (Client client = new Client(debugProject)) {
            TestResponse r = client.get("/nowhere/");
            assertEquals(404, r.status());
            assertEquals("<h1>Not Found</h1><p>The requested resource was not found on this server.</p>", r.text());
            assertFalse(client.project().debug());
        }
        try (Client client = Client.debugMode(debugProject)) {
            assertTrue(client.get("/nowhere/").text().contains("didn't match any of these"));
        }
    }

    @Test
    @DisplayName("assertContains names the status and the count: neither can be taken for the other")
    void statusAndCount() {
        try (Client client = new Client(FixtureSite.builder(false).build())) {
            TestResponse r = client.get("/greetings/profile/zed/");
            r.assertContains("User not found", status(404)).assertContains("User not found", count(1).withStatus(404));
            assertEquals("Couldn't retrieve content: Response code was 404 (expected 200)",
                    assertThrows(AssertionError.class, () -> r.assertContains("User not found", count(1))).getMessage());
            r.assertNotContains("Welcome", status(404));
        }
        assertThrows(IllegalArgumentException.class, () -> count(-1));
    }

    @Nested
    @DisplayName("with CSRF checks")
    class Csrf {
        @TempDir
        Path templates;

        private Project project() throws IOException {
            Files.writeString(templates.resolve("form.html"), "<form method=\"post\"><@csrf_input/></form>|${csrf_token}");
            return Project.named("csrf").templateDirs(templates).middleware(new CsrfViewMiddleware())
                    .urls(path("form/", request -> render(request, "form.html", Map.of())),
                            path("post/", request -> HttpResponse.ok("posted"))).build();
        }

        @Test
        @DisplayName("the context has the page's real token, a 403 its reason; new Client(project, true) enforces")
        void tokenAndReason() throws IOException {
            try (Client client = new Client(project(), true)) {
                TestResponse form = client.get("/form/");
                String token = (String) form.context().get("csrf_token");
                assertEquals(64, token.length());
                assertTrue(form.text().endsWith("|" + token), form.text());
                TestResponse refused = client.post("/post/", Map.of("a", "1"));
                assertEquals(403, refused.status());
                assertEquals("CSRF token missing or incorrect.", refused.context().get("reason"));
                assertEquals("posted", client.post("/post/", Map.of("csrfmiddlewaretoken", token)).text());
            }
        }
    }

    @Nested
    @HotclubTest(FixtureSite.class)
    @DisplayName("with @HotclubTest")
    class Extension {
        private final Client held = new Client(FixtureSite.builder(false).build());

        @Test
        @DisplayName("a test method is given a client and the project, and held clients are closed after it")
        void parameters(Client client, Project project) {
            assertEquals("fixture", project.name());
            assertEquals(200, client.get("/greetings/").status());
            assertFalse(client.project().debug(), "DEBUG off, as Django's runner");
            assertEquals(200, held.get("/greetings/").status());
        }
    }
}
