package dev.hotclub.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.http.internal.HostValidation;
import dev.hotclub.project.Project;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Django 3.2's HostValidationTests (tests/requests/tests.py), case for case. */
class HostValidationTest {
    private static final List<String> POISONED_HOSTS = List.of(
            "example.com@evil.tld",
            "example.com:dr.frankenstein@evil.tld",
            "example.com:dr.frankenstein@evil.tld:80",
            "example.com:80/badpath",
            "example.com: recovermypassword.com");

    private static final Project ALLOWING = Project.named("hosts").debug(false).useXForwardedHost(false)
            .allowedHosts("forward.com", "example.com", "internal.com", "12.34.56.78",
                    "[2001:19f0:feee::dead:beef:cafe]", "xn--4ca9at.com",
                    ".multitenant.com", "INSENSITIVE.com", "[::ffff:169.254.169.254]")
            .build();

    private static HttpRequest request(Project project, String host) {
        return HttpRequest.builder("GET", "/").host(host).build().withSettings(project.settings());
    }

    @Test
    void theHostHeaderIsUsedAndXForwardedHostIgnoredUnlessConfigured() {
        HttpRequest request = HttpRequest.builder("GET", "/").host("example.com")
                .header("X-Forwarded-Host", "forward.com").build().withSettings(ALLOWING.settings());
        assertThat(request.host()).isEqualTo("example.com");
    }

    @Test
    void legitimateHostsAreAllowed() {
        for (String host : List.of("example.com", "example.com:80", "12.34.56.78", "12.34.56.78:443",
                "[2001:19f0:feee::dead:beef:cafe]", "[2001:19f0:feee::dead:beef:cafe]:8080",
                "xn--4ca9at.com", "anything.multitenant.com", "multitenant.com", "insensitive.com",
                "example.com.", "example.com.:80", "[::ffff:169.254.169.254]")) {
            assertThat(request(ALLOWING, host).host()).as(host).isEqualTo(host);
        }
    }

    @Test
    void poisonedAndOtherHostsAreDisallowed() {
        for (String host : Stream.concat(POISONED_HOSTS.stream(), Stream.of("other.com", "example.com..")).toList()) {
            assertThatThrownBy(() -> request(ALLOWING, host).host()).as(host).isInstanceOf(DisallowedHost.class);
        }
    }

    @Test
    void withXForwardedHostOnTheForwardedHostIsObeyed() {
        Project project = Project.named("fwd").debug(false).useXForwardedHost(true).allowedHosts("*").build();
        HttpRequest forwarded = HttpRequest.builder("GET", "/").host("example.com")
                .header("X-Forwarded-Host", "forward.com").build().withSettings(project.settings());
        assertThat(forwarded.host()).isEqualTo("forward.com");
        assertThat(request(project, "example.com").host()).isEqualTo("example.com");
        for (String host : List.of("example.com", "example.com:80", "12.34.56.78", "12.34.56.78:443",
                "[2001:19f0:feee::dead:beef:cafe]", "[2001:19f0:feee::dead:beef:cafe]:8080", "xn--4ca9at.com")) {
            assertThat(request(project, host).host()).isEqualTo(host);
        }
        for (String host : POISONED_HOSTS) {
            assertThatThrownBy(() -> request(project, host).host()).as(host).isInstanceOf(DisallowedHost.class);
        }
    }

    @Test
    void thePortIsTheServersUnlessXForwardedPortIsConfigured() {
        Project off = Project.named("p").debug(false).useXForwardedPort(false).build();
        Project on = Project.named("p").debug(false).useXForwardedPort(true).build();
        HttpRequest.Builder withHeader = HttpRequest.builder("GET", "/").serverPort(8080).header("X-Forwarded-Port", "80");
        assertThat(withHeader.build().withSettings(off.settings()).port()).isEqualTo("8080");
        assertThat(withHeader.build().withSettings(on.settings()).port()).isEqualTo("80");
        assertThat(HttpRequest.builder("GET", "/").serverPort(8080).build().withSettings(on.settings()).port())
                .isEqualTo("8080");
    }

    @Test
    void inDebugModeWithNoAllowedHostsTheLocalhostNamesAreAllowed() {
        Project debug = Project.named("d").debug(true).allowedHosts().build();
        for (String host : List.of("localhost", "127.0.0.1", "[::1]", "localhost:8000", "app.localhost")) {
            assertThat(request(debug, host).host()).isEqualTo(host);
        }
        assertThatThrownBy(() -> request(debug, "example.com").host()).isInstanceOf(DisallowedHost.class);
        Project production = Project.named("p").debug(false).allowedHosts().build();
        assertThatThrownBy(() -> request(production, "localhost").host()).isInstanceOf(DisallowedHost.class);
    }

    @Test
    void theMessageSuggestsTheHostToAddToAllowedHosts() {
        Project none = Project.named("n").debug(false).allowedHosts().build();
        String advice = " (the ALLOWED_HOSTS environment variable, comma-separated, or Project.Builder.allowedHosts).";
        for (String host : List.of("example.com", "12.34.56.78", "[2001:19f0:feee::dead:beef:cafe]", "xn--4ca9at.com")) {
            assertThatThrownBy(() -> request(none, host).host()).hasMessage("Invalid HTTP_HOST header: '" + host
                    + "'. You may need to add '" + host + "' to ALLOWED_HOSTS" + advice);
        }
        for (String[] domainPort : new String[][] {{"example.com", "80"}, {"12.34.56.78", "443"},
                {"[2001:19f0:feee::dead:beef:cafe]", "8080"}}) {
            String host = domainPort[0] + ":" + domainPort[1];
            assertThatThrownBy(() -> request(none, host).host()).hasMessage("Invalid HTTP_HOST header: '" + host
                    + "'. You may need to add '" + domainPort[0] + "' to ALLOWED_HOSTS" + advice);
        }
        for (String host : POISONED_HOSTS) {
            assertThatThrownBy(() -> request(none, host).host())
                    .hasMessageStartingWith("Invalid HTTP_HOST header: '" + host + "'.");
        }
        assertThatThrownBy(() -> request(none, "invalid_hostname.com").host()).hasMessage("Invalid HTTP_HOST header:"
                + " 'invalid_hostname.com'. The domain name provided is not valid according to RFC 1034/1035.");
    }

    @Test
    void splittingRemovesATrailingDot() {
        assertThat(HostValidation.splitDomainPort("example.com.:8080"))
                .isEqualTo(new HostValidation.DomainPort("example.com", "8080"));
        assertThat(HostValidation.splitDomainPort("[::1]")).isEqualTo(new HostValidation.DomainPort("[::1]", ""));
        assertThat(HostValidation.splitDomainPort("Example.COM:80")).isEqualTo(new HostValidation.DomainPort("example.com", "80"));
    }

    @Test
    void isSameDomainAsDjangosUtilsHttpTests() {
        // django/tests/utils_tests/test_http.py IsSameDomainTests
        for (String[] pair : new String[][] {{"example.com", "example.com"}, {"example.com", ".example.com"},
                {"foo.example.com", ".example.com"}, {"example.com:8888", "example.com:8888"},
                {"example.com:8888", ".example.com:8888"}, {"foo.example.com:8888", ".example.com:8888"}}) {
            assertThat(HostValidation.isSameDomain(pair[0], pair[1])).as(pair[0] + " ~ " + pair[1]).isTrue();
        }
        for (String[] pair : new String[][] {{"example2.com", "example.com"}, {"foo.example.com", "example.com"},
                {"example.com:9999", "example.com:8888"}, {"foo.example.com:8888", ""}}) {
            assertThat(HostValidation.isSameDomain(pair[0], pair[1])).as(pair[0] + " ~ " + pair[1]).isFalse();
        }
    }

    @Test
    void aRequestNotServedByAProjectHasNothingToCheckAgainst() {
        assertThat(HttpRequest.builder("GET", "/").host("anything.example").build().host()).isEqualTo("anything.example");
    }
}
