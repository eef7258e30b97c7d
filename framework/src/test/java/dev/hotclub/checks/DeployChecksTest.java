package dev.hotclub.checks;

import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.project.Env;
import dev.hotclub.project.Project;
import dev.hotclub.server.ProjectHandler;
import dev.hotclub.conf.ImproperlyConfigured;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("check --deploy: Django's deployment checks, and the security settings read from the environment")
class DeployChecksTest {
    private static final String STRONG_KEY = "k3J9x-Qw8!zLp2Vn7Rt5Ym1Hs6Df4Ga0Bc9Ne8Ui7Oo6Pp5Aa4Ss3Dd2";

    /** The starter's project (Django's default middleware), built with {@code environment} as its variables. */
    private static Project starter(Map<String, String> environment) {
        return Env.withDefaults(environment, () -> Project.named("site")
                .urls(path("x/", request -> HttpResponse.ok("x")))
                .middleware(new SecurityMiddleware(), new SessionMiddleware(), new CommonMiddleware(),
                        new CsrfViewMiddleware(), new XFrameOptionsMiddleware())
                .build());
    }

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome check(Project project, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SystemCheckReport.run(project, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a fresh project warns as a fresh Django project does: W004, W008, W009, W012, W016, W018, W020")
    void freshProject() {
        Outcome outcome = check(starter(Map.of("DEBUG", "true", "SECRET_KEY", "a")), "--deploy");
        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).isEqualTo("""
                System check identified some issues:

                WARNINGS:
                ?: (security.W004) You have not set a value for the SECURE_HSTS_SECONDS setting. If your entire site is served only over SSL, you may want to consider setting a value and enabling HTTP Strict Transport Security. Be sure to read the documentation first; enabling HSTS carelessly can cause serious, irreversible problems.
                ?: (security.W008) Your SECURE_SSL_REDIRECT setting is not set to True. Unless your site should be available over both SSL and non-SSL connections, you may want to either set this setting True or configure a load balancer or reverse-proxy server to redirect all connections to HTTPS.
                ?: (security.W009) Your SECRET_KEY has less than 50 characters, less than 5 unique characters, or it's prefixed with 'hotclub-insecure-' indicating that it was generated automatically by startproject. Please generate a long and random SECRET_KEY, otherwise many of the framework's security-critical features will be vulnerable to attack.
                ?: (security.W012) SESSION_COOKIE_SECURE is not set to True. Using a secure-only session cookie makes it more difficult for network traffic sniffers to hijack user sessions.
                ?: (security.W016) You have 'dev.hotclub.middleware.CsrfViewMiddleware' in your MIDDLEWARE, but you have not set CSRF_COOKIE_SECURE to True. Using a secure-only CSRF cookie makes it more difficult for network traffic sniffers to steal the CSRF token.
                ?: (security.W018) You should not have DEBUG set to True in deployment.
                ?: (security.W020) ALLOWED_HOSTS must not be empty in deployment.

                System check identified 7 issues (0 silenced).
                """);
        assertThat(check(starter(Map.of("DEBUG", "true")), "--deploy", "--fail-level", "WARNING").status()).isEqualTo(1);
    }

    @Test
    @DisplayName("the TLS recipe's variables clear every warning, and take effect: Secure cookies, HSTS, the https redirect")
    void hardenedFromTheEnvironment() {
        Project project = starter(Map.of("DEBUG", "false", "SECRET_KEY", STRONG_KEY, "ALLOWED_HOSTS", "example.com",
                "SESSION_COOKIE_SECURE", "true", "CSRF_COOKIE_SECURE", "true", "SECURE_SSL_REDIRECT", "true",
                "SECURE_HSTS_SECONDS", "31536000", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "true", "SECURE_HSTS_PRELOAD", "true"));
        assertThat(check(project, "--deploy")).isEqualTo(new Outcome(0, "System check identified no issues (0 silenced).\n", ""));
        ProjectHandler handler = new ProjectHandler(project);
        HttpResponse plain = handler.serve(HttpRequest.builder("GET", "/x/").host("example.com").build());
        assertThat(plain.status()).isEqualTo(301);
        assertThat(plain.header("Location")).isEqualTo("https://example.com/x/");
        HttpResponse secure = handler.serve(HttpRequest.builder("GET", "/x/").scheme("https").host("example.com").build());
        assertThat(secure.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains; preload");
        handler.close();
        assertThat(project.settings().get(SessionMiddleware.SESSION_COOKIE_SECURE)).isTrue();
        assertThat(project.settings().get(CsrfViewMiddleware.CSRF_COOKIE_SECURE)).isTrue();
    }

    @Test
    @DisplayName("HSTS without subdomains or preload warns W005 and W021; the code's setting wins over the environment")
    void partialHsts() {
        Project project = Env.withDefaults(Map.of("SECURE_HSTS_SECONDS", "3600", "SECURE_HSTS_PRELOAD", "true",
                "SESSION_COOKIE_SECURE", "true"), () -> Project.named("p").allowedHosts("example.com").secretKey(STRONG_KEY)
                .sessionCookieSecure(false).middleware(new SecurityMiddleware(), new SessionMiddleware()).build());
        assertThat(DeployChecks.of(project)).extracting(CheckMessage::id)
                .containsExactly("security.W002", "security.W003", "security.W005", "security.W008", "security.W012");
    }

    @Test
    @DisplayName("a value that is not of the setting's type names the variable and what to write")
    void invalidValues() {
        assertThatThrownBy(() -> starter(Map.of("SECURE_HSTS_SECONDS", "-1"))).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The environment variable SECURE_HSTS_SECONDS=\"-1\" is not valid: SECURE_HSTS_SECONDS must"
                        + " be 0 or more, got -1. Set it to a whole number, e.g. SECURE_HSTS_SECONDS=0, or unset it for the"
                        + " default.");
        assertThatThrownBy(() -> starter(Map.of("SESSION_COOKIE_SECURE", "maybe"))).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The environment variable SESSION_COOKIE_SECURE=\"maybe\" is not valid: set it to true or false"
                        + " (or 1/0, yes/no, on/off), or unset it for the default.");
    }

    @Test
    @DisplayName("without --deploy only the URL checks run; an unknown argument is a usage error")
    void arguments() {
        assertThat(check(starter(Map.of("DEBUG", "true")))).isEqualTo(
                new Outcome(0, "System check identified no issues (0 silenced).\n", ""));
        Outcome wrong = check(starter(Map.of()), "--deplo");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo(SystemCheckReport.USAGE + "\ncheck: error: unrecognized arguments: --deplo\n");
    }

    @Test
    @DisplayName("W009: under 50 characters, under 5 different ones, or the development key")
    void weakKeys() {
        assertThat(DeployChecks.weakSecretKey(starter(Map.of("SECRET_KEY", "a")).settings())).isPresent();
        assertThat(DeployChecks.weakSecretKey(starter(Map.of("SECRET_KEY", "ab".repeat(30))).settings())).isPresent();
        assertThat(DeployChecks.weakSecretKey(starter(Map.of("SECRET_KEY", "hotclub-insecure-" + STRONG_KEY)).settings()))
                .isPresent();
        assertThat(DeployChecks.weakSecretKey(starter(Map.of()).settings())).isPresent();
        assertThat(DeployChecks.weakSecretKey(starter(Map.of("SECRET_KEY", STRONG_KEY)).settings())).isEmpty();
    }
}
