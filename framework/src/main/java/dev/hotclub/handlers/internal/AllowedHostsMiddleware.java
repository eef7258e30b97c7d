package dev.hotclub.handlers.internal;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.Middleware;

/**
 * Checks every request's host against ALLOWED_HOSTS before anything else sees it, as Django's
 * {@code CommonMiddleware} does by calling {@code request.get_host()}: a host not allowed is a
 * {@link dev.hotclub.http.DisallowedHost}, answered with a 400.
 */
public final class AllowedHostsMiddleware implements Middleware {
    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        request.host();
        return next.proceed(request);
    }
}
