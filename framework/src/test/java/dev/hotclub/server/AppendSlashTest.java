package dev.hotclub.server;

import dev.hotclub.testing.AsServed;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("APPEND_SLASH")
class AppendSlashTest {

    @Test
    @DisplayName("a GET for a path that only resolves with a slash is a 301 to it, query kept")
    void redirectsGet() {
        try (Client client = AsServed.client(FixtureSite.builder(true).build())) {
            TestResponse r = client.get("/greetings/Alice");
            assertEquals(301, r.status());
            assertEquals("/greetings/Alice/", r.location());
            assertEquals("/greetings/search/?q=django&page=2", client.get("/greetings/search?q=django&page=2").location());
            assertEquals(301, client.head("/greetings/Alice").status());
        }
    }

    @Test
    @DisplayName("the slashed URL is percent-encoded")
    void encodesTheTarget() {
        try (Client client = AsServed.client(FixtureSite.builder(true).build())) {
            assertEquals("/greetings/caf%C3%A9%20x/", client.get("/greetings/caf%C3%A9%20x").location());
        }
    }

    @Test
    @DisplayName("a path starting with // cannot send the browser to another site")
    void noOpenRedirect() {
        Project catchAll = Project.named("c").middleware(new CommonMiddleware()).urls(path("<path:rest>/", request -> HttpResponse.ok("ok"))).build();
        try (Client client = AsServed.client(catchAll)) {
            TestResponse r = client.get("//evil.example");
            assertEquals(301, r.status());
            assertEquals("/%2Fevil.example/", r.location());
        }
    }

    @Test
    @DisplayName("no redirect when the slashed path does not resolve either")
    void noRedirectWithoutTarget() {
        try (Client client = AsServed.client(FixtureSite.builder(true).build())) {
            assertEquals(404, client.get("/nope").status());
            assertEquals(404, client.get("/greetings/a/b").status());
        }
    }

    @Test
    @DisplayName("off when the project turns it off")
    void canBeTurnedOff() {
        try (Client client = AsServed.client(FixtureSite.builder(true).appendSlash(false).build())) {
            assertEquals(404, client.get("/greetings/Alice").status());
        }
    }

    @Test
    @DisplayName("a POST in debug mode explains why it cannot be redirected")
    void postInDebugExplains() {
        try (Client client = AsServed.client(FixtureSite.builder(true).build())) {
            TestResponse r = client.post("/greetings/echo", Map.of("who", "x"));
            assertEquals(500, r.status());
            assertTrue(r.text().contains("You called this URL via POST, but the URL doesn&#x27;t end in a slash and you"
                    + " have APPEND_SLASH set. Hotclub can&#x27;t redirect to the slash URL while maintaining POST data."
                    + " Change your form to point to testserver/greetings/echo/ (note the trailing slash), or set"
                    + " appendSlash(false) on your Project."), r.text());
        }
    }

    @Test
    @DisplayName("a POST in production is a 308, which keeps the method and the body")
    void postInProductionIs308() {
        try (Client client = AsServed.client(FixtureSite.builder(false).build())) {
            TestResponse r = client.post("/greetings/echo", Map.of("who", "x"));
            assertEquals(308, r.status());
            assertEquals("/greetings/echo/", r.location());
            TestResponse followed = client.followRedirects(true).post("/greetings/echo", Map.of("who", "Zoë"));
            assertEquals("method=POST who=Zoë", followed.text());
        }
    }

    @Test
    @DisplayName("is CommonMiddleware's job: without it in the list no slash is appended, as in Django")
    void onlyWithCommonMiddleware() {
        Project bare = Project.named("bare").urls(path("a/", request -> HttpResponse.ok("a"))).build();
        try (Client client = AsServed.client(bare)) {
            assertEquals(404, client.get("/a").status());
        }
    }
}
