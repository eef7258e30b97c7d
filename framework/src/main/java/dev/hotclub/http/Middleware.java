package dev.hotclub.http;

import dev.hotclub.urls.ResolverMatch;

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
 * Project.named("mysite").middleware(new SecurityMiddleware(), ..., timing)...
 * }</pre>
 *
 * Middleware is given in the order Django's {@code MIDDLEWARE} list is: the first one is the outermost. As in
 * Django, {@code next.proceed} always returns a response: an exception thrown further in (a {@code Http404}
 * from the view, a missing URL, an error in inner middleware) has already become its error page (404, 500,
 * ...), so every middleware sees the response of every request. The request has no
 * {@link HttpRequest#resolverMatch()} yet: the URL is resolved after the last middleware, then each
 * middleware's {@link #processView} runs, then the view. docs/HTTP.md shows the default list and its order.
 */
@FunctionalInterface
public interface Middleware {
    HttpResponse process(HttpRequest request, Next next) throws Exception;

    /**
     * Django's {@code process_view}: called, in middleware order, once the URL is resolved and before the view
     * runs, with the request the view will get ({@code match} is also its {@code resolverMatch()}). Return a
     * response to answer without calling the view (nor the later middleware's hooks), or {@code null} to go on.
     */
    default HttpResponse processView(HttpRequest request, ResolverMatch match) throws Exception {
        return null;
    }

    /** The rest of the chain: the next middleware, and at the end the view. */
    @FunctionalInterface
    interface Next {
        HttpResponse proceed(HttpRequest request) throws Exception;
    }
}
