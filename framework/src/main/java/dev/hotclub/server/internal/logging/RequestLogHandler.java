package dev.hotclub.server.internal.logging;

import dev.hotclub.utils.ConsoleText;
import dev.hotclub.project.RequestLogFormat;
import io.undertow.server.ExchangeCompletionListener;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Logs each request when it completes, one line in the chosen {@link RequestLogFormat}; by default Django
 * runserver's: {@code [25/Nov/2026 13:46:41] "GET /greetings/Alice/ HTTP/1.1" 200 47} (local time, the request
 * line as the client sent it, the status, the body bytes sent). Control characters from the request are
 * escaped ({@link ConsoleText}), so that a request cannot forge a log line or drive the terminal.
 *
 * <p>It runs for every request, so it is kept cheap: the time is formatted once a second and the line built in
 * one pass; where it goes decides the rest ({@link ConsoleLog} writes the console in batches).
 */
public final class RequestLogHandler implements HttpHandler {
    private static final DateTimeFormatter DJANGO_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter COMMON_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);
    private static final DateTimeFormatter JSON_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static final AttachmentKey<String> NOTE = AttachmentKey.create(String.class);

    private final HttpHandler next;
    private final RequestLogFormat format;
    private final Consumer<String> log;
    private final Clock clock;
    private final SecondClock time;
    private final int numProxies;
    // The formats without a duration share one listener: nothing to allocate per request.
    private final ExchangeCompletionListener logWithoutDuration = (done, nextListener) -> log(done, 0, nextListener);

    public RequestLogHandler(HttpHandler next, Consumer<String> log) {
        this(next, RequestLogFormat.DJANGO, log);
    }

    public RequestLogHandler(HttpHandler next, RequestLogFormat format, Consumer<String> log) {
        this(next, format, 0, log, Clock.systemDefaultZone());
    }

    /**
     * With the project's NUM_PROXIES: above 0, the address logged is the client's as the proxies in front report it
     * in {@code X-Forwarded-For}, as {@code HttpRequest.clientAddress()} reads it.
     */
    public RequestLogHandler(HttpHandler next, RequestLogFormat format, int numProxies, Consumer<String> log) {
        this(next, format, numProxies, log, Clock.systemDefaultZone());
    }

    /** With a clock, for tests: its zone is the zone of the logged times. */
    RequestLogHandler(HttpHandler next, RequestLogFormat format, Consumer<String> log, Clock clock) {
        this(next, format, 0, log, clock);
    }

    private RequestLogHandler(HttpHandler next, RequestLogFormat format, int numProxies, Consumer<String> log, Clock clock) {
        this.numProxies = numProxies;
        this.next = next;
        this.format = format;
        this.log = log;
        this.clock = clock;
        this.time = new SecondClock(switch (format) {
            case DJANGO -> DJANGO_TIME;
            case COMMON, COMBINED -> COMMON_TIME;
            case JSON -> JSON_TIME;
        }, clock.getZone());
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (format == RequestLogFormat.JSON) {
            long start = System.nanoTime();
            exchange.addExchangeCompleteListener((done, nextListener) -> log(done, start, nextListener));
        } else {
            exchange.addExchangeCompleteListener(logWithoutDuration);
        }
        next.handleRequest(exchange);
    }

    /**
     * Leaves the request's {@code dev.hotclub.http.RequestLogNote}s (or nothing, for {@code null}) for its line: the
     * Django format ends with them in brackets, JSON has them as {@code "note"}; the common and combined formats,
     * which other tools parse, leave them out.
     */
    public static void note(HttpServerExchange exchange, String note) {
        if (note != null) {
            exchange.putAttachment(NOTE, note);
        }
    }

    private void log(HttpServerExchange done, long startNanos, ExchangeCompletionListener.NextListener nextListener) {
        try {
            LoggedRequest request = loggedRequest(done, startNanos);
            String time = this.time.format(clock.millis());
            if (log instanceof ConsoleLog console) {
                // Formatted straight into the console's batch: no string per line.
                console.append(batch -> format(batch, format, time, request));
            } else {
                log.accept(format(format, time, request));
            }
        } finally {
            nextListener.proceed();
        }
    }

    /** What the log says of one request, as the exchange gives it (the request's text not yet escaped). */
    record LoggedRequest(String remote, String method, String target, String protocol, int status, long bytes,
                         String referer, String userAgent, long durationNanos, String note) {
        LoggedRequest(String remote, String method, String target, String protocol, int status, long bytes,
                      String referer, String userAgent, long durationNanos) {
            this(remote, method, target, protocol, status, bytes, referer, userAgent, durationNanos, null);
        }
    }

    private LoggedRequest loggedRequest(HttpServerExchange done, long startNanos) {
        String query = done.getQueryString();
        String target = query == null || query.isEmpty() ? done.getRequestURI() : done.getRequestURI() + "?" + query;
        boolean headers = format == RequestLogFormat.COMBINED || format == RequestLogFormat.JSON;
        return new LoggedRequest(
                format == RequestLogFormat.DJANGO ? null : remoteAddress(done), done.getRequestMethod().toString(),
                target, done.getProtocol().toString(), done.getStatusCode(), done.getResponseBytesSent(),
                headers ? done.getRequestHeaders().getFirst(Headers.REFERER) : null,
                headers ? done.getRequestHeaders().getFirst(Headers.USER_AGENT) : null,
                startNanos == 0 ? 0 : System.nanoTime() - startNanos, done.getAttachment(NOTE));
    }

    /** One log line in {@code format}, {@code time} already in the format's form. */
    static String format(RequestLogFormat format, String time, LoggedRequest r) {
        StringBuilder out = new StringBuilder(128);
        format(out, format, time, r);
        return out.toString();
    }

    /** Appends one log line in {@code format} to {@code out}, {@code time} already in the format's form. */
    static void format(StringBuilder out, RequestLogFormat format, String time, LoggedRequest r) {
        switch (format) {
            case DJANGO -> {
                out.append('[').append(time).append("] \"");
                appendRequestLine(out, r, false);
                out.append("\" ").append(r.status()).append(' ').append(r.bytes());
                if (r.note() != null) {
                    out.append(" (").append(ConsoleText.escapeControls(r.note())).append(')');
                }
            }
            case COMMON, COMBINED -> {
                out.append(r.remote()).append(" - - [").append(time).append("] \"");
                appendRequestLine(out, r, true);
                out.append("\" ").append(r.status()).append(' ');
                if (r.bytes() > 0) {
                    out.append(r.bytes());
                } else {
                    out.append('-');
                }
                if (format == RequestLogFormat.COMBINED) {
                    appendQuoted(out.append(' '), r.referer());
                    appendQuoted(out.append(' '), r.userAgent());
                }
            }
            case JSON -> {
                out.append("{\"time\":\"").append(time).append('"');
                appendJson(out, "remote", r.remote());
                appendJson(out, "method", r.method());
                appendJson(out, "path", r.target());
                appendJson(out, "protocol", r.protocol());
                out.append(",\"status\":").append(r.status())
                        .append(",\"bytes\":").append(r.bytes())
                        .append(",\"duration_ms\":").append(r.durationNanos() / 10_000 / 100.0);
                appendJson(out, "referer", r.referer());
                appendJson(out, "user_agent", r.userAgent());
                appendJson(out, "note", r.note());
                out.append('}');
            }
        }
    }

    private static void appendRequestLine(StringBuilder out, LoggedRequest r, boolean quote) {
        appendEscaped(out, r.method(), quote);
        appendEscaped(out.append(' '), r.target(), quote);
        appendEscaped(out.append(' '), r.protocol(), quote);
    }

    private static void appendQuoted(StringBuilder out, String value) {
        if (value == null) {
            out.append("\"-\"");
        } else {
            appendEscaped(out.append('"'), value, true);
            out.append('"');
        }
    }

    // Control characters as runserver's request line writes them (\x1b, \x0a); inside the quoted fields of the
    // common and combined formats a " is \" too, as Apache writes it, so that the field cannot be closed early.
    private static void appendEscaped(StringBuilder out, String text, boolean quote) {
        String escaped = ConsoleText.escapeControls(text);
        out.append(quote && escaped.indexOf('"') >= 0 ? escaped.replace("\"", "\\\"") : escaped);
    }

    // JSON's escapes for quotes, backslashes and C0 controls, and \\u00XX for DEL and the C1 controls as well (a
    // terminal may act on those too): the value comes back exactly when the line is parsed.
    private static void appendJson(StringBuilder out, String key, String value) {
        if (value == null) {
            return;
        }
        out.append(",\"").append(key).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private String remoteAddress(HttpServerExchange exchange) {
        String forwardedFor = numProxies > 0 ? exchange.getRequestHeaders().getFirst(Headers.X_FORWARDED_FOR) : null;
        if (forwardedFor != null && !forwardedFor.isBlank()) {
            String[] addresses = forwardedFor.split(",");
            return addresses[addresses.length - Math.min(numProxies, addresses.length)].trim();
        }
        InetSocketAddress source = exchange.getSourceAddress();
        return source == null || source.getAddress() == null ? "-" : source.getAddress().getHostAddress();
    }
}
