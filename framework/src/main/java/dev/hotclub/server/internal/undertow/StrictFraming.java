package dev.hotclub.server.internal.undertow;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;

/**
 * RFC 9112's framing rules where Undertow's parser is lenient, for a server with no proxy in front: a request whose
 * {@code Transfer-Encoding} is anything but {@code chunked} alone ({@code chunked, identity}, {@code xchunked},
 * {@code gzip, chunked}...) has a body whose end cannot be found surely (section 6.3: "the server MUST respond with
 * the 400 (Bad Request) status code and then close the connection"). Undertow read {@code chunked, identity} as
 * chunked and {@code xchunked} to the end of the connection; a proxy that reads them otherwise would see another
 * request where Undertow sees a body (request smuggling). Two Content-Length or Transfer-Encoding lines, or both
 * headers, Undertow refuses itself. A folded header line (obs-fold) is joined with a space, as section 5.2 allows.
 * The chunks themselves are read by {@link StrictChunkedSource}.
 */
public final class StrictFraming implements HttpHandler {
    private final HttpHandler next;

    public StrictFraming(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HeaderValues codings = exchange.getRequestHeaders().get(Headers.TRANSFER_ENCODING);
        if (codings == null || codings.size() == 1 && codings.getFirst().strip().equalsIgnoreCase("chunked")) {
            next.handleRequest(exchange);
            return;
        }
        exchange.setStatusCode(400);
        exchange.setPersistent(false);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getResponseSender().send("<h1>Bad Request (400)</h1><p>Transfer-Encoding must be \"chunked\" alone:"
                + " with any other coding the request's body cannot be framed surely (RFC 9112, section 6.3), so the"
                + " connection is closed.</p>");
    }
}
