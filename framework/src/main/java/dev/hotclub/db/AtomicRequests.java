package dev.hotclub.db;

import dev.hotclub.db.internal.ConnectionScope;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.Middleware;

/**
 * Django's {@code ATOMIC_REQUESTS}: each request's work on the default database in one transaction, committed when
 * the response is not a server error and rolled back when it is (a view that threw has become its 500 by then),
 * so a view's writes land together or not at all. Put it after the session and CSRF middleware.
 *
 * <pre>{@code
 * Project.named("mysite").middleware(..., new AtomicRequests())
 * }</pre>
 */
public final class AtomicRequests implements Middleware {
    @Override
    public HttpResponse process(HttpRequest request, Next next) throws Exception {
        var databases = java.util.List.of(DatabaseSettings.DEFAULT);
        for (String alias : databases) {
            ConnectionScope.enter(alias, false);
        }
        HttpResponse response;
        try {
            response = next.proceed(request);
        } catch (Exception | Error e) {
            databases.forEach(alias -> ConnectionScope.exit(alias, false));
            throw e;
        }
        boolean commit = response.status() < 500;
        databases.forEach(alias -> ConnectionScope.exit(alias, commit));
        return response;
    }
}
