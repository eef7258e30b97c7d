package dev.hotclub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    @Test
    @DisplayName("a CR or LF in the URL is refused")
    void crlfRefused() {
        DisallowedRedirect e = assertThrows(DisallowedRedirect.class,
                () -> new HttpResponsePermanentRedirect("/ok\r\nSet-Cookie: evil=1"));
        assertEquals("Refusing to redirect to \"/ok\\r\\nSet-Cookie: evil=1\": a URL with a CR or LF in it would split"
                + " the response headers.", e.getMessage());
    }
}
