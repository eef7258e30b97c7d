package dev.hotclub.server.internal;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Logs each request when it completes, in Django runserver's format:
 * {@code [25/Nov/2026 13:46:41] "GET /greetings/Alice/ HTTP/1.1" 200 47} (local time, the request line as the
 * client sent it, the status, the body bytes sent).
 */
public final class RequestLogHandler implements HttpHandler {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy HH:mm:ss", Locale.ENGLISH);

    private final HttpHandler next;
    private final Consumer<String> log;

    public RequestLogHandler(HttpHandler next, Consumer<String> log) {
        this.next = next;
        this.log = log;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            try {
                log.accept(line(ZonedDateTime.now(), done.getRequestMethod().toString(), requestTarget(done),
                        done.getProtocol().toString(), done.getStatusCode(), done.getResponseBytesSent()));
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    private static String requestTarget(HttpServerExchange exchange) {
        String query = exchange.getQueryString();
        return exchange.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** One log line. */
    public static String line(ZonedDateTime time, String method, String target, String protocol, int status, long bytes) {
        return "[" + TIME.format(time) + "] \"" + method + " " + target + " " + protocol + "\" " + status + " " + bytes;
    }
}
