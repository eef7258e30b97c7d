package dev.hotclub.sessions;

import java.time.Duration;
import java.util.Map;

/**
 * Where sessions are kept (Django's session engines): in the cookie itself, signed
 * ({@link SignedCookieSessionStore}, the default), or on the server under a random key
 * ({@link InMemorySessionStore}, or a store of your own over a database or a cache).
 *
 * <pre>{@code
 * Project.named("mysite").sessionStore(new InMemorySessionStore())...
 * }</pre>
 *
 * A store is shared by all requests and threads. Session data is JSON: maps, lists, strings, numbers,
 * booleans and null, written and read with Jackson.
 */
public interface SessionStore {
    /**
     * The data kept under {@code sessionKey} (the cookie's value), or {@code null} when there is none: an
     * unknown or expired key, a cookie tampered with, signed with another key, or older than {@code maxAge}.
     */
    Map<String, Object> load(String sessionKey, Duration maxAge, String secretKey);

    /**
     * Saves {@code data} for {@code maxAge}, under {@code sessionKey} if it is not {@code null} and still
     * exists, under a new key otherwise; returns the key for the cookie.
     */
    String save(String sessionKey, Map<String, Object> data, Duration maxAge, String secretKey);

    /** Forgets the data kept under {@code sessionKey}; an unknown key is no error. */
    void delete(String sessionKey);
}
