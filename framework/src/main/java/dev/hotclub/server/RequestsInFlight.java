package dev.hotclub.server;

import dev.hotclub.server.RequestInFlight;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import java.util.List;

/**
 * Keeps the requests being served, so that a stopping server can say which ones outlived the grace period and
 * the dev server can report one that runs too long. The handler serving the view marks the thread running it
 * through the exchange's {@link #KEY} attachment.
 */
public final class RequestsInFlight implements HttpHandler {
    public static final AttachmentKey<RequestInFlight> KEY = AttachmentKey.create(RequestInFlight.class);

    private final HttpHandler next;
    private final InFlightSlots running = new InFlightSlots();

    public RequestsInFlight(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        RequestInFlight request = new RequestInFlight(exchange.getRequestMethod().toString(), exchange.getRequestURI(),
                exchange.getQueryString());
        exchange.putAttachment(KEY, request);
        running.add(request);
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            running.remove(request);
            nextListener.proceed();
        });
        next.handleRequest(exchange);
    }

    /** The requests being served now, oldest first. */
    public List<RequestInFlight> snapshot() {
        return running.snapshot().stream().sorted((a, b) -> b.age().compareTo(a.age())).toList();
    }

    /** Marks the calling thread as running the exchange's view, until {@link #done(HttpServerExchange)}. */
    public static void running(HttpServerExchange exchange) {
        RequestInFlight request = exchange.getAttachment(KEY);
        if (request != null) {
            request.runningOn(Thread.currentThread());
        }
    }

    public static void done(HttpServerExchange exchange) {
        RequestInFlight request = exchange.getAttachment(KEY);
        if (request != null) {
            request.runningOn(null);
        }
    }
}
