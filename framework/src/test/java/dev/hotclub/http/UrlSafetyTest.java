package dev.hotclub.http;

import static dev.hotclub.http.UrlSafety.urlHasAllowedHostAndScheme;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases of Django 3.2's tests/utils_tests/test_http.py (URLHasAllowedHostAndSchemeTests), plus the edges
 * where Python and Java read text differently; every answer was checked against Django 3.2.25 itself.
 */
@DisplayName("urlHasAllowedHostAndScheme, as Django's url_has_allowed_host_and_scheme")
class UrlSafetyTest {

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
            "http://example.com",
            "http:///example.com",
            "https://example.com",
            "ftp://example.com",
            "\\\\example.com",
            "\\\\\\example.com",
            "/\\\\/example.com",
            "\\\\//example.com",
            "/\\/example.com",
            "\\/example.com",
            "/\\example.com",
            "http:/\\//example.com",
            "http:\\/example.com",
            "http:/\\example.com",
            "javascript:alert(\"XSS\")",
            "\njavascript:alert(x)",
            "\b//example.com",
            "http://otherserver\\@example.com",
            "http:\\\\testserver\\@example.com",
            "http://testserver\\me:pass@example.com",
            "http://testserver\\@example.com",
            "http:\\\\testserver\\confirm\\me@example.com",
            "http:999999999",
            "ftp:9999999999",
            "\n",
            "http://[2001:cdba:0000:0000:0000:0000:3257:9652/",
            "http://2001:cdba:0000:0000:0000:0000:3257:9652]/"})
    void badUrls(String url) {
        assertFalse(urlHasAllowedHostAndScheme(url, Set.of("testserver", "testserver2")));
    }

    @ParameterizedTest(name = "{0} is allowed")
    @ValueSource(strings = {
            "/view/?param=http://example.com",
            "/view/?param=https://example.com",
            "/view?param=ftp://example.com",
            "view/?param=//example.com",
            "https://testserver/",
            "HTTPS://testserver/",
            "//testserver/",
            "http://testserver/confirm?email=me@example.com",
            "/url%20with%20spaces/",
            "path/http:2222222222"})
    void goodUrls(String url) {
        assertTrue(urlHasAllowedHostAndScheme(url, Set.of("otherserver", "testserver")));
    }

    @Test
    void basicAuthCredentialsAreAllowedWhenTheyArePartOfTheAllowedHost() {
        assertTrue(urlHasAllowedHostAndScheme("http://user:pass@testserver/", Set.of("user:pass@testserver")));
    }

    @Test
    void withoutAllowedHostsOnlyAPathIsAllowed() {
        assertTrue(urlHasAllowedHostAndScheme("/confirm/me@example.com", (Set<String>) null));
        assertFalse(urlHasAllowedHostAndScheme("http://testserver\\@example.com", (Set<String>) null));
    }

    @Test
    void oneAllowedHostMayBeGivenAlone() {
        assertTrue(urlHasAllowedHostAndScheme("http://good.com/good", "good.com", false));
        assertFalse(urlHasAllowedHostAndScheme("http://good.co/evil", "good.com", false));
    }

    @ParameterizedTest(name = "{0} is allowed when https is required")
    @ValueSource(strings = {"https://example.com/p", "HTTPS://example.com/p", "/view/?param=http://example.com"})
    void secureUrls(String url) {
        assertTrue(urlHasAllowedHostAndScheme(url, Set.of("example.com"), true));
    }

    @ParameterizedTest(name = "{0} is refused when https is required")
    @ValueSource(strings = {"http://example.com/p", "ftp://example.com/p", "//example.com/p"})
    void insecureUrls(String url) {
        assertFalse(urlHasAllowedHostAndScheme(url, Set.of("example.com"), true));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"", " ", "\u3000//x.com", "\u00a0//evil.com", "\u200b//evil.com", "\ufeff/ok",
            "1http://evil.com", "mailto:x@testserver", "//testserver:8000/", "http://[::1]/", "/\\evil.com"})
    @DisplayName("Python's whitespace, Unicode's control and format characters, and hosts compared exactly")
    void edgesWherePythonAndJavaDiffer(String url) {
        assertFalse(urlHasAllowedHostAndScheme(url, Set.of("testserver")));
    }

    @ParameterizedTest(name = "{0} is allowed")
    @ValueSource(strings = {" /ok/", "\u001c/ok", "/%5Cevil.com", "HtTp://testserver/x"})
    @DisplayName("stripped as Python strips, and the scheme read in any case")
    void edgesThatAreAllowed(String url) {
        assertTrue(urlHasAllowedHostAndScheme(url, Set.of("testserver")));
    }

    @Test
    void theRequestsOwnHostIsAllowedAndHttpsIsRequiredWhenTheRequestCameOverHttps() {
        HttpRequest plain = HttpRequest.builder("GET", "/login/").host("shop.example:8000").build();
        assertTrue(urlHasAllowedHostAndScheme("http://shop.example:8000/cart/", plain));
        assertFalse(urlHasAllowedHostAndScheme("http://shop.example/cart/", plain));
        HttpRequest secure = HttpRequest.builder("GET", "/login/").scheme("https").host("shop.example").build();
        assertFalse(urlHasAllowedHostAndScheme("http://shop.example/cart/", secure));
        assertTrue(urlHasAllowedHostAndScheme("https://shop.example/cart/", secure));
        assertTrue(urlHasAllowedHostAndScheme("/cart/", secure));
    }
}
