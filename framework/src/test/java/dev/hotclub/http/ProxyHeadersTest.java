package dev.hotclub.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.project.Project;
import org.junit.jupiter.api.Test;

/**
 * What a request believes about its scheme, host, port and client behind a proxy: nothing the proxy headers say
 * unless the project is configured to trust them (Django's settings_tests SecureProxySslHeaderTest, requests
 * BuildAbsoluteURITests).
 */
class ProxyHeadersTest {
    private static final Project PLAIN = Project.named("plain").debug(false).allowedHosts("*").build();
    private static final Project BEHIND_PROXY = Project.named("proxied").debug(false).allowedHosts("*")
            .secureProxySslHeader("X-Forwarded-Proto", "https").useXForwardedHost(true).numProxies(1).build();

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.builder("GET", path);
    }

    @Test
    void withoutTheSettingTheProxyHeaderIsIgnored() {
        HttpRequest request = get("/").header("X-Forwarded-Proto", "https").build().withSettings(PLAIN.settings());
        assertThat(request.isSecure()).isFalse();
        assertThat(request.scheme()).isEqualTo("http");
    }

    @Test
    void withTheSettingTheHeaderDecidesWhenPresent() {
        assertThat(get("/").header("X-Forwarded-Proto", "wrongvalue").build().withSettings(BEHIND_PROXY.settings())
                .isSecure()).isFalse();
        assertThat(get("/").header("X-Forwarded-Proto", "https").build().withSettings(BEHIND_PROXY.settings())
                .isSecure()).isTrue();
        assertThat(get("/").build().withSettings(BEHIND_PROXY.settings()).isSecure()).isFalse();
        // The header is preferred to the connection's own scheme.
        assertThat(get("/").scheme("https").header("X-Forwarded-Proto", "http").build()
                .withSettings(BEHIND_PROXY.settings()).isSecure()).isFalse();
        assertThat(get("/").scheme("https").build().withSettings(BEHIND_PROXY.settings()).isSecure()).isTrue();
    }

    @Test
    void onlyTheFirstValueOfAListInTheHeaderCounts() {
        assertThat(get("/").header("X-Forwarded-Proto", "https, http").build().withSettings(BEHIND_PROXY.settings())
                .isSecure()).isTrue();
        assertThat(get("/").header("X-Forwarded-Proto", "http, https").build().withSettings(BEHIND_PROXY.settings())
                .isSecure()).isFalse();
    }

    @Test
    void theAbsoluteUriUsesTheForwardedSchemeAndHostOnlyWhenConfigured() {
        HttpRequest.Builder proxied = get("/a/b/").queryString("page=2").host("10.0.0.5:8000")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "example.com");
        assertThat(proxied.build().withSettings(PLAIN.settings()).buildAbsoluteUri())
                .isEqualTo("http://10.0.0.5:8000/a/b/?page=2");
        assertThat(proxied.build().withSettings(BEHIND_PROXY.settings()).buildAbsoluteUri())
                .isEqualTo("https://example.com/a/b/?page=2");
        assertThat(proxied.build().withSettings(BEHIND_PROXY.settings()).buildAbsoluteUri("/login/"))
                .isEqualTo("https://example.com/login/");
    }

    @Test
    void buildAbsoluteUriAsDjangosTests() {
        HttpRequest request = get("//absolute-uri").build().withSettings(PLAIN.settings());
        assertThat(request.buildAbsoluteUri()).isEqualTo("http://testserver//absolute-uri");
        assertThat(request.buildAbsoluteUri("http://example.com/?foo=bar")).isEqualTo("http://example.com/?foo=bar");
        assertThat(request.buildAbsoluteUri("//example.com/?foo=bar")).isEqualTo("http://example.com/?foo=bar");
        assertThat(request.buildAbsoluteUri("/foo/bar/")).isEqualTo("http://testserver/foo/bar/");
        assertThat(request.buildAbsoluteUri("/foo/./bar/")).isEqualTo("http://testserver/foo/bar/");
        assertThat(request.buildAbsoluteUri("/foo/../bar/")).isEqualTo("http://testserver/bar/");
        assertThat(request.buildAbsoluteUri("///foo/bar/")).isEqualTo("http://testserver/foo/bar/");
        assertThat(request.buildAbsoluteUri("https://www.example.com/asdf")).isEqualTo("https://www.example.com/asdf");
        HttpRequest www = get("/").host("www.example.com").build().withSettings(PLAIN.settings());
        assertThat(www.buildAbsoluteUri("/path/with:colons")).isEqualTo("http://www.example.com/path/with:colons");
    }

    @Test
    void relativeLocationsJoinAsPythonsUrljoin() {
        HttpRequest request = get("/a/c").build().withSettings(PLAIN.settings());
        assertThat(request.buildAbsoluteUri("?page=2")).isEqualTo("http://testserver/a/c?page=2");
        assertThat(request.buildAbsoluteUri("b/")).isEqualTo("http://testserver/a/b/");
        assertThat(request.buildAbsoluteUri("#top")).isEqualTo("http://testserver/a/c#top");
        assertThat(request.buildAbsoluteUri(".")).isEqualTo("http://testserver/a/");
        HttpRequest deeper = get("/a/c/").build().withSettings(PLAIN.settings());
        assertThat(deeper.buildAbsoluteUri("../x")).isEqualTo("http://testserver/a/x");
        assertThat(deeper.buildAbsoluteUri("../../../x")).isEqualTo("http://testserver/x");
        assertThat(request.buildAbsoluteUri("/café/ x")).isEqualTo("http://testserver/caf%C3%A9/%20x");
    }

    @Test
    void theClientAddressIsTheSocketsUnlessProxiesAreCounted() {
        HttpRequest.Builder forwarded = get("/").remoteAddress("10.0.0.1").header("X-Forwarded-For", "6.6.6.6, 203.0.113.7");
        assertThat(forwarded.build().withSettings(PLAIN.settings()).clientAddress()).isEqualTo("10.0.0.1");
        assertThat(forwarded.build().withSettings(BEHIND_PROXY.settings()).clientAddress()).isEqualTo("203.0.113.7");
        Project twoProxies = Project.named("two").numProxies(2).build();
        assertThat(forwarded.build().withSettings(twoProxies.settings()).clientAddress()).isEqualTo("6.6.6.6");
        Project manyProxies = Project.named("many").numProxies(5).build();
        assertThat(forwarded.build().withSettings(manyProxies.settings()).clientAddress()).isEqualTo("6.6.6.6");
        assertThat(get("/").remoteAddress("10.0.0.1").build().withSettings(BEHIND_PROXY.settings()).clientAddress())
                .isEqualTo("10.0.0.1");
        assertThat(forwarded.build().withSettings(BEHIND_PROXY.settings()).remoteAddress()).isEqualTo("10.0.0.1");
    }

    @Test
    void repeatedForwardedForLinesAreJoinedAsAWsgiServerJoinsThem() {
        // A proxy that appends its own line: the last line is what it saw, the first the client's forgery.
        HttpRequest twoLines = get("/").remoteAddress("10.0.0.1").header("X-Forwarded-For", "6.6.6.6")
                .header("X-Forwarded-For", "203.0.113.7").build().withSettings(BEHIND_PROXY.settings());
        assertThat(twoLines.clientAddress()).isEqualTo("203.0.113.7");
        Project twoProxies = Project.named("two").numProxies(2).build();
        assertThat(get("/").header("X-Forwarded-For", "6.6.6.6").header("X-Forwarded-For", "203.0.113.7").build()
                .withSettings(twoProxies.settings()).clientAddress()).isEqualTo("6.6.6.6");
    }

    @Test
    void emptyForwardedForEntriesAreEmptyAddressesAsInDjangoRestFramework() {
        // DRF: ",".split(",") is ['', ''], the last entry '' (Java's split would give no entry at all).
        assertThat(get("/").remoteAddress("10.0.0.1").header("X-Forwarded-For", ",").build()
                .withSettings(BEHIND_PROXY.settings()).clientAddress()).isEmpty();
        assertThat(get("/").remoteAddress("10.0.0.1").header("X-Forwarded-For", "1.2.3.4,").build()
                .withSettings(BEHIND_PROXY.settings()).clientAddress()).isEmpty();
        assertThat(get("/").remoteAddress("10.0.0.1").header("X-Forwarded-For", " ").build()
                .withSettings(BEHIND_PROXY.settings()).clientAddress()).isEqualTo("10.0.0.1");
    }

    @Test
    void twoForwardedHostLinesAreNoValidHostAsInDjango() {
        Project forwardedHost = Project.named("fh").allowedHosts("example.com").useXForwardedHost(true).build();
        HttpRequest request = get("/").header("X-Forwarded-Host", "example.com").header("X-Forwarded-Host", "evil.example")
                .build().withSettings(forwardedHost.settings());
        assertThat(request.rawHost()).isEqualTo("example.com,evil.example");
        org.junit.jupiter.api.Assertions.assertThrows(DisallowedHost.class, request::host);
    }
}
