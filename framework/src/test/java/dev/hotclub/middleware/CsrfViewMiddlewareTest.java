package dev.hotclub.middleware;

import dev.hotclub.testing.AsServed;
import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.Cookie;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.middleware.internal.CsrfTokens;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases from Django's tests/csrf_tests/tests.py (3.2, and 4.0's Origin checks). */
@DisplayName("CsrfViewMiddleware")
class CsrfViewMiddlewareTest {
    private static final String SECRET = "abcdefghijklmnopqrstuvwxyzABCDEF";
    @TempDir
    static Path templates;

    @BeforeAll
    static void writeTemplates() throws IOException {
        Files.writeString(templates.resolve("form.html"),
                "<form method=\"post\"><@csrf_input/></form>|${csrf_token}");
        Files.writeString(templates.resolve("plain.html"), "<p>no form</p>");
        Files.writeString(templates.resolve("django-form.html"), "<form method=\"post\"><@csrf_token/></form>");
    }

    private static Project.Builder site(boolean debug) {
        return Project.named("csrf").allowedHosts("testserver", "127.0.0.1", "www.example.com").debug(debug).templateDirs(templates)
                .middleware(new CsrfViewMiddleware())
                .urls(path("post/", request -> HttpResponse.ok("accepted " + request.method())),
                        path("form/", request -> render(request, "form.html", Map.of())),
                        path("plain/", request -> render(request, "plain.html", Map.of())),
                        path("django-form/", request -> render(request, "django-form.html", Map.of())),
                        path("hook/", CsrfViewMiddleware.exempt(request -> HttpResponse.ok("hook"))));
    }

    private static Client client(Project.Builder site) {
        return AsServed.client(site.build()).enforceCsrfChecks(true);
    }

    private static HttpRequest.Builder post(String cookie, String token) {
        HttpRequest.Builder b = HttpRequest.builder("POST", "/post/").host("www.example.com")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body((token == null ? "a=1" : "csrfmiddlewaretoken=" + token).getBytes(StandardCharsets.UTF_8));
        if (cookie != null) {
            b.header("Cookie", "csrftoken=" + cookie);
        }
        return b;
    }

    private static HttpRequest.Builder securePost(String referer) {
        HttpRequest.Builder b = post(SECRET, SECRET).scheme("https");
        if (referer != null) {
            b.header("Referer", referer);
        }
        return b;
    }

    private static void assertRejected(TestResponse r, String reason) {
        assertEquals(403, r.status(), r.text());
        assertTrue(r.text().contains("<p>CSRF verification failed. Request aborted.</p>"), r.text());
        assertTrue(r.text().contains("<pre>\n  " + reason.replace("'", "&#x27;") + "\n  </pre>"), r.text());
    }

    private static void assertAccepted(TestResponse r) {
        assertEquals(200, r.status(), r.text());
        assertTrue(r.text().startsWith("accepted"), r.text());
    }

    @Test
    @DisplayName("a POST without the cookie is refused: CSRF cookie not set")
    void noCookie() {
        try (Client client = client(site(true))) {
            TestResponse r = client.send(post(null, SECRET).build());
            assertRejected(r, "CSRF cookie not set.");
            assertTrue(r.text().contains("this site requires a CSRF cookie when submitting forms"));
        }
    }

    @Test
    @DisplayName("a POST with the cookie and no token is refused: CSRF token missing or incorrect")
    void cookieWithoutToken() {
        try (Client client = client(site(true))) {
            assertRejected(client.send(post(SECRET, null).build()), "CSRF token missing or incorrect.");
        }
    }

    @Test
    @DisplayName("a POST with a token for another secret is refused")
    void wrongToken() {
        try (Client client = client(site(true))) {
            assertRejected(client.send(post(SECRET, CsrfTokens.mask(CsrfTokens.newSecret())).build()),
                    "CSRF token missing or incorrect.");
            assertRejected(client.send(post(SECRET, "x".repeat(63) + "!").build()), "CSRF token missing or incorrect.");
            assertRejected(client.send(post(SECRET, "short").build()), "CSRF token missing or incorrect.");
        }
    }

    @Test
    @DisplayName("accepts a masked 64-character token, the 32-character secret, and the X-CSRFToken header")
    void acceptedTokens() {
        try (Client client = client(site(true))) {
            assertAccepted(client.send(post(SECRET, CsrfTokens.mask(SECRET)).build()));
            assertAccepted(client.send(post(SECRET, SECRET).build()));
            assertAccepted(client.send(post(SECRET, null).header("X-CSRFToken", CsrfTokens.mask(SECRET)).build()));
            for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
                HttpRequest.Builder b = HttpRequest.builder(method, "/post/").header("Cookie", "csrftoken=" + SECRET);
                assertEquals(403, client.send(b.build()).status(), method + " without a token");
                assertAccepted(client.send(b.header("X-CSRFToken", CsrfTokens.mask(SECRET)).build()));
            }
        }
    }

    @Test
    @DisplayName("reads the masked 64-character cookie Django 3.2 set")
    void djangoThreeTwoCookie() {
        try (Client client = client(site(true))) {
            assertAccepted(client.send(post(CsrfTokens.mask(SECRET), CsrfTokens.mask(SECRET)).build()));
        }
    }

    @Test
    @DisplayName("safe methods and exempt views are not checked")
    void notChecked() {
        try (Client client = client(site(true))) {
            for (String method : new String[] {"GET", "HEAD", "OPTIONS", "TRACE"}) {
                assertEquals(200, client.send(HttpRequest.builder(method, "/post/").build()).status(), method);
            }
            assertEquals("hook", client.send(HttpRequest.builder("POST", "/hook/").build()).text());
        }
    }

    @Test
    @DisplayName("the test client does not enforce the checks unless asked, as Django's")
    void testClient() {
        try (Client client = AsServed.client(site(true).build())) {
            assertAccepted(client.post("/post/", Map.of("a", "1")));
            assertEquals(403, client.enforceCsrfChecks(true).post("/post/", Map.of("a", "1")).status());
        }
    }

    @Test
    @DisplayName("HTTPS: a Referer from the same host is accepted")
    void httpsGoodReferer() {
        try (Client client = client(site(true))) {
            assertAccepted(client.send(securePost("https://www.example.com/somepage").build()));
        }
    }

    @Test
    @DisplayName("HTTPS: no Referer, another host's, an insecure or a malformed one is refused with Django's reason")
    void httpsBadReferers() {
        try (Client client = client(site(true))) {
            TestResponse none = client.send(securePost(null).build());
            assertRejected(none, "Referer checking failed - no Referer.");
            assertTrue(none.text().contains("this HTTPS site requires a “Referer header”"));
            assertRejected(client.send(securePost("https://www.evil.org/somepage").build()),
                    "Referer checking failed - https://www.evil.org/somepage does not match any trusted origins.");
            assertRejected(client.send(securePost("http://http://www.example.com/").build()),
                    "Referer checking failed - Referer is insecure while host is secure.");
            assertRejected(client.send(securePost("https://").build()), "Referer checking failed - Referer is malformed.");
            assertRejected(client.send(securePost("//example.com/").build()), "Referer checking failed - Referer is malformed.");
            assertRejected(client.send(securePost("https://[").build()), "Referer checking failed - Referer is malformed.");
        }
    }

    @Test
    @DisplayName("HTTPS: a Referer from a trusted origin, exact or wildcard, is accepted")
    void httpsTrustedReferer() {
        try (Client client = client(site(true).csrfTrustedOrigins("https://dashboard.example.com"))) {
            assertAccepted(client.send(securePost("https://dashboard.example.com/x").build()));
            assertEquals(403, client.send(securePost("https://other.example.com/x").build()).status());
        }
        try (Client client = client(site(true).csrfTrustedOrigins("https://*.example.com"))) {
            assertAccepted(client.send(securePost("https://dashboard.example.com/x").build()));
        }
    }

    @Test
    @DisplayName("Origin: the request's own origin or a trusted one is accepted; any other is refused")
    void origin() {
        try (Client client = client(site(true).csrfTrustedOrigins("http://no-match.com", "https://*.example.org"))) {
            assertAccepted(client.send(post(SECRET, SECRET).header("Origin", "http://www.example.com").build()));
            assertAccepted(client.send(post(SECRET, SECRET).header("Origin", "http://no-match.com").build()));
            assertAccepted(client.send(post(SECRET, SECRET).header("Origin", "https://foo.example.org").build()));
            assertRejected(client.send(post(SECRET, SECRET).header("Origin", "https://www.evil.org").build()),
                    "Origin checking failed - https://www.evil.org does not match any trusted origins.");
            assertRejected(client.send(post(SECRET, SECRET).header("Origin", "https://no-match.com").build()),
                    "Origin checking failed - https://no-match.com does not match any trusted origins.");
            assertRejected(client.send(post(SECRET, SECRET).header("Origin", "null").build()),
                    "Origin checking failed - null does not match any trusted origins.");
            assertRejected(client.send(securePost("https://www.example.com/").header("Origin", "http://www.example.com")
                    .build()), "Origin checking failed - http://www.example.com does not match any trusted origins.");
        }
    }

    @Test
    @DisplayName("a trusted origin without its scheme is an error naming it")
    void trustedOriginNeedsScheme() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Project.named("x").csrfTrustedOrigins("example.com"));
        assertEquals("CSRF_TRUSTED_ORIGINS values must start with a scheme (usually http:// or https://), e.g."
                + " \"https://example.com\" or \"https://*.example.com\"; got \"example.com\"", e.getMessage());
    }

    @Test
    @DisplayName("the 403 page says the reason in debug mode only")
    void failurePage() {
        try (Client client = client(site(false))) {
            TestResponse r = client.send(post(SECRET, null).build());
            assertEquals(403, r.status());
            assertTrue(r.text().contains("CSRF verification failed. Request aborted."));
            assertFalse(r.text().contains("CSRF token missing or incorrect."), r.text());
            assertTrue(r.text().contains("More information is available with debug(true)."));
        }
    }

    private static final Pattern INPUT = Pattern.compile(
            "<form method=\"post\"><input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"([A-Za-z0-9]{64})\"></form>\\|([A-Za-z0-9]{64})");

    @Test
    @DisplayName("a template gets a masked token and the form field; the response sets the 32-character cookie")
    void tokenInTemplates() {
        try (Client client = client(site(true))) {
            TestResponse page = client.get("/form/");
            Matcher m = INPUT.matcher(page.text());
            assertTrue(m.matches(), page.text());
            assertNotEquals(m.group(1), m.group(2), "each use masks the secret anew");
            Cookie cookie = page.response().cookies().get(0);
            assertEquals("csrftoken", cookie.name());
            assertEquals(32, cookie.value().length());
            assertEquals("Lax", cookie.sameSite());
            assertFalse(cookie.httpOnly());
            assertEquals(31449600, cookie.maxAge().toSeconds());
            assertEquals("Cookie", page.header("Vary"));
            assertEquals(cookie.value(), CsrfTokens.unmask(m.group(1)));
            assertEquals(cookie.value(), CsrfTokens.unmask(m.group(2)));
            // The browser posts the form back with the cookie.
            assertAccepted(client.send(post(cookie.value(), m.group(1)).build()));
            // A second page keeps the secret of the cookie sent.
            TestResponse again = client.send(HttpRequest.builder("GET", "/form/")
                    .header("Cookie", "csrftoken=" + cookie.value()).build());
            assertEquals(cookie.value(), again.response().cookies().get(0).value());
        }
    }

    @Test
    @DisplayName("a page that does not use the token sets no cookie")
    void noCookieWithoutToken() {
        try (Client client = client(site(true))) {
            TestResponse page = client.get("/plain/");
            assertEquals(0, page.response().cookies().size());
            assertNull(page.header("Vary"));
        }
    }

    @Test
    @DisplayName("a cookie not in form is replaced")
    void malformedCookieReplaced() {
        try (Client client = client(site(true))) {
            TestResponse page = client.send(HttpRequest.builder("GET", "/plain/").header("Cookie", "csrftoken=bad!").build());
            Cookie replaced = page.response().cookies().get(0);
            assertNotNull(replaced);
            assertTrue(CsrfTokens.wellFormed(replaced.value()));
        }
    }

    @Test
    @DisplayName("<@csrf_token/>, as a Django user writes {% csrf_token %}, writes the form field too")
    void csrfTokenAsATag() {
        try (Client client = client(site(true))) {
            TestResponse page = client.get("/django-form/");
            Matcher m = Pattern.compile("<form method=\"post\"><input type=\"hidden\" name=\"csrfmiddlewaretoken\""
                    + " value=\"([A-Za-z0-9]{64})\"></form>").matcher(page.text());
            assertTrue(m.matches(), page.text());
            Cookie cookie = page.response().cookies().get(0);
            assertEquals(cookie.value(), CsrfTokens.unmask(m.group(1)));
            assertAccepted(client.send(post(cookie.value(), m.group(1)).build()));
        }
    }

    @Test
    @DisplayName("a template using the token without the middleware fails saying which middleware to add")
    void templateWithoutMiddleware() {
        Project bare = Project.named("bare").allowedHosts("testserver", "127.0.0.1", "www.example.com").debug(true).templateDirs(templates)
                .urls(path("form/", request -> render(request, "form.html", Map.of()))).build();
        try (Client client = AsServed.client(bare)) {
            TestResponse r = client.get("/form/");
            assertEquals(500, r.status());
            assertTrue(r.text().contains("The template uses &lt;@csrf_input/&gt;, which needs CsrfViewMiddleware"), r.text());
        }
    }

    @Test
    @DisplayName("a project's 403_csrf.html replaces the page, given the reason")
    void projectTemplate(@TempDir Path own) throws IOException {
        Files.writeString(own.resolve("403_csrf.html"), "<p>Refused: ${reason}<#if no_cookie> (no cookie)</#if></p>");
        try (Client client = client(site(false).templateDirs(own, templates))) {
            TestResponse r = client.send(post(null, SECRET).build());
            assertEquals(403, r.status());
            assertEquals("<p>Refused: CSRF cookie not set. (no cookie)</p>", r.text());
            assertEquals("403_csrf.html", r.templateName());
        }
    }
}
