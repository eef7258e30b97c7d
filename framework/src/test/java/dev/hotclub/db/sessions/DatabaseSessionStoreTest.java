package dev.hotclub.db.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.auth.AuthDatabases;
import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseSessionStoreTest {
    private static final String KEY = "auth-test-secret-key-that-is-long-enough-for-the-checks-0123456789";
    private static final Duration TWO_WEEKS = Duration.ofDays(14);

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void savesLoadsUpdatesAndDeletesUnderARandomKey(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor)) {
            DatabaseSessionStore store = new DatabaseSessionStore();
            String key = store.save(null, Map.of("cart", 3), TWO_WEEKS, KEY);
            assertThat(key).matches("[a-z0-9]{32}");
            assertThat(store.load(key, TWO_WEEKS, KEY)).isEqualTo(Map.of("cart", 3));
            assertThat(store.save(key, Map.of("cart", 4), TWO_WEEKS, KEY)).isEqualTo(key);
            assertThat(store.load(key, TWO_WEEKS, KEY)).isEqualTo(Map.of("cart", 4));
            assertThat(store.load(key, TWO_WEEKS, "another-secret-key")).isNull();
            store.delete(key);
            assertThat(store.load(key, TWO_WEEKS, KEY)).isNull();
            // A key that is not in the table (planted, or deleted) is never reused: a new one is made.
            assertThat(store.save("plantedbyanattacker00000000000000", Map.of("a", 1), TWO_WEEKS, KEY))
                    .isNotEqualTo("plantedbyanattacker00000000000000");
            assertThat(store.load("short", TWO_WEEKS, KEY)).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void expiredSessionsReadAsNoneAndClearsessionsDeletesThem(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor)) {
            MovingClock clock = new MovingClock();
            DatabaseSessionStore store = new DatabaseSessionStore(DatabaseSettings.DEFAULT, clock);
            String old = store.save(null, Map.of("a", 1), Duration.ofHours(1), KEY);
            String fresh = store.save(null, Map.of("b", 2), Duration.ofHours(3), KEY);
            clock.now = clock.now.plus(Duration.ofHours(2));
            assertThat(store.load(old, TWO_WEEKS, KEY)).isNull();
            assertThat(store.load(fresh, TWO_WEEKS, KEY)).isEqualTo(Map.of("b", 2));
            assertThat(store.clearExpired()).isEqualTo(1);
            assertThat(store.clearExpired()).isZero();
            assertThat(store.load(fresh, TWO_WEEKS, KEY)).isEqualTo(Map.of("b", 2));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void readsTheSessionDataDjangoWrites(Vendor vendor) {
        // Django 3.2: signing.dumps(..., salt='django.contrib.sessions.SessionStore', serializer=JSONSerializer, compress=True)
        String django = ".eJyrVopPLC3JiC8tTi2Kz0xRslIyV9JBFktKTM5OzQNJpGQl5qXn6yXn55UUZSbpgZToQWWL9XzzU1JznKBqdZTKMoszS1KBukqKSl"
                + "NrATdwJJU:1xa1Xx:bADhY-G-bBvlLJgXCnJSL7uSISNvw3S56Ki74zqw-R0";
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor)) {
            DatabaseSessionStore store = new DatabaseSessionStore();
            String key = store.save(null, Map.of(), TWO_WEEKS, KEY);
            dev.hotclub.db.internal.ConnectionScope.withConnection(DatabaseSettings.DEFAULT, c -> {
                try (var update = c.prepareStatement("UPDATE django_session SET session_data = ? WHERE session_key = ?")) {
                    update.setString(1, django);
                    update.setString(2, key);
                    return update.executeUpdate();
                }
            });
            assertThat(store.load(key, TWO_WEEKS, KEY)).isEqualTo(Map.of("_auth_user_id", "7",
                    "_auth_user_backend", "django.contrib.auth.backends.ModelBackend", "visited", true));
        }
    }
}
