package dev.hotclub.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionAuthHashTest {
    private static final String PASSWORD = "pbkdf2_sha256$260000$seasalt$YlZ2Vggtqdc61YjArZuoApoBh9JNGYoDRBUGu6tcJQo=";

    @Test
    void theHashIsDjangosForTheSameKey() {
        // Django 3.2: User(password=PASSWORD).get_session_auth_hash() with SECRET_KEY='hotclub-test-secret'.
        assertThat(SessionAuthHash.of(PASSWORD, "hotclub-test-secret"))
                .isEqualTo("b7a37d2bb12ff0a5e303168c439a6a09af45d36dcc934b7b8d87b3037518c2c4");
    }

    @Test
    void aPasswordChangeOrAnotherKeyVoidsTheStoredHash() {
        String stored = SessionAuthHash.of(PASSWORD, "old-key");
        assertThat(SessionAuthHash.matches(stored, PASSWORD, "old-key", List.of())).isTrue();
        assertThat(SessionAuthHash.matches(stored, PASSWORD + "x", "old-key", List.of())).isFalse();
        assertThat(SessionAuthHash.matches(stored, PASSWORD, "new-key", List.of())).isFalse();
        assertThat(SessionAuthHash.matches(stored, PASSWORD, "new-key", List.of("old-key"))).isTrue();
        assertThat(SessionAuthHash.matches(null, PASSWORD, "old-key", List.of())).isFalse();
    }
}
