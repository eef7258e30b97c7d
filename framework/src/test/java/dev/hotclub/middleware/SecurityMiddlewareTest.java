package dev.hotclub.middleware;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Cases from Django's tests/middleware/test_security.py and tests/middleware/tests.py (XFrameOptions). */
@DisplayName("SecurityMiddleware and XFrameOptionsMiddleware")
class SecurityMiddlewareTest {

    private static Project.Builder site() {
        return Project.named("secure").allowedHosts("testserver", "127.0.0.1", "example.com")
                .middleware(new SecurityMiddleware(), new XFrameOptionsMiddleware())
                .urls(path("page/", request -> HttpResponse.ok("page")),
                        path("framed/", request -> HttpResponse.ok("framed").header("X-Frame-Options", "SAMEORIGIN")
                                .header("Referrer-Policy", "no-referrer")));
    }

    private static TestResponse get(Client client, String scheme, String path) {
        return client.send(HttpRequest.builder("GET", path).scheme(scheme).host("example.com").queryString("q=1").build());
    }

    @Test
    @DisplayName("Django's defaults: X-Frame-Options DENY, nosniff, Referrer-Policy same-origin, no HSTS")
    void defaults() {
        try (Client client = new Client(site().build())) {
            TestResponse r = get(client, "https", "/page/");
            assertEquals("DENY", r.header("X-Frame-Options"));
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("same-origin", r.header("Referrer-Policy"));
            assertNull(r.header("Strict-Transport-Security"));
        }
    }

    @Test
    @DisplayName("the headers are on 404 pages too")
    void onErrorPages() {
        try (Client client = new Client(site().build())) {
            TestResponse r = client.get("/missing/");
            assertEquals(404, r.status());
            assertEquals("DENY", r.header("X-Frame-Options"));
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
        }
    }

    @Test
    @DisplayName("a view's own values are kept")
    void viewWins() {
        try (Client client = new Client(site().build())) {
            TestResponse r = client.get("/framed/");
            assertEquals("SAMEORIGIN", r.header("X-Frame-Options"));
            assertEquals("no-referrer", r.header("Referrer-Policy"));
        }
    }

    @Test
    @DisplayName("settings change the values, or turn them off")
    void settings() {
        try (Client client = new Client(site().xFrameOptions("sameorigin").secureReferrerPolicy("no-referrer, strict-origin")
                .secureContentTypeNosniff(false).build())) {
            TestResponse r = client.get("/page/");
            assertEquals("SAMEORIGIN", r.header("X-Frame-Options"));
            assertEquals("no-referrer,strict-origin", r.header("Referrer-Policy"));
            assertNull(r.header("X-Content-Type-Options"));
        }
        try (Client client = new Client(site().secureReferrerPolicy(null).build())) {
            assertNull(client.get("/page/").header("Referrer-Policy"));
        }
    }

    @Test
    @DisplayName("HSTS on https responses only, with its options")
    void hsts() {
        try (Client client = new Client(site().secureHsts(3600, true, true).build())) {
            assertEquals("max-age=3600; includeSubDomains; preload",
                    get(client, "https", "/page/").header("Strict-Transport-Security"));
            assertNull(get(client, "http", "/page/").header("Strict-Transport-Security"));
        }
        try (Client client = new Client(site().secureHsts(600, false, false).build())) {
            assertEquals("max-age=600", get(client, "https", "/page/").header("Strict-Transport-Security"));
        }
    }

    @Test
    @DisplayName("SSL redirect: an http request is a 301 to the same URL over https")
    void sslRedirect() {
        try (Client client = new Client(site().secureSslRedirect(true).build())) {
            TestResponse r = get(client, "http", "/page/");
            assertEquals(301, r.status());
            assertEquals("https://example.com/page/?q=1", r.location());
            assertEquals(200, get(client, "https", "/page/").status());
        }
    }

    @Test
    @DisplayName("a wrong X-Frame-Options value is an error naming it")
    void badFrameOption() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Project.named("x").xFrameOptions("ALLOW"));
        assertEquals("X_FRAME_OPTIONS must be \"DENY\" or \"SAMEORIGIN\"; got \"ALLOW\"", e.getMessage());
    }
}
