package dev.hotclub.middleware;

import dev.hotclub.http.Cookie;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.middleware.internal.CurrentProject;
import dev.hotclub.middleware.internal.VaryHeaders;
import dev.hotclub.project.Middleware;
import dev.hotclub.project.Project;
import dev.hotclub.project.SecuritySettings;
import dev.hotclub.sessions.Session;

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

    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        Project project = CurrentProject.get("SessionMiddleware");
        SecuritySettings settings = project.security();
        String sent = request.cookie(COOKIE_NAME);
        Session session = new Session(settings.sessionStore(), sent, settings.sessionCookieAge(), project::secretKey);
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
                    .withMaxAge(settings.sessionCookieAge())
                    .withHttpOnly(true)
                    .withSecure(settings.sessionCookieSecure())
                    .withSameSite("Lax"));
        }
        return response;
    }

    @Override
    public String toString() {
        return "SessionMiddleware";
    }
}
