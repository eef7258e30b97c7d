package dev.hotclub.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Responses")
class HttpResponseTest {

    @Test
    @DisplayName("an HTML response is UTF-8 text/html with status 200")
    void htmlResponse() {
        HttpResponse r = HttpResponse.ok("<p>café</p>");
        assertEquals(200, r.status());
        assertEquals("text/html; charset=utf-8", r.contentType());
        assertArrayEquals("<p>café</p>".getBytes(StandardCharsets.UTF_8), r.content());
        assertEquals(12, r.contentLength());
    }

    @Test
    @DisplayName("the body is encoded in the charset the content type names")
    void charsetFromContentType() {
        HttpResponse r = new HttpResponse("café", 200, "text/plain; charset=ISO-8859-1");
        assertArrayEquals(new byte[] {'c', 'a', 'f', (byte) 0xE9}, r.content());
        assertEquals("café", r.text());
    }

    @Test
    @DisplayName("common statuses have their own factories")
    void statusFactories() {
        assertEquals(404, HttpResponse.notFound("x").status());
        assertEquals(400, HttpResponse.badRequest("x").status());
        assertEquals(403, HttpResponse.forbidden("x").status());
        assertEquals(410, HttpResponse.gone("x").status());
        assertEquals(500, HttpResponse.serverError("x").status());
        assertEquals(204, HttpResponse.noContent().status());
        HttpResponse notAllowed = HttpResponse.notAllowed("GET", "POST");
        assertEquals(405, notAllowed.status());
        assertEquals("GET, POST", notAllowed.header("allow"));
    }

    @Test
    @DisplayName("header names are case-insensitive and a CR or LF in a value is refused")
    void headers() {
        HttpResponse r = HttpResponse.ok("").header("X-Thing", "1");
        assertEquals("1", r.header("x-thing"));
        BadHeader e = assertThrows(BadHeader.class, () -> r.header("X-Evil", "a\r\nSet-Cookie: x=1"));
        assertEquals("Header values can't contain newlines or NUL (X-Evil: \"a\\r\\nSet-Cookie: x=1\"): a CR, LF or"
                + " NUL would let the value split the response. Encode the value first, e.g. with URLEncoder.",
                e.getMessage());
    }

    @ParameterizedTest(name = "the value {0} is refused")
    @ValueSource(strings = {"a\rb", "a\nb", "a\u0000b", "\r\n"})
    @DisplayName("no header value can carry a CR, LF or NUL")
    void headerValuesNeverCarryLineBreaksOrNul(String value) {
        assertThrows(BadHeader.class, () -> HttpResponse.ok("").header("X-Evil", value));
        assertThrows(BadHeader.class, () -> new HttpResponse("", 200, "text/plain" + value));
    }

    @ParameterizedTest(name = "the name {0} is refused")
    @ValueSource(strings = {"X-Evil\r\nSet-Cookie", "X Evil", "X-Evil:", "", "X\u0000"})
    @DisplayName("a header name must be a token")
    void headerNamesAreTokens(String name) {
        BadHeader e = assertThrows(BadHeader.class, () -> HttpResponse.ok("").header(name, "1"));
        assertTrue(e.getMessage().startsWith("Header name "), e.getMessage());
    }

    @ParameterizedTest(name = "the path {0} is refused")
    @ValueSource(strings = {"/\r\nSet-Cookie: x=1", "/;Domain=evil.com", "/a\u0000"})
    @DisplayName("a cookie's path or domain cannot split the header or add an attribute")
    void cookieAttributesCannotInject(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cookie.of("theme", "dark").withPath(value));
        assertTrue(e.getMessage().startsWith("Cookie theme has the path "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cookie.of("theme", "dark").withDomain("x" + value));
    }

    @Test
    @DisplayName("an impossible status is refused")
    void badStatus() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HttpResponse("", 99));
        assertEquals("HTTP status must be between 100 and 599, got 99", e.getMessage());
    }

    @Test
    @DisplayName("a JsonResponse writes its data with Jackson as application/json")
    void jsonResponse() {
        JsonResponse r = new JsonResponse(Map.of("a", List.of(1, 2)));
        assertEquals("application/json", r.contentType());
        assertEquals("{\"a\":[1,2]}", r.text());
        assertEquals(422, new JsonResponse(Map.of(), 422).status());
    }

    @Test
    @DisplayName("cookies are written in Django's attribute order")
    void cookieHeader() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T13:46:41Z"), ZoneOffset.UTC);
        Cookie c = Cookie.of("sessionid", "abc").withMaxAge(Duration.ofHours(1)).withHttpOnly(true).withSameSite("Lax")
                .withSecure(true).withDomain("example.com");
        assertEquals("sessionid=abc; Domain=example.com; expires=Wed, 25 Nov 2026 14:46:41 GMT; HttpOnly;"
                + " Max-Age=3600; Path=/; SameSite=Lax; Secure", c.toHeaderValue(clock));
        assertEquals("theme=dark; Path=/", Cookie.of("theme", "dark").toHeaderValue(clock));
    }

    @Test
    @DisplayName("deleting a cookie sends an empty one that expired in 1970")
    void deleteCookie() {
        HttpResponse r = HttpResponse.ok("").deleteCookie("theme");
        assertEquals(List.of(Map.entry("Content-Type", "text/html; charset=utf-8"),
                        Map.entry("Set-Cookie", "theme=; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/")),
                r.headerLines());
    }

    @Test
    @DisplayName("a cookie value a browser would mangle is refused, with what to do")
    void badCookieValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cookie.of("name", "a b;c"));
        assertEquals("Cookie name has the value \"a b;c\", which a browser would not keep intact (spaces, quotes,"
                + " commas, semicolons, backslashes and control characters are not allowed): encode it first, e.g."
                + " with URLEncoder", e.getMessage());
    }
}
