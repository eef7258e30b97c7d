package dev.hotclub.sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.SetParams;

/**
 * Sessions in Redis (Django's {@code cache} engine over a Redis cache), with Jedis: shared by every instance of a
 * site and kept across restarts, each session a key that Redis expires by itself after SESSION_COOKIE_AGE. Values are
 * JSON, never Java serialization, so a redeployed or reloaded application reads what an older one wrote.
 *
 * <pre>{@code
 * Project.named("mysite").set(SessionMiddleware.SESSION_ENGINE, RedisSessionStore.connect("redis://127.0.0.1:6379/0"))
 * }</pre>
 */
public final class RedisSessionStore implements SessionStore, AutoCloseable {
    /** Before each session key, so that sessions share a Redis database with other data. */
    public static final String KEY_PREFIX = "hotclub.sessions:";

    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final RedisClient redis;
    private final SecureRandom random = new SecureRandom();

    private RedisSessionStore(RedisClient redis) {
        this.redis = redis;
    }

    /** A store on the Redis at {@code url} ({@code redis://[:password@]host:port/db}, {@code rediss://} for TLS), pooled. */
    public static RedisSessionStore connect(String url) {
        return new RedisSessionStore(RedisClient.create(URI.create(url)));
    }

    @Override
    public Map<String, Object> load(String sessionKey, Duration maxAge, String secretKey) {
        if (sessionKey == null || sessionKey.length() < 8 || sessionKey.length() > 40) {
            return null;
        }
        String json = redis.get(KEY_PREFIX + sessionKey);
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            return null; // not a session this store wrote: an empty session
        }
    }

    @Override
    public String save(String sessionKey, Map<String, Object> data, Duration maxAge, String secretKey) {
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A session value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        long seconds = Math.max(1, maxAge.toSeconds());
        // XX: only over a session that still exists; a key planted by a client, or expired, is never taken over.
        if (sessionKey != null && "OK".equals(redis.set(KEY_PREFIX + sessionKey, json, SetParams.setParams().xx().ex(seconds)))) {
            return sessionKey;
        }
        while (true) {
            String key = newKey();
            if ("OK".equals(redis.set(KEY_PREFIX + key, json, SetParams.setParams().nx().ex(seconds)))) {
                return key;
            }
        }
    }

    @Override
    public void delete(String sessionKey) {
        if (sessionKey != null) {
            redis.del(KEY_PREFIX + sessionKey);
        }
    }

    private String newKey() {
        StringBuilder key = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            key.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
        }
        return key.toString();
    }

    /** Closes the connection pool. */
    @Override
    public void close() {
        redis.close();
    }

    @Override
    public String toString() {
        return "RedisSessionStore";
    }
}
