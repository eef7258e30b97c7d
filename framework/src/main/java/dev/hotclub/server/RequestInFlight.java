package dev.hotclub.server;

import io.undertow.server.HttpServerExchange;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A request the server is serving right now, as {@link HotclubServer#requestsInFlight()} lists them: what was asked,
 * since when, and the thread running its view (null while its body is still being received).
 */
public final class RequestInFlight {
    private final String method;
    private final String path;
    private final String query;
    private final long startedNanos;
    private volatile Thread thread;
    // Where InFlightSlots keeps it while it runs.
    private AtomicReferenceArray<RequestInFlight> segment;
    private int index;

    /** A request for {@code path} (as sent, percent-encoded) and {@code query} (null or empty for none). */
    public RequestInFlight(String method, String path, String query) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.startedNanos = System.nanoTime();
    }

    /**
     * The server's record of {@code exchange}: present when a {@link HotclubServer} is serving it (the record
     * {@link HotclubServer#requestsInFlight()} lists), empty for an exchange that did not come through one.
     */
    public static Optional<RequestInFlight> of(HttpServerExchange exchange) {
        return Optional.ofNullable(exchange.getAttachment(RequestsInFlight.KEY));
    }

    public String method() {
        return method;
    }

    /** The request target as the client sent it: the path, still percent-encoded, and the query. */
    public String target() {
        // Built when asked (rarely): every request gets a RequestInFlight, few are ever listed.
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** How long the request has been running. */
    public Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** The thread running the view, or null while the body is being received (no thread is held then). */
    public Thread thread() {
        return thread;
    }

    /** Called by the thread that starts running the view; cleared when it is done. */
    public void runningOn(Thread thread) {
        this.thread = thread;
    }

    void enteredSlot(AtomicReferenceArray<RequestInFlight> segment, int index) {
        this.segment = segment;
        this.index = index;
    }

    void leaveSlot() {
        // Written by the thread that completes the exchange; the slot's reference was published by the CAS that
        // took it, and a request leaves once.
        if (segment != null) {
            segment.setRelease(index, null);
            segment = null;
        }
    }

    @Override
    public String toString() {
        Thread running = thread;
        return method + " " + target() + (running == null ? "" : " (thread " + running.getName() + ")");
    }
}
