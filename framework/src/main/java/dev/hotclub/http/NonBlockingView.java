package dev.hotclub.http;

/**
 * A view that promises never to block: no file, socket or database access, no lock or sleep, only work on what
 * the request carries and what is already in memory, answering a response whose body is in memory. The production
 * server may call such a view on Undertow's IO thread, where it reads the request, skipping the hand-off to a
 * worker thread that every other view gets (see docs/HTTP.md, "Views served on the IO thread").
 *
 * <pre>{@code
 * path("greetings/<str:name>/", View.nonBlocking(Views::greet), "greet")
 * }</pre>
 *
 * A view that blocks anyway stalls every connection its IO thread serves (one IO thread per core): mark only views
 * that are truly quick.
 */
@FunctionalInterface
public interface NonBlockingView extends View {
}
