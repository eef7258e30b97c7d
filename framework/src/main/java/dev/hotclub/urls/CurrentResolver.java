package dev.hotclub.urls;

import java.util.concurrent.Callable;

/**
 * The resolver of the project serving the request this thread runs: what {@code reverse("greetings:home")} and
 * {@code redirect(...)} use, since neither is given the request (Django's {@code set_urlconf}/{@code get_urlconf}).
 * The request handler sets it around each request and removes it afterwards, so no thread keeps an old project
 * generation alive. Settings are not read this way: they come with the request ({@code request.settings()}).
 */
public final class CurrentResolver {
    private static final ThreadLocal<Resolver> CURRENT = new ThreadLocal<>();

    private CurrentResolver() {
    }

    /** The resolver of the request this thread serves, or {@code null} outside a request. */
    public static Resolver get() {
        return CURRENT.get();
    }

    /**
     * The resolver of the request this thread serves; outside a request an {@link IllegalStateException} saying that
     * {@code call} needs one and what to use instead.
     */
    public static Resolver require(String call) {
        Resolver resolver = CURRENT.get();
        if (resolver == null) {
            throw new IllegalStateException(call + " was called outside a request: it needs the project serving"
                    + " the request. Call it from a view or middleware; in a test, use client.reverse(...) of the"
                    + " test Client; elsewhere, project.resolver().reverse(...).");
        }
        return resolver;
    }

    /** Runs {@code work} with {@code resolver} current on this thread, then puts back what was there. */
    public static <T> T run(Resolver resolver, Callable<T> work) throws Exception {
        Resolver outer = CURRENT.get();
        CURRENT.set(resolver);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
