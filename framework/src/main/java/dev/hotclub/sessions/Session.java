package dev.hotclub.sessions;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotclub.http.RequestAttribute;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The visitor's session, Django's {@code request.session}: a map of JSON values kept between requests by the
 * project's {@link SessionStore}, read with {@code request.session()}.
 *
 * <pre>{@code
 * static HttpResponse vote(HttpRequest request) {
 *     Session session = request.session();
 *     if (session.contains("has_voted")) {
 *         return HttpResponse.forbidden("<p>You already voted.</p>");
 *     }
 *     session.put("has_voted", true);
 *     ...
 * }
 * }</pre>
 *
 * Values are stored as JSON (what Jackson writes): {@code put} stores a copy, so change a value and
 * {@code put} it again (or call {@link #markModified()}) to have the change saved. The session is loaded on
 * first use and saved by {@code SessionMiddleware} when modified, unless the response is a 500.
 */
public final class Session {
    /** Where {@code SessionMiddleware} hands the session to the view. */
    public static final RequestAttribute<Session> ATTRIBUTE = RequestAttribute.of("session", Session.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SessionStore store;
    private final Duration maxAge;
    // Read when the session is loaded or saved, so that a request that never touches its session needs no key.
    private final java.util.function.Supplier<String> secretKey;
    private String sessionKey;
    private Map<String, Object> data;
    private boolean accessed;
    private boolean modified;

    /** A session over the key the client sent ({@code null}: none), loaded from {@code store} on first use. */
    public Session(SessionStore store, String sessionKey, Duration maxAge, String secretKey) {
        this(store, sessionKey, maxAge, () -> secretKey);
    }

    /** As {@link #Session(SessionStore, String, Duration, String)}, the key asked for only when the store needs it. */
    public Session(SessionStore store, String sessionKey, Duration maxAge, java.util.function.Supplier<String> secretKey) {
        this.store = store;
        this.sessionKey = sessionKey == null || sessionKey.isEmpty() ? null : sessionKey;
        this.maxAge = maxAge;
        this.secretKey = secretKey;
    }

    private Map<String, Object> data() {
        accessed = true;
        if (data == null) {
            Map<String, Object> loaded = sessionKey == null ? null : store.load(sessionKey, maxAge, secretKey.get());
            if (loaded == null) {
                // Unknown, expired or tampered with: an empty session, whose key is not reused.
                sessionKey = null;
                loaded = new LinkedHashMap<>();
            }
            data = loaded;
        }
        return data;
    }

    /** The value under {@code key}, or {@code null}. */
    public Object get(String key) {
        return data().get(key);
    }

    /** The value under {@code key} as a {@code type} (Jackson converts: an {@code Integer} to {@code Long}, a map to a record), or {@code null}. */
    public <T> T get(String key, Class<T> type) {
        Object value = get(key);
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return JSON.convertValue(value, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The session value '" + key + "' is " + value + ", not a "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The value under {@code key}, or {@code defaultValue} when there is none. */
    public Object getOrDefault(String key, Object defaultValue) {
        Object value = get(key);
        return value != null || contains(key) ? value : defaultValue;
    }

    /** Stores a JSON copy of {@code value}; a value Jackson cannot write is an error naming the key. */
    public Session put(String key, Object value) {
        Object json;
        try {
            json = JSON.convertValue(value, Object.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The session value '" + key + "' (a " + value.getClass().getName()
                    + ") cannot be stored: session values must be JSON (maps, lists, strings, numbers, booleans,"
                    + " or objects Jackson writes). " + e.getMessage(), e);
        }
        data().put(key, json);
        modified = true;
        return this;
    }

    /** Removes {@code key}, returning its value or {@code null}. */
    public Object remove(String key) {
        Map<String, Object> d = data();
        if (!d.containsKey(key)) {
            return null;
        }
        modified = true;
        return d.remove(key);
    }

    public boolean contains(String key) {
        return data().containsKey(key);
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(data().keySet());
    }

    /** An unmodifiable view of the values. */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(data());
    }

    /** Removes every value; the key stays (Django's {@code clear}). */
    public void clear() {
        data = new LinkedHashMap<>();
        accessed = true;
        modified = true;
    }

    /** Removes every value and the stored session, and drops the cookie (logging out: Django's {@code flush}). */
    public void flush() {
        clear();
        if (sessionKey != null) {
            store.delete(sessionKey);
        }
        sessionKey = null;
    }

    /**
     * Keeps the values under a new key, forgetting the old one (on login, against session fixation: Django's
     * {@code cycle_key}).
     */
    public void cycleKey() {
        Map<String, Object> values = data();
        String old = sessionKey;
        sessionKey = null;
        data = values;
        modified = true;
        if (old != null) {
            store.delete(old);
        }
    }

    /** Tells the middleware to save the session (after changing a value in place). */
    public void markModified() {
        modified = true;
    }

    /** The key the cookie holds, {@code null} before the session is first saved. */
    public String sessionKey() {
        return sessionKey;
    }

    /** Whether the view read or wrote the session (the response then varies on {@code Cookie}). */
    public boolean accessed() {
        return accessed;
    }

    public boolean modified() {
        return modified;
    }

    /** No key and no values (Django's {@code is_empty}): the middleware then deletes the cookie. */
    public boolean isEmpty() {
        return sessionKey == null && (data == null || data.isEmpty());
    }

    /** Saves the values in the store and returns the key for the cookie (the middleware calls it). */
    public String save() {
        sessionKey = store.save(sessionKey, data(), maxAge, secretKey.get());
        return sessionKey;
    }

    @Override
    public String toString() {
        return "Session" + (data == null ? "[not loaded]" : data);
    }
}
