package dev.hotclub.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.sessions.InMemorySessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The framework's settings: one catalogue, typed keys, read from the environment once")
class FrameworkSettingsTest {
    @BeforeAll
    static void noneOfTheVariablesIsSetWhereTheTestsRun() {
        assumeTrue(FrameworkSettings.ALL.stream().allMatch(s -> System.getenv(s.name()) == null));
    }

    private static Project built(Map<String, String> environment, Project.Builder builder) {
        return Env.withDefaults(environment, builder::build);
    }

    @Test
    @DisplayName("every catalogued setting has its row in docs/SETTINGS.md, with its environment variable")
    void everySettingIsDocumented() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../docs/SETTINGS.md")).stream()
                .filter(line -> line.startsWith("| ")).toList();
        Set<String> names = new HashSet<>();
        for (Setting<?> setting : FrameworkSettings.ALL) {
            assertThat(names.add(setting.name())).as("%s listed twice", setting).isTrue();
            String row = rows.stream().filter(line -> line.startsWith("| " + setting.name() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/SETTINGS.md has no row for " + setting.name()));
            assertThat(row).as("the row of %s names its constant", setting).contains("`" + setting.constant() + "`");
            String variableColumn = row.split(" \\| ")[1];
            if (setting.environmentVariable() != null) {
                assertThat(variableColumn).contains("`" + setting.environmentVariable() + "`");
            } else {
                assertThat(variableColumn).startsWith("none");
            }
        }
    }

    @Test
    @DisplayName("each setting is read from its variable when the code does not set it, else its default")
    void readFromTheEnvironment() {
        Settings settings = built(Map.of("APPEND_SLASH", "off", "CSRF_TRUSTED_ORIGINS", "https://a.example, https://*.b.example",
                "SESSION_COOKIE_AGE", "3600", "SECURE_HSTS_SECONDS", "31536000", "X_FRAME_OPTIONS", "sameorigin",
                "REQUEST_LOG_FORMAT", "json", "SECURE_REFERRER_POLICY", ""), Project.named("p")).settings();
        assertThat(settings.get(CommonMiddleware.APPEND_SLASH)).isFalse();
        assertThat(settings.get(CsrfViewMiddleware.CSRF_TRUSTED_ORIGINS))
                .containsExactly("https://a.example", "https://*.b.example");
        assertThat(settings.get(SessionMiddleware.SESSION_COOKIE_AGE)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.get(SecurityMiddleware.SECURE_HSTS_SECONDS)).isEqualTo(31_536_000L);
        assertThat(settings.get(XFrameOptionsMiddleware.X_FRAME_OPTIONS)).isEqualTo("SAMEORIGIN");
        assertThat(settings.get(RequestLogFormat.REQUEST_LOG_FORMAT)).isEqualTo(RequestLogFormat.JSON);
        assertThat(settings.get(SecurityMiddleware.SECURE_REFERRER_POLICY)).isEmpty();
        assertThat(settings.get(SecurityMiddleware.SECURE_CONTENT_TYPE_NOSNIFF)).as("the default").isTrue();

        Settings coded = built(Map.of("APPEND_SLASH", "off"), Project.named("p").set(CommonMiddleware.APPEND_SLASH, true)
                .sessionStore(new InMemorySessionStore())).settings();
        assertThat(coded.get(CommonMiddleware.APPEND_SLASH)).as("the code wins").isTrue();
        assertThat(coded.get(SessionMiddleware.SESSION_ENGINE)).isInstanceOf(InMemorySessionStore.class);
    }

    @Test
    @DisplayName("a bad variable stops the build, naming it, its value and the accepted form")
    void badVariables() {
        assertThatThrownBy(() -> built(Map.of("NUM_PROXIES", "two"), Project.named("p")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The environment variable NUM_PROXIES=\"two\" is not valid: set it to a whole number,"
                        + " e.g. NUM_PROXIES=0, or unset it for the default.");
        assertThatThrownBy(() -> built(Map.of("NUM_PROXIES", "-1"), Project.named("p")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The environment variable NUM_PROXIES=\"-1\" is not valid: NUM_PROXIES must be 0 or more,"
                        + " got -1. Set it to a whole number, e.g. NUM_PROXIES=0, or unset it for the default.");
        assertThatThrownBy(() -> built(Map.of("X_FRAME_OPTIONS", "ALLOW"), Project.named("p")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageStartingWith("The environment variable X_FRAME_OPTIONS=\"ALLOW\" is not valid:"
                        + " X_FRAME_OPTIONS must be \"DENY\" or \"SAMEORIGIN\"; got \"ALLOW\"");
        assertThatThrownBy(() -> built(Map.of("CSRF_TRUSTED_ORIGINS", "example.com"), Project.named("p")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("CSRF_TRUSTED_ORIGINS values must start with a scheme");
        assertThatThrownBy(() -> built(Map.of("SESSION_COOKIE_AGE", "a week"), Project.named("p")))
                .hasMessage("The environment variable SESSION_COOKIE_AGE=\"a week\" is not valid: set it to a whole"
                        + " number of seconds, e.g. SESSION_COOKIE_AGE=1209600, or unset it for the default.");
    }

    @Test
    @DisplayName("a value set in code is checked where it is set")
    void codeValuesAreChecked() {
        assertThatThrownBy(() -> Project.named("p").xFrameOptions("ALLOW"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("X_FRAME_OPTIONS must be \"DENY\" or \"SAMEORIGIN\"; got \"ALLOW\"");
        assertThatThrownBy(() -> Project.named("p").set(Settings.NUM_PROXIES, -2))
                .hasMessage("NUM_PROXIES must be 0 or more, got -2");
        assertThatThrownBy(() -> Project.named("p").sessionCookieAge(Duration.ZERO))
                .hasMessage("SESSION_COOKIE_AGE must be a positive duration, e.g. Duration.ofSeconds(1209600); got PT0S");
    }

    @Test
    @DisplayName("a project setting named as a framework setting, or a near miss of one, says what to write")
    void nearMisses() {
        assertThatThrownBy(() -> Project.named("p").setting("ALLOWED_HOST", "example.com").build())
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The project setting \"ALLOWED_HOST\" looks like the framework setting ALLOWED_HOSTS:"
                        + " write .set(Settings.ALLOWED_HOSTS, value) on Project.named(...) or set the ALLOWED_HOSTS"
                        + " environment variable, or choose a name of your own that is not a near miss of it."
                        + " .setting(key, value) is for the project's own settings.");
        assertThatThrownBy(() -> Project.named("p").setting("DEBGU", true).build())
                .hasMessageStartingWith("The project setting \"DEBGU\" looks like the framework setting DEBUG:");
        assertThatThrownBy(() -> Project.named("p").setting("SESSION_ENGINE", new InMemorySessionStore()).build())
                .hasMessage("The project setting \"SESSION_ENGINE\" is the framework setting SESSION_ENGINE: write"
                        + " .set(SessionMiddleware.SESSION_ENGINE, value) on Project.named(...). .setting(key, value)"
                        + " is for the project's own settings.");
        assertThatThrownBy(() -> Project.named("p").setting("debug", true).build())
                .hasMessageStartingWith("The project setting \"debug\" looks like the framework setting DEBUG:");
        assertThat(Project.named("p").setting("GREETING", "Hi").setting("PAGE_SIZE", 20).setting("DEBUG_TOOLBAR", true)
                .build().settings().get("GREETING")).isEqualTo("Hi");
    }

    @Test
    @DisplayName("an environment variable that is a near miss of a setting stops the build: it would be ignored")
    void environmentNearMisses() {
        assertThatThrownBy(() -> built(Map.of("ALLOWED_HOST", "example.com"), Project.named("p")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The environment variable ALLOWED_HOST looks like the setting ALLOWED_HOSTS, which it does"
                        + " not set: rename it ALLOWED_HOSTS (or unset it).");
        assertThatThrownBy(() -> built(Map.of("debug", "true"), Project.named("p")))
                .hasMessageStartingWith("The environment variable debug looks like the setting DEBUG");
        assertThat(built(Map.of("DEBUG", "true", "DATABASE_URL", "x", "HOME", "/"), Project.named("p")).debug())
                .isTrue();
    }

    @Test
    @DisplayName("a setting outside the catalogue is set and read the same way, without an environment variable")
    void settingsOfOtherPackages() {
        Setting<Integer> connMaxAge = Setting.integer("CONN_MAX_AGE", 0, 0, "Seconds a connection is kept.");
        assertThat(connMaxAge.constant()).isEqualTo("FrameworkSettingsTest.CONN_MAX_AGE");
        assertThat(Project.named("p").build().settings().get(connMaxAge)).isZero();
        assertThat(Project.named("p").set(connMaxAge, 60).build().settings().get(connMaxAge)).isEqualTo(60);
    }
}
