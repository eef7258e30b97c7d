package dev.hotclub.auth;

import dev.hotclub.auth.hashers.PasswordHashers;
import dev.hotclub.auth.models.AbstractUser;
import dev.hotclub.auth.models.AnonymousUser;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.tokens.SessionAuthHash;
import dev.hotclub.conf.Settings;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.RequestUser;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.sessions.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Django's {@code django.contrib.auth} functions: {@link #authenticate}, {@link #login}, {@link #logout},
 * {@link #updateSessionAuthHash}, and {@link #getUser} (what {@link AuthenticationMiddleware} runs for
 * {@code request.user()}). The session holds Django's three keys, so a Django site sharing the SECRET_KEY, the
 * signed-cookie sessions and the user table sees the same login.
 */
public final class Auth {
    /** Django's {@code SESSION_KEY}: the user's primary key, as text. */
    public static final String SESSION_KEY = "_auth_user_id";
    /** Django's {@code BACKEND_SESSION_KEY}. */
    public static final String BACKEND_SESSION_KEY = "_auth_user_backend";
    /** Django's {@code HASH_SESSION_KEY}: the session auth hash, which a password change invalidates. */
    public static final String HASH_SESSION_KEY = "_auth_user_hash";
    /** Django's {@code REDIRECT_FIELD_NAME}. */
    public static final String REDIRECT_FIELD_NAME = "next";
    /** The one backend, under Django's name for it (Django's session then reads the same). */
    public static final String MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend";

    private Auth() {
    }

    /**
     * Django's {@code authenticate} with its {@code ModelBackend}: the active user of that username whose password
     * matches, else empty. An outdated hash is renewed. A username that matches nobody costs one hash as a known
     * one does, so the time does not tell which usernames exist.
     */
    public static Optional<AbstractUser> authenticate(Settings settings, String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        UserModel<? extends AbstractUser> users = UserModel.of(settings);
        PasswordHashers hashers = users.hashers();
        Optional<? extends AbstractUser> found = users.getByNaturalKey(username);
        if (found.isEmpty()) {
            hashers.checkPasswordForNoUser(password);
            return Optional.empty();
        }
        AbstractUser user = found.get();
        if (user.checkPassword(password, hashers) && user.isActive) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /**
     * Django's {@code login}: keeps {@code user} in the session under a new key (against session fixation; a
     * session of another user is emptied first), stores the session auth hash, gives the visitor a new CSRF
     * token, sets {@code request.user()} and the user's {@code last_login}.
     */
    public static void login(HttpRequest request, AbstractUser user) {
        Session session = request.session();
        String secretKey = request.settings().secretKey();
        String hash = user.getSessionAuthHash(secretKey);
        String storedId = session.get(SESSION_KEY, String.class);
        if (storedId != null) {
            String storedHash = session.get(HASH_SESSION_KEY, String.class);
            if (!storedId.equals(String.valueOf(user.pk()))
                    || storedHash == null || !SessionAuthHash.matches(storedHash, user.password, secretKey, List.of())) {
                // Another user's session, or one whose hash is stale: nothing of it is kept.
                session.flush();
            } else {
                session.cycleKey();
            }
        } else {
            session.cycleKey();
        }
        session.put(SESSION_KEY, String.valueOf(user.pk()));
        session.put(BACKEND_SESSION_KEY, MODEL_BACKEND);
        session.put(HASH_SESSION_KEY, hash);
        setUser(request, user);
        try {
            CsrfViewMiddleware.rotateToken(request);
        } catch (IllegalStateException noCsrfMiddleware) {
            // No CSRF middleware: no token to rotate.
        }
        // Django's update_last_login receiver of user_logged_in.
        user.lastLogin = Instant.now();
        if (user.pk() != null) {
            user.saveFields("lastLogin");
        }
    }

    /** Django's {@code logout}: the session is emptied and forgotten, {@code request.user()} is anonymous. */
    public static void logout(HttpRequest request) {
        request.session().flush();
        setUser(request, AnonymousUser.INSTANCE);
    }

    /**
     * Django's {@code update_session_auth_hash}: after {@code user} changed their password, keeps this session
     * logged in (new key, new hash) while every other session of the user ends.
     */
    public static void updateSessionAuthHash(HttpRequest request, AbstractUser user) {
        Session session = request.session();
        session.cycleKey();
        if (String.valueOf(user.pk()).equals(session.get(SESSION_KEY, String.class))) {
            session.put(HASH_SESSION_KEY, user.getSessionAuthHash(request.settings().secretKey()));
        }
    }

    /**
     * Django's {@code get_user}: the user the session names, if the backend is Django's model backend and the
     * stored hash matches the user's password now; otherwise the session is emptied and the user is anonymous.
     */
    public static RequestUser getUser(HttpRequest request) {
        Session session = request.session();
        String id = session.get(SESSION_KEY, String.class);
        if (id == null) {
            return AnonymousUser.INSTANCE;
        }
        if (!MODEL_BACKEND.equals(session.get(BACKEND_SESSION_KEY, String.class))) {
            return AnonymousUser.INSTANCE;
        }
        Optional<? extends AbstractUser> user = UserModel.of(request.settings()).getById(parseId(id));
        if (user.isEmpty() || !user.get().isActive) {
            // Django's ModelBackend.get_user: a deactivated account's sessions end at its next request.
            return AnonymousUser.INSTANCE;
        }
        String stored = session.get(HASH_SESSION_KEY, String.class);
        Settings settings = request.settings();
        if (stored == null || !SessionAuthHash.matches(stored, user.get().password, settings.secretKey(), List.of())) {
            session.flush();
            return AnonymousUser.INSTANCE;
        }
        return user.get();
    }

    private static Object parseId(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static void setUser(HttpRequest request, RequestUser user) {
        RequestUser.Lazy lazy = request.attribute(RequestUser.ATTRIBUTE);
        if (lazy == null) {
            request.setAttribute(RequestUser.ATTRIBUTE, new RequestUser.Lazy(() -> user));
        } else {
            lazy.set(user);
        }
    }
}
