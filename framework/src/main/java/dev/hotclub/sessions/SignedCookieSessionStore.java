package dev.hotclub.sessions;

import dev.hotclub.signing.BadSignature;
import dev.hotclub.signing.Signing;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code signed_cookies} session engine, the default: the session is the cookie, its data compressed
 * JSON signed with the project's {@code SECRET_KEY} (Django's format, so a Django 3.2 project with the same
 * key reads Hotclub's cookie and the other way round). Nothing is kept on the server; a cookie tampered with,
 * signed with another key or older than {@code SESSION_COOKIE_AGE} is an empty session. The data can be read
 * by the client (it is signed, not encrypted): keep secrets out of it.
 */
public final class SignedCookieSessionStore implements SessionStore {
    /** The salt Django's signed-cookie engine signs with. */
    public static final String SALT = "django.contrib.sessions.backends.signed_cookies";

    @Override
    public Map<String, Object> load(String sessionKey, Duration maxAge, String secretKey) {
        Object data;
        try {
            data = Signing.loads(sessionKey, secretKey, SALT, maxAge);
        } catch (BadSignature e) {
            return null;
        }
        if (!(data instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    @Override
    public String save(String sessionKey, Map<String, Object> data, Duration maxAge, String secretKey) {
        return Signing.dumps(data, secretKey, SALT, true);
    }

    @Override
    public void delete(String sessionKey) {
        // The data lives in the cookie, which the middleware deletes.
    }

    @Override
    public String toString() {
        return "SignedCookieSessionStore";
    }
}
