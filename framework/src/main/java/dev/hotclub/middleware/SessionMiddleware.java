package dev.hotclub.middleware;

import dev.hotclub.http.Cookie;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import dev.hotclub.middleware.internal.VaryHeaders;
import dev.hotclub.http.Middleware;
import dev.hotclub.sessions.Session;
import dev.hotclub.sessions.SessionStore;
import dev.hotclub.sessions.SignedCookieSessionStore;
import java.time.Duration;

/**
 * Django's {@code SessionMiddleware}: gives each request its {@link Session} ({@code request.session()}),
 * keyed by the {@code sessionid} cookie, and on the way out saves a modified session and sets the cookie
 * ({@code HttpOnly}, {@code SameSite=Lax}, {@code Secure} with {@code sessionCookieSecure(true)}, for
 * {@code SESSION_COOKIE_AGE}: two weeks), deletes the cookie of a session emptied or flushed, and adds
 * {@code Vary: Cookie} when the view read the session. A 500 response saves nothing. Sessions are kept by the
 * project's {@code sessionStore} (signed cookies by default, which need the project's {@code secretKey}).
 */
public final class SessionMiddleware implements Middleware {
    /** Django's {@code SESSION_COOKIE_NAME}. */
    public static final String COOKIE_NAME = "sessionid";
    /** Django's {@code SESSION_COOKIE_AGE}: two weeks. */
    public static final Setting<Duration> SESSION_COOKIE_AGE = Setting.seconds("SESSION_COOKIE_AGE",
            Duration.ofDays(14), "How long a session lasts (a whole number of seconds in the environment).");
    /** Django's {@code SESSION_COOKIE_SECURE}: send the {@code sessionid} cookie over https only (off by default). */
    public static final Setting<Boolean> SESSION_COOKIE_SECURE = Setting.bool("SESSION_COOKIE_SECURE", false,
            "Send the sessionid cookie over https only.");
    /** Django's {@code SESSION_ENGINE}: where sessions are kept, signed cookies by default; set in code. */
    public static final Setting<SessionStore> SESSION_ENGINE = Setting.<SessionStore>codeOnly("SESSION_ENGINE",
            new SignedCookieSessionStore(), "Where sessions are kept: new SignedCookieSessionStore() (default) or"
                    + " new InMemorySessionStore().").checkedBy(store -> {
                        if (store == null) {
                            throw new IllegalArgumentException("sessionStore needs a store, e.g. new"
                                    + " SignedCookieSessionStore() or new InMemorySessionStore(); got null");
                        }
                    });

    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        Settings settings = request.settings();
        String sent = request.cookie(COOKIE_NAME);
        Session session = new Session(settings.get(SESSION_ENGINE), sent, settings.get(SESSION_COOKIE_AGE),
                settings::secretKey);
        request.setAttribute(Session.ATTRIBUTE, session);
        HttpResponse response = next.proceed(request);
        if (sent != null && session.isEmpty()) {
            response.setCookie(Cookie.of(COOKIE_NAME, "").withMaxAge(java.time.Duration.ZERO).withSameSite("Lax"));
            VaryHeaders.patch(response, "Cookie");
            return response;
        }
        if (session.accessed()) {
            VaryHeaders.patch(response, "Cookie");
        }
        if (session.modified() && !session.isEmpty() && response.status() != 500) {
            String key = session.save();
            response.setCookie(Cookie.of(COOKIE_NAME, key)
                    .withMaxAge(settings.get(SESSION_COOKIE_AGE))
                    .withHttpOnly(true)
                    .withSecure(settings.get(SESSION_COOKIE_SECURE))
                    .withSameSite("Lax"));
        }
        return response;
    }

    @Override
    public String toString() {
        return "SessionMiddleware";
    }
}
