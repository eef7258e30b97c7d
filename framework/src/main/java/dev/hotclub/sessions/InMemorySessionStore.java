package dev.hotclub.sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions kept in this JVM's memory under random 32-character keys (Django's {@code cache} engine over a local
 * memory cache): the cookie holds only the key. Sessions are lost on restart and not shared between processes;
 * for development, tests and single-process sites. Expired sessions are dropped when read, and swept now and
 * then on save.
 */
public final class InMemorySessionStore implements SessionStore {
    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private record Entry(String json, Instant expires) {
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private int savesSinceSweep;

    public InMemorySessionStore() {
        this(Clock.systemUTC());
    }

    /** A store reading the time from {@code clock} (tests). */
    public InMemorySessionStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Map<String, Object> load(String sessionKey, Duration maxAge, String secretKey) {
        Entry entry = sessionKey == null ? null : sessions.get(sessionKey);
        if (entry == null) {
            return null;
        }
        if (!entry.expires().isAfter(clock.instant())) {
            sessions.remove(sessionKey, entry);
            return null;
        }
        try {
            return JSON.readValue(entry.json(), MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A session saved by this store does not read back", e);
        }
    }

    @Override
    public String save(String sessionKey, Map<String, Object> data, Duration maxAge, String secretKey) {
        String json;
        try {
            // Serialized now, as a database store would: later changes to the values do not leak in.
            json = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A session value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        String key = sessionKey != null && sessions.containsKey(sessionKey) ? sessionKey : newKey();
        sessions.put(key, new Entry(json, clock.instant().plus(maxAge)));
        sweepNowAndThen();
        return key;
    }

    @Override
    public void delete(String sessionKey) {
        if (sessionKey != null) {
            sessions.remove(sessionKey);
        }
    }

    /** How many sessions are kept, expired ones not yet swept included. */
    public int size() {
        return sessions.size();
    }

    private String newKey() {
        while (true) {
            StringBuilder key = new StringBuilder(32);
            for (int i = 0; i < 32; i++) {
                key.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
            }
            if (sessions.putIfAbsent(key.toString(), new Entry("{}", clock.instant().plusSeconds(60))) == null) {
                return key.toString();
            }
        }
    }

    private void sweepNowAndThen() {
        synchronized (this) {
            if (++savesSinceSweep < 1000) {
                return;
            }
            savesSinceSweep = 0;
        }
        Instant now = clock.instant();
        sessions.values().removeIf(e -> !e.expires().isAfter(now));
    }

    @Override
    public String toString() {
        return "InMemorySessionStore[" + sessions.size() + " sessions]";
    }
}
