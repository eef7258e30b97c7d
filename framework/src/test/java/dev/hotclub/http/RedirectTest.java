package dev.hotclub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Redirect responses")
class RedirectTest {

    @Test
    @DisplayName("a redirect is a 302 with Location, a permanent one a 301")
    void statuses() {
        HttpResponseRedirect r = new HttpResponseRedirect("/greetings/");
        assertEquals(302, r.status());
        assertEquals("/greetings/", r.header("Location"));
        assertEquals("/greetings/", r.url());
        assertEquals(301, new HttpResponsePermanentRedirect("https://example.com/").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a/", "../up", "./here", "https://example.com/x", "http://example.com", "ftp://files/x",
            "//example.com/x", "?page=2", "relative/path", "no-scheme/x:y"})
    @DisplayName("relative URLs and http, https and ftp URLs are allowed")
    void allowed(String url) {
        assertEquals(url, new HttpResponseRedirect(url).url());
    }

    @Test
    @DisplayName("javascript: is refused, naming the scheme and the URL")
    void javascriptRefused() {
        DisallowedRedirect e = assertThrows(DisallowedRedirect.class, () -> new HttpResponseRedirect("javascript:alert(1)"));
        assertEquals("Unsafe redirect to URL with protocol 'javascript': \"javascript:alert(1)\". Only relative URLs"
                + " and http, https and ftp URLs are allowed.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:text/html,<script>alert(1)</script>", "JavaScript:alert(1)", " javascript:alert(1)",
            "java\tscript:alert(1)", "vbscript:x", "file:///etc/passwd"})
    @DisplayName("other schemes are refused however they are disguised")
    void otherSchemesRefused(String url) {
        assertThrows(DisallowedRedirect.class, () -> new HttpResponseRedirect(url));
    }

    // Each answer is what Django 3.2's iri_to_uri gives for the URL.
    static Stream<Arguments> djangoLocations() {
        return Stream.of(
                Arguments.of("/\\evil.com", "/%5Cevil.com"),
                Arguments.of("/%5Cevil.com", "/%5Cevil.com"),
                Arguments.of("/%E2%82%AC/x", "/%E2%82%AC/x"),
                Arguments.of("/€/x", "/%E2%82%AC/x"),
                Arguments.of("http://example.com/a b?c=é", "http://example.com/a%20b?c=%C3%A9"),
                Arguments.of("/greetings/<script>/", "/greetings/%3Cscript%3E/"),
                Arguments.of("/search/?q=a+b&page=2#top", "/search/?q=a+b&page=2#top"),
                Arguments.of("/it's/[x]/(y)/*!@~;$,=:", "/it's/[x]/(y)/*!@~;$,=:"),
                Arguments.of("/a\"b{c}|d^`e", "/a%22b%7Bc%7D%7Cd%5E%60e"),
                Arguments.of("/😀", "/%F0%9F%98%80"),
                // Python cannot encode a lone surrogate at all; U+FFFD keeps it from becoming a "?" that starts a query.
                Arguments.of("/a\uD800b", "/a%EF%BF%BDb"));
    }

    @ParameterizedTest(name = "{0} is sent as {1}")
    @MethodSource("djangoLocations")
    @DisplayName("Location is the URL through Django's iri_to_uri")
    void locationIsEncodedAsDjangoEncodesIt(String url, String location) {
        HttpResponseRedirect r = new HttpResponseRedirect(url);
        assertEquals(location, r.header("Location"));
        assertEquals(location, r.url());
        assertEquals(location, new HttpResponsePermanentRedirect(url).header("Location"));
    }

    @Test
    @DisplayName("CR, LF and NUL in the URL are percent-encoded, so they never reach the header")
    void controlCharactersAreEncoded() {
        assertEquals("/ok%0D%0ASet-Cookie:%20evil=1",
                new HttpResponsePermanentRedirect("/ok\r\nSet-Cookie: evil=1").header("Location"));
        assertEquals("/a%00b%1B%7F", new HttpResponseRedirect("/a\0b\u001b\u007f").header("Location"));
    }

    @Test
    @DisplayName("a scheme hidden by a CR or LF is still read as the browser reads it")
    void schemeSplitByANewlineIsRefused() {
        assertThrows(DisallowedRedirect.class, () -> new HttpResponseRedirect("java\nscript:alert(1)"));
        assertThrows(DisallowedRedirect.class, () -> new HttpResponseRedirect("\r\njavascript:alert(1)"));
    }
}
