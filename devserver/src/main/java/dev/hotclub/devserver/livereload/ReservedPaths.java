package dev.hotclub.devserver.livereload;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

/**
 * Answers the paths under {@value LiveReload#RESERVED_PREFIX} before anything else (the project's URLconf, the
 * wait for a reload under way): the live-reload events and the SharedWorker's script. Any other path goes on
 * to the dev server's handler.
 */
final class ReservedPaths implements HttpHandler {

    private final HttpHandler next;
    private final HttpHandler events;
    private final String worker;

    ReservedPaths(HttpHandler next, HttpHandler events, String worker) {
        this.next = next;
        this.events = events;
        this.worker = worker;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        if (!path.startsWith(LiveReload.RESERVED_PREFIX)) {
            next.handleRequest(exchange);
            return;
        }
        boolean get = exchange.getRequestMethod().equals(Methods.GET);
        if (get && path.equals(LiveReload.EVENTS)) {
            events.handleRequest(exchange);
        } else if (get && path.equals(LiveReload.WORKER)) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/javascript; charset=utf-8");
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
            exchange.getResponseSender().send(worker);
        } else {
            exchange.setStatusCode(404);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
            exchange.getResponseSender().send("Not found: the dev server keeps the paths under "
                + LiveReload.RESERVED_PREFIX + " for itself (" + LiveReload.EVENTS + ", " + LiveReload.WORKER
                + "); they never reach the project.\n");
        }
    }
}
