package dev.hotclub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Settings;
import dev.hotclub.project.Env;
import dev.hotclub.project.Project;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The mail settings, from the project's settings")
class MailSettingsTest {
    private static Settings built(Map<String, String> environment) {
        return Env.withDefaults(environment, () -> Project.named("p").build()).settings();
    }

    @Test
    @DisplayName("each EMAIL_ variable is read when the project is built, else Django's default")
    void fromTheEnvironment() {
        MailSettings mail = MailSettings.from(built(Map.of("EMAIL_HOST", "smtp.example.com", "EMAIL_PORT", "587",
                "EMAIL_HOST_USER", "app", "EMAIL_HOST_PASSWORD", "s3cret", "EMAIL_USE_TLS", "yes",
                "EMAIL_TIMEOUT", "0", "DEFAULT_FROM_EMAIL", "noreply@example.com",
                "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")));
        assertThat(mail).isEqualTo(new MailSettings("smtp", "smtp.example.com", 587, "app", "s3cret", true, false,
                null, "noreply@example.com", null));
        assertThat(mail.toString()).doesNotContain("s3cret");
        assertThat(MailSettings.from(built(Map.of()))).as("DEBUG off: smtp").isEqualTo(MailSettings.defaults());
        assertThat(MailSettings.from(built(Map.of("DEBUG", "true"))).backend()).as("DEBUG on").isEqualTo("console");
        assertThat(MailSettings.from(built(Map.of("EMAIL_BACKEND", "file", "EMAIL_FILE_PATH", "/tmp/mails"))).filePath())
                .isEqualTo(Path.of("/tmp/mails"));
        assertThat(MailSettings.from(Settings.defaults()).timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(Mailer.of(built(Map.of("EMAIL_BACKEND", "locmem"))).backend()).isInstanceOf(LocmemEmailBackend.class);
    }

    @Test
    @DisplayName("settings that do not go together stop the build, naming them")
    void mismatchesStopTheBuild() {
        assertThatThrownBy(() -> built(Map.of("EMAIL_USE_TLS", "true", "EMAIL_USE_SSL", "true")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("EMAIL_USE_TLS/EMAIL_USE_SSL are mutually exclusive, so only set one of those settings to True.");
        assertThatThrownBy(() -> built(Map.of("EMAIL_BACKEND", "file")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The file mail backend needs EMAIL_FILE_PATH, the folder to write messages to, e.g."
                        + " EMAIL_FILE_PATH=/tmp/app-messages");
        assertThatThrownBy(() -> Project.named("p").set(MailSettings.EMAIL_USE_SSL, true)
                .set(MailSettings.EMAIL_USE_TLS, true).build())
                .hasMessageStartingWith("EMAIL_USE_TLS/EMAIL_USE_SSL are mutually exclusive");
    }

    @Test
    @DisplayName("a bad variable stops the build, naming it and what to write")
    void badVariables() {
        assertThatThrownBy(() -> built(Map.of("EMAIL_BACKEND", "sendmail")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The environment variable EMAIL_BACKEND=\"sendmail\" is not valid: EMAIL_BACKEND must be"
                        + " smtp, console, locmem (tests), file or dummy; got \"sendmail\". Set it to smtp, console,"
                        + " locmem, file or dummy (or Django's class path for one), or unset it for the default.");
        assertThatThrownBy(() -> built(Map.of("EMAIL_PORT", "70000")))
                .hasMessageStartingWith("The environment variable EMAIL_PORT=\"70000\" is not valid: EMAIL_PORT must be"
                        + " between 1 and 65535, got 70000.");
        assertThatThrownBy(() -> built(Map.of("EMAIL_TIMEOUT", "-5")))
                .hasMessageStartingWith("The environment variable EMAIL_TIMEOUT=\"-5\" is not valid: EMAIL_TIMEOUT must"
                        + " be a positive duration, or null for none; got PT-5S.");
        assertThatThrownBy(() -> built(Map.of("EMAIL_USE_TLS", "maybe")))
                .hasMessage("The environment variable EMAIL_USE_TLS=\"maybe\" is not valid: set it to true or false"
                        + " (or 1/0, yes/no, on/off), or unset it for the default.");
    }
}
