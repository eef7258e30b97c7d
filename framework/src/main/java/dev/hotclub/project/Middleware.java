package dev.hotclub.project;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;

/**
 * Code around every view (Django's middleware): it sees the request first, decides whether to call the rest
 * of the chain, and may change the response on its way back.
 *
 * <pre>{@code
 * Middleware timing = (request, next) -> {
 *     long start = System.nanoTime();
 *     HttpResponse response = next.proceed(request);
 *     return response.header("Server-Timing", "view;dur=" + (System.nanoTime() - start) / 1_000_000);
 * };
 * Project.named("mysite").middleware(timing)...
 * }</pre>
 *
 * Middleware is given in the order Django's {@code MIDDLEWARE} list is: the first one is the outermost. The
 * request has no {@link HttpRequest#resolverMatch()} yet; an exception thrown by the view (such as
 * {@code Http404}) passes through {@code next.proceed} and becomes an error page after the chain.
 */
@FunctionalInterface
public interface Middleware {
    HttpResponse process(HttpRequest request, Next next) throws Exception;

    /** The rest of the chain: the next middleware, and at the end the view. */
    @FunctionalInterface
    interface Next {
        HttpResponse proceed(HttpRequest request) throws Exception;
    }
}
