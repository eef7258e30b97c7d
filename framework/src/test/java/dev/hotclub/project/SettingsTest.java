package dev.hotclub.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Settings read from the environment with typed defaults, the code winning over the environment, and the
 * SECRET_KEY refused where Django refuses it. A launcher's defaults stand in for the environment here; the
 * packaged-jar test in the dev server module sets real environment variables.
 */
class SettingsTest {
    @BeforeAll
    static void theseVariablesAreNotSetWhereTheTestsRun() {
        assumeTrue(Stream.of("DEBUG", "ALLOWED_HOSTS", "SECRET_KEY", "SECURE_PROXY_SSL_HEADER", "USE_X_FORWARDED_HOST",
                "USE_X_FORWARDED_PORT", "NUM_PROXIES", "PAGE_SIZE", "HOTCLUB_TEST_GREETING").allMatch(v -> System.getenv(v) == null));
    }

    private static Project built(Map<String, String> environment, Project.Builder builder) {
        return Env.withDefaults(environment, builder::build);
    }

    @Test
    void withNothingSetDebugIsOffAndNothingIsTrusted() {
        Settings settings = Project.named("p").build().settings();
        assertThat(settings.debug()).isFalse();
        assertThat(settings.get(Settings.ALLOWED_HOSTS)).isEmpty();
        assertThat(settings.get(Settings.SECURE_PROXY_SSL_HEADER)).isNull();
        assertThat(settings.get(Settings.USE_X_FORWARDED_HOST)).isFalse();
        assertThat(settings.get(Settings.USE_X_FORWARDED_PORT)).isFalse();
        assertThat(settings.get(Settings.NUM_PROXIES)).isZero();
    }

    @Test
    void eachFrameworkSettingIsReadFromItsVariable() {
        Settings settings = built(Map.of("DEBUG", "true", "ALLOWED_HOSTS", " example.com, .example.org ,,",
                "SECRET_KEY", "s3cret", "SECURE_PROXY_SSL_HEADER", "X-Forwarded-Proto: https",
                "USE_X_FORWARDED_HOST", "yes", "USE_X_FORWARDED_PORT", "1", "NUM_PROXIES", "2"),
                Project.named("p")).settings();
        assertThat(settings.debug()).isTrue();
        assertThat(settings.get(Settings.ALLOWED_HOSTS)).containsExactly("example.com", ".example.org");
        assertThat(settings.secretKey()).isEqualTo("s3cret");
        assertThat(settings.get(Settings.SECURE_PROXY_SSL_HEADER))
                .isEqualTo(new Settings.ProxySslHeader("X-Forwarded-Proto", "https"));
        assertThat(settings.get(Settings.USE_X_FORWARDED_HOST)).isTrue();
        assertThat(settings.get(Settings.USE_X_FORWARDED_PORT)).isTrue();
        assertThat(settings.get(Settings.NUM_PROXIES)).isEqualTo(2);
    }

    @Test
    void whatTheCodeSetsWinsOverTheEnvironment() {
        Project project = built(Map.of("DEBUG", "true", "ALLOWED_HOSTS", "env.example", "SECRET_KEY", "from-env"),
                Project.named("p").debug(false).allowedHosts("code.example").secretKey("from-code"));
        assertThat(project.debug()).isFalse();
        assertThat(project.settings().get(Settings.ALLOWED_HOSTS)).containsExactly("code.example");
        assertThat(project.settings().secretKey()).isEqualTo("from-code");
    }

    @Test
    void theProjectsOwnSettingsHaveTypedDefaults() {
        Project project = Env.withDefaults(Map.of("HOTCLUB_TEST_GREETING", "Bonjour", "PAGE_SIZE", "50"), () -> Project.named("p")
                .setting("GREETING", Env.env("HOTCLUB_TEST_GREETING", "Hello"))
                .setting("MOTTO", Env.env("HOTCLUB_TEST_MOTTO", "Hi"))
                .setting("PAGE_SIZE", Env.envInt("PAGE_SIZE", 20))
                .setting("OPEN", Env.envBool("HOTCLUB_TEST_OPEN", true))
                .setting("ADMINS", Env.envList("HOTCLUB_TEST_ADMINS", List.of("ann@example.com")))
                .build());
        assertThat(project.settings().get("GREETING")).isEqualTo("Bonjour");
        assertThat(project.settings().get("MOTTO")).isEqualTo("Hi");
        assertThat(project.settings().get("PAGE_SIZE", Integer.class)).isEqualTo(50);
        assertThat(project.settings().get("OPEN", Boolean.class)).isTrue();
        assertThat(project.settings().get("ADMINS")).isEqualTo(List.of("ann@example.com"));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheVariableAndWhatToWrite() {
        assertThatThrownBy(() -> built(Map.of("DEBUG", "maybe"), Project.named("p")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The environment variable DEBUG=\"maybe\" is not valid: set it to true or false"
                        + " (or 1/0, yes/no, on/off), or unset it for the default.");
        assertThatThrownBy(() -> Env.withDefaults(Map.of("PAGE_SIZE", "many"), () -> Env.envInt("PAGE_SIZE", 20)))
                .hasMessage("The environment variable PAGE_SIZE=\"many\" is not valid: set it to a whole number,"
                        + " e.g. PAGE_SIZE=20, or unset it for the default.");
        assertThatThrownBy(() -> built(Map.of("SECURE_PROXY_SSL_HEADER", "https"), Project.named("p")))
                .hasMessage("SECURE_PROXY_SSL_HEADER=\"https\" is not \"Header: value\"; write e.g."
                        + " SECURE_PROXY_SSL_HEADER=\"X-Forwarded-Proto: https\"");
    }

    @Test
    void aMissingSecretKeyIsAnErrorWhenItIsRead() {
        Project project = Project.named("p").debug(true).build();
        assertThatThrownBy(project.settings()::secretKey).isInstanceOf(ImproperlyConfigured.class)
                .hasMessageStartingWith("The SECRET_KEY setting must not be empty: set the SECRET_KEY environment variable");
    }

    @Test
    void theDevelopmentKeyIsRefusedForDeploymentWithDebugOff() {
        String developmentKey = Settings.DEVELOPMENT_KEY_PREFIX + "abc";
        assertThat(Project.named("p").debug(true).secretKey(developmentKey).build().settings().deploymentSecretKey())
                .isEqualTo(developmentKey);
        assertThat(Project.named("p").debug(false).secretKey(developmentKey).build().settings().secretKey())
                .as("tests and views still sign with it").isEqualTo(developmentKey);
        assertThatThrownBy(() -> Project.named("p").debug(false).secretKey(developmentKey).build().settings()
                        .deploymentSecretKey())
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageStartingWith("SECRET_KEY is the development key that startproject wrote into the project's"
                        + " code, and DEBUG is off: set the SECRET_KEY environment variable");
    }

    @Test
    void launcherDefaultsLastOnlyWhileTheProjectIsBuilt() {
        assertThat(built(Map.of("DEBUG", "true"), Project.named("p")).debug()).isTrue();
        assertThat(Project.named("p").build().debug()).isFalse();
    }
}
