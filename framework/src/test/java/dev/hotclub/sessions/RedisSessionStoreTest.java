package dev.hotclub.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against a real redis-server the test starts. */
class RedisSessionStoreTest {
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void savesLoadsUpdatesAndDeletesAsJsonUnderARandomKey() {
        try (RedisSessionStore store = RedisSessionStore.connect(RedisServer.shared().url())) {
            String key = store.save(null, Map.of("cart", 3, "name", "Zoë"), DAY, null);
            assertThat(key).matches("[a-z0-9]{32}");
            assertThat(store.load(key, DAY, null)).isEqualTo(Map.of("cart", 3, "name", "Zoë"));
            assertThat(store.save(key, Map.of("cart", 4), DAY, null)).isEqualTo(key);
            assertThat(store.load(key, DAY, null)).isEqualTo(Map.of("cart", 4));
            store.delete(key);
            assertThat(store.load(key, DAY, null)).isNull();
            assertThat(store.save(key, Map.of("cart", 5), DAY, null)).isNotEqualTo(key);
        }
    }

    @Test
    void aPlantedKeyIsNeverTakenOverAndTwoInstancesShareSessions() {
        try (RedisSessionStore one = RedisSessionStore.connect(RedisServer.shared().url());
             RedisSessionStore two = RedisSessionStore.connect(RedisServer.shared().url())) {
            assertThat(one.save("chosenbyanattacker0000000000000", Map.of("a", 1), DAY, null))
                    .isNotEqualTo("chosenbyanattacker0000000000000");
            String key = one.save(null, Map.of("user", "7"), DAY, null);
            assertThat(two.load(key, DAY, null)).isEqualTo(Map.of("user", "7"));
        }
    }

    @Test
    void redisExpiresASessionAfterItsAge() throws InterruptedException {
        try (RedisSessionStore store = RedisSessionStore.connect(RedisServer.shared().url())) {
            String key = store.save(null, Map.of("a", 1), Duration.ofSeconds(1), null);
            assertThat(store.load(key, DAY, null)).isNotNull();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (store.load(key, DAY, null) != null && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(store.load(key, DAY, null)).isNull();
        }
    }
}
