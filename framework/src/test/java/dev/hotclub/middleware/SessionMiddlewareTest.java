package dev.hotclub.middleware;

import dev.hotclub.testing.AsServed;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.Cookie;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import dev.hotclub.sessions.InMemorySessionStore;
import dev.hotclub.sessions.Session;
import dev.hotclub.sessions.SignedCookieSessionStore;
import dev.hotclub.signing.Signing;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SessionMiddleware")
class SessionMiddlewareTest {
    static final String KEY = "hotclub-test-secret-key-0123456789";

    static Project.Builder site() {
        return Project.named("sessions").allowedHosts("testserver", "127.0.0.1").secretKey(KEY)
                .middleware(new SessionMiddleware())
                .urls(path("count/", request -> {
                            Session session = request.session();
                            long visits = session.contains("visits") ? session.get("visits", Long.class) + 1 : 1;
                            session.put("visits", visits);
                            return HttpResponse.ok("visits " + visits);
                        }),
                        path("read/", request -> HttpResponse.ok("visits " + request.session().get("visits"))),
                        path("untouched/", request -> HttpResponse.ok("no session")),
                        path("logout/", request -> {
                            request.session().flush();
                            return HttpResponse.ok("bye");
                        }),
                        path("login/", request -> {
                            request.session().cycleKey();
                            return HttpResponse.ok("cycled");
                        }),
                        path("fail/", request -> {
                            request.session().put("lost", true);
                            return HttpResponse.serverError("<h1>oops</h1>");
                        }));
    }

    private static Cookie sessionCookie(TestResponse r) {
        return r.response().cookies().stream().filter(c -> c.name().equals("sessionid")).findFirst().orElse(null);
    }

    private static TestResponse withCookie(Client client, String path, String value) {
        return client.send(HttpRequest.builder("GET", path).header("Cookie", "sessionid=" + value).build());
    }

    @Test
    @DisplayName("keeps values between requests in a signed cookie with Django's flags and age")
    void keepsValues() {
        try (Client client = AsServed.client(site().build())) {
            TestResponse first = client.get("/count/");
            assertEquals("visits 1", first.text());
            Cookie cookie = sessionCookie(first);
            assertNotNull(cookie);
            assertTrue(cookie.httpOnly());
            assertEquals("Lax", cookie.sameSite());
            assertEquals(Duration.ofDays(14), cookie.maxAge());
            assertEquals("/", cookie.path());
            assertTrue(!cookie.secure());
            assertEquals("Cookie", first.header("Vary"));
            assertEquals(Map.of("visits", 1), Signing.loads(cookie.value(), KEY, SignedCookieSessionStore.SALT, null),
                    "Django's signed-cookie format, which Django reads with the same SECRET_KEY");
            assertEquals("visits 2", client.get("/count/").text());
            assertEquals("visits 2", client.get("/read/").text());
        }
    }

    @Test
    @DisplayName("reads a session cookie written by Django 3.2")
    void readsDjangosCookie() {
        // Django 3.2.25: signing.dumps({"visits": 3, "long": "a" * 200}, compress=True, salt=<session salt>) at 1700000000.
        String django = ".eJyrVirLLM4sKVayMtZRysnPS1eyUkocJkCpFgCZjVKy:1r31eq:AnpnDg5uHEXFPzbAHBDUW-uOET8AdElpcwhphC-s9xM";
        try (Client client = AsServed.client(site().sessionCookieAge(Duration.ofDays(36500)).build())) {
            assertEquals("visits 3", withCookie(client, "/read/", django).text());
        }
    }

    @Test
    @DisplayName("a cookie tampered with, or signed with another key, is an empty session, and is deleted")
    void tamperedCookie() {
        String forged = Signing.dumps(Map.of("visits", 1000), "another-key", SignedCookieSessionStore.SALT, true);
        try (Client client = AsServed.client(site().build())) {
            TestResponse r = withCookie(client, "/read/", forged);
            assertEquals("visits null", r.text());
            assertEquals(Duration.ZERO, sessionCookie(r).maxAge());
            String good = sessionCookie(client.get("/count/")).value();
            String tampered = good.replaceFirst(":", "x:");
            assertEquals("visits 1", withCookie(client, "/count/", tampered).text());
        }
    }

    @Test
    @DisplayName("a view that does not touch the session sets no cookie and no Vary")
    void untouched() {
        try (Client client = AsServed.client(site().build())) {
            TestResponse r = client.get("/untouched/");
            assertNull(sessionCookie(r));
            assertNull(r.header("Vary"));
        }
    }

    @Test
    @DisplayName("flush empties the session and deletes its cookie")
    void flush() {
        try (Client client = AsServed.client(site().build())) {
            client.get("/count/");
            TestResponse bye = client.get("/logout/");
            assertEquals(Duration.ZERO, sessionCookie(bye).maxAge());
            assertEquals("", sessionCookie(bye).value());
            assertEquals("visits null", client.get("/read/").text());
        }
    }

    @Test
    @DisplayName("cycleKey keeps the values under a new key, and the old key no longer works")
    void cycleKey() {
        InMemorySessionStore store = new InMemorySessionStore();
        try (Client client = AsServed.client(site().sessionStore(store).build())) {
            String before = sessionCookie(client.get("/count/")).value();
            assertEquals(32, before.length());
            String after = sessionCookie(client.get("/login/")).value();
            assertNotEquals(before, after);
            assertEquals("visits 1", client.get("/read/").text());
            assertEquals("visits null", withCookie(client, "/read/", before).text());
            assertEquals(1, store.size());
        }
    }

    @Test
    @DisplayName("a server-side store keeps the data on the server: the cookie is only a key")
    void inMemoryStore() {
        try (Client client = AsServed.client(site().sessionStore(new InMemorySessionStore()).build())) {
            String key = sessionCookie(client.get("/count/")).value();
            assertTrue(key.matches("[a-z0-9]{32}"), key);
            assertEquals("visits 2", client.get("/count/").text());
            assertEquals("visits null", withCookie(client, "/read/", "a".repeat(32)).text());
        }
    }

    @Test
    @DisplayName("a 500 response saves nothing")
    void noSaveOn500() {
        try (Client client = AsServed.client(site().build())) {
            assertNull(sessionCookie(client.get("/fail/")));
        }
    }

    @Test
    @DisplayName("the cookie is Secure when the project says so")
    void secureCookie() {
        try (Client client = AsServed.client(site().sessionCookieSecure(true).build())) {
            assertTrue(sessionCookie(client.get("/count/")).secure());
        }
    }

    @Test
    @DisplayName("writing a signed-cookie session without a SECRET_KEY is a 500 saying how to set one")
    void noSecretKey() {
        try (Client client = AsServed.client(site().secretKey(null).debug(true).build())) {
            TestResponse r = client.get("/count/");
            assertEquals(500, r.status());
            assertTrue(r.text().contains("The SECRET_KEY setting must not be empty: set the SECRET_KEY environment"
                    + " variable"), r.text());
        }
    }

    @Test
    @DisplayName("request.session() without the middleware says which middleware to add")
    void withoutMiddleware() {
        Project bare = Project.named("bare").allowedHosts("testserver", "127.0.0.1").debug(true)
                .urls(path("s/", request -> HttpResponse.ok(String.valueOf(request.session())))).build();
        try (Client client = AsServed.client(bare)) {
            TestResponse r = client.get("/s/");
            assertEquals(500, r.status());
            assertTrue(r.text().contains("request.session() needs SessionMiddleware: add new SessionMiddleware()"),
                    r.text());
        }
    }
}
