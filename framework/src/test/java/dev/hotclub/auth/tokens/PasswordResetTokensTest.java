package dev.hotclub.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.project.Env;
import dev.hotclub.project.Project;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected tokens were made by Django 3.2's PasswordResetTokenGenerator with now() = 2026-12-06 01:02:03. */
class PasswordResetTokensTest {
    private static final String SECRET = "hotclub-test-secret";
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 1, 2, 3);

    private record User(Object pk, String password, Instant lastLogin, String email) implements PasswordResetUser {
    }

    private static final User ALICE = new User(1,
            "pbkdf2_sha256$260000$seasalt$YlZ2Vggtqdc61YjArZuoApoBh9JNGYoDRBUGu6tcJQo=",
            Instant.parse("2026-12-01T09:30:15.123456Z"), "alice@example.com");
    private static final User BOB = new User(42, "md5$seasalt$3f86d0d3d465b7b458c231bf3555c0e3", null, "");

    private static PasswordResetTokens at(LocalDateTime now) {
        return at(now, SECRET, List.of());
    }

    private static PasswordResetTokens at(LocalDateTime now, String secret, List<String> fallbacks) {
        return new PasswordResetTokens(secret, fallbacks, PasswordResetTokens.DEFAULT_TIMEOUT,
                Clock.fixed(now.toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void tokensAreDjangosByteForByte() {
        assertThat(at(NOW).makeToken(ALICE)).isEqualTo("dj547f-ec04396383752cf77b28e4acfd070796");
        assertThat(at(NOW).makeToken(BOB)).isEqualTo("dj547f-475eeda23aa23f4e70808e54463ab87e");
    }

    @Test
    void aTokenChecksUntilTheTimeoutAndNotAfter() {
        String token = at(NOW).makeToken(ALICE);
        assertThat(at(NOW).checkToken(ALICE, token)).isTrue();
        assertThat(at(NOW.plusDays(3)).checkToken(ALICE, token)).isTrue();
        assertThat(at(NOW.plusDays(3).plusSeconds(1)).checkToken(ALICE, token)).isFalse();
    }

    @Test
    void aTokenIsSpentWhenThePasswordLoginOrEmailChanges() {
        String token = at(NOW).makeToken(ALICE);
        PasswordResetTokens tokens = at(NOW.plusMinutes(5));
        assertThat(tokens.checkToken(new User(1, "pbkdf2_sha256$1000000$new$hash", ALICE.lastLogin(), ALICE.email()), token)).isFalse();
        assertThat(tokens.checkToken(new User(1, ALICE.password(), Instant.parse("2026-12-06T01:05:00Z"), ALICE.email()), token)).isFalse();
        assertThat(tokens.checkToken(new User(1, ALICE.password(), ALICE.lastLogin(), "alice@evil.example"), token)).isFalse();
        assertThat(tokens.checkToken(new User(2, ALICE.password(), ALICE.lastLogin(), ALICE.email()), token)).isFalse();
        // Microseconds of the last login do not count (a database may drop them).
        assertThat(tokens.checkToken(new User(1, ALICE.password(), Instant.parse("2026-12-01T09:30:15Z"), ALICE.email()), token)).isTrue();
    }

    @Test
    void tamperedOrMalformedTokensAreFalse() {
        PasswordResetTokens tokens = at(NOW);
        String token = tokens.makeToken(ALICE);
        String later = Long.toString(Long.parseLong("dj547f", 36) + 100_000, 36);
        assertThat(tokens.checkToken(ALICE, later + token.substring(6))).isFalse();
        assertThat(tokens.checkToken(ALICE, token.toUpperCase())).isFalse();
        assertThat(tokens.checkToken(ALICE, token + "0")).isFalse();
        for (String bad : new String[] {"", "-", "dj547f", "dj547f-", "a-b-c", "zzzzzzzzzzzzzz-00", "+dj547f-00", " dj547f-00"}) {
            assertThat(tokens.checkToken(ALICE, bad)).as(bad).isFalse();
        }
        assertThat(tokens.checkToken(ALICE, null)).isFalse();
        assertThat(tokens.checkToken(null, token)).isFalse();
    }

    @Test
    void anotherSecretKeyVoidsTokensUnlessListedAsAFallback() {
        String token = at(NOW).makeToken(ALICE);
        assertThat(at(NOW, "rotated-secret", List.of()).checkToken(ALICE, token)).isFalse();
        assertThat(at(NOW, "rotated-secret", List.of(SECRET)).checkToken(ALICE, token)).isTrue();
        assertThat(at(NOW, "rotated-secret", List.of(SECRET)).makeToken(ALICE)).isNotEqualTo(token);
    }

    @Test
    void aShorterTimeoutIsHonoured() {
        Clock later = Clock.fixed(NOW.plusHours(2).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        String token = at(NOW).makeToken(ALICE);
        assertThat(new PasswordResetTokens(SECRET, List.of(), Duration.ofHours(1), later).checkToken(ALICE, token)).isFalse();
        assertThatThrownBy(() -> new PasswordResetTokens(SECRET, List.of(), Duration.ZERO, later))
                .hasMessage("PASSWORD_RESET_TIMEOUT must be a positive number of seconds, got 0");
        assertThatThrownBy(() -> new PasswordResetTokens("")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTimeoutAndKeyComeFromTheProjectsSettings() {
        PasswordResetTokens tokens = PasswordResetTokens.from(Env.withDefaults(Map.of("PASSWORD_RESET_TIMEOUT", "3600"),
                () -> Project.named("p").secretKey(SECRET).build()).settings());
        assertThat(tokens.timeout()).isEqualTo(Duration.ofHours(1));
        assertThat(tokens.checkToken(ALICE, new PasswordResetTokens(SECRET).makeToken(ALICE))).as("signed with SECRET_KEY")
                .isTrue();
        assertThat(PasswordResetTokens.from(Project.named("p").secretKey(SECRET).build().settings()).timeout())
                .isEqualTo(Duration.ofDays(3));
        assertThatThrownBy(() -> Env.withDefaults(Map.of("PASSWORD_RESET_TIMEOUT", "3 days"), () -> Project.named("p").build()))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The environment variable PASSWORD_RESET_TIMEOUT=\"3 days\" is not valid: set it to a whole"
                        + " number of seconds, e.g. PASSWORD_RESET_TIMEOUT=259200, or unset it for the default.");
    }

    @Test
    void uidsAreDjangosUrlsafeBase64() {
        assertThat(PasswordResetTokens.encodeUid(1)).isEqualTo("MQ");
        assertThat(PasswordResetTokens.encodeUid(42)).isEqualTo("NDI");
        assertThat(PasswordResetTokens.encodeUid("7f0e3c2a-uuid")).isEqualTo("N2YwZTNjMmEtdXVpZA");
        assertThat(PasswordResetTokens.decodeUid("NDI")).contains("42");
        assertThat(PasswordResetTokens.decodeUid("***")).isEmpty();
    }
}
