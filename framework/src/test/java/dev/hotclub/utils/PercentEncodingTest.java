package dev.hotclub.utils;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The request path decoded as Django's WSGI handler does")
class PercentEncodingTest {

    @Test
    @DisplayName("valid escapes are decoded as UTF-8, an encoded slash included")
    void decodesValidEscapes() {
        assertEquals("/greetings/café/", PercentEncoding.decodePath("/greetings/caf%C3%A9/"));
        assertEquals("/greetings/café/", PercentEncoding.decodePath("/greetings/caf%c3%a9/"));
        assertEquals("/a/b/", PercentEncoding.decodePath("/a%2Fb/"));
        assertEquals("/a b/", PercentEncoding.decodePath("/a%20b/"));
    }

    @Test
    @DisplayName("an invalid escape stays as written, and + stays a plus")
    void keepsInvalidEscapes() {
        assertEquals("/%zz/", PercentEncoding.decodePath("/%zz/"));
        assertEquals("/100%", PercentEncoding.decodePath("/100%"));
        assertEquals("/%4/", PercentEncoding.decodePath("/%4/"));
        assertEquals("/%A/", PercentEncoding.decodePath("/%%41/"));
        assertEquals("/a+b/", PercentEncoding.decodePath("/a+b/"));
    }

    @Test
    @DisplayName("bytes that are not UTF-8 are percent-encoded again (Django's repercent_broken_unicode)")
    void repercentsBrokenUtf8() {
        assertEquals("/%FF/", PercentEncoding.decodePath("/%ff/"));
        assertEquals("/%FF%FE/", PercentEncoding.decodePath("/%FF%FE/"));
        assertEquals("/%E2%98/x", PercentEncoding.decodePath("/%E2%98/x"));
        assertEquals("/é%C3", PercentEncoding.decodePath("/%C3%A9%C3"));
    }

    @Test
    @DisplayName("characters beyond ASCII count as their UTF-8 bytes, and a path without % is returned as is")
    void nonAsciiAndPlainPaths() {
        assertEquals("/café/✓", PercentEncoding.decodePath("/café/%E2%9C%93"));
        assertEquals("/😀/", PercentEncoding.decodePath("/😀%2F"));
        assertEquals("/greetings/;x=1/", PercentEncoding.decodePath("/greetings/;x=1/"));
    }

    @Test
    @DisplayName("quote() keeps only letters, digits, _.-~ and /, as Python's quote for 404.html's request_path")
    void quotesAsPython() {
        String path = "/nope/a(b):@+$,!*'/café/_.-~";
        assertEquals("/nope/a%28b%29%3A%40%2B%24%2C%21%2A%27/caf%C3%A9/_.-~", PercentEncoding.quote(path));
        assertEquals("/nope/a(b):@+$,!*'/caf%C3%A9/_.-~", PercentEncoding.escapeUriPath(path));
    }
}
