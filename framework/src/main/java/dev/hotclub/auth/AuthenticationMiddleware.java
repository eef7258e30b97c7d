package dev.hotclub.auth;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.Middleware;
import dev.hotclub.http.RequestUser;
import dev.hotclub.sessions.Session;

/**
 * Django's {@code AuthenticationMiddleware}: gives each request {@code request.user()}, the logged-in user or the
 * anonymous user, looked up from the session on first use (a request that never asks runs no query). Goes after
 * {@code SessionMiddleware}.
 */
public final class AuthenticationMiddleware implements Middleware {
    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        if (request.attribute(Session.ATTRIBUTE) == null) {
            throw new IllegalStateException("AuthenticationMiddleware needs SessionMiddleware before it: put new"
                    + " SessionMiddleware() (dev.hotclub.middleware) ahead of new AuthenticationMiddleware() in the"
                    + " project's middleware (Django's admin.E410)");
        }
        request.setAttribute(RequestUser.ATTRIBUTE, new RequestUser.Lazy(() -> Auth.getUser(request)));
        return next.proceed(request);
    }

    @Override
    public String toString() {
        return "AuthenticationMiddleware";
    }
}
