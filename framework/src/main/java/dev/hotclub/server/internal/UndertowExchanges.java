package dev.hotclub.server.internal;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.UploadedFile;
import dev.hotclub.http.internal.PercentEncoding;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** Between Undertow's exchange and Hotclub's request and response; writing runs on a worker thread, blocking. */
public final class UndertowExchanges {
    private UndertowExchanges() {
    }

    /** The request, with its {@code body} received beforehand ({@link RequestBodyReader}). */
    public static HttpRequest toRequest(HttpServerExchange exchange, ReceivedBody body) {
        HttpRequest.Builder builder = HttpRequest.builder(exchange.getRequestMethod().toString(), path(exchange))
                .queryString(exchange.getQueryString())
                .scheme(exchange.getRequestScheme())
                .host(exchange.getHostAndPort())
                .serverPort(exchange.getDestinationAddress() == null ? 80 : exchange.getDestinationAddress().getPort())
                .protocol(exchange.getProtocol().toString())
                .remoteAddress(exchange.getSourceAddress() == null ? null
                        : exchange.getSourceAddress().getAddress().getHostAddress());
        for (HeaderValues values : exchange.getRequestHeaders()) {
            for (String value : values) {
                builder.header(values.getHeaderName().toString(), value);
            }
        }
        return body.applyTo(builder).build();
    }

    /**
     * The request's path as Django's {@code request.path}, decoded from the request line by Hotclub (the server
     * tells Undertow not to decode it): Undertow's own path drops {@code ;params} and would decode differently.
     */
    public static String path(HttpServerExchange exchange) {
        String target = exchange.getRequestURI();
        if (!target.startsWith("/")) {
            // The absolute form, GET http://host/path HTTP/1.1 (or OPTIONS *): Undertow has split off the host.
            int scheme = target.indexOf("://");
            int slash = scheme < 0 ? -1 : target.indexOf('/', scheme + 3);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        return PercentEncoding.decodePath(target);
    }

    /** The length of the request line as sent: {@code GET /path?query HTTP/1.1}, without its CRLF. */
    public static int requestLineLength(HttpServerExchange exchange) {
        String query = exchange.getQueryString();
        return exchange.getRequestMethod().length() + 1 + exchange.getRequestURI().length()
                + (query == null || query.isEmpty() ? 0 : 1 + query.length()) + 1 + exchange.getProtocol().length();
    }

    /**
     * Answers 414 with a short page, on the IO thread (nothing of the project runs for such a request), and closes
     * the connection: its request line was read whole, but nothing says what else the client will send.
     */
    public static void sendRequestLineTooLong(HttpServerExchange exchange, int length, int limit) {
        exchange.setStatusCode(414);
        exchange.setPersistent(false);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getResponseSender().send("<h1>Request-URI Too Large (414)</h1><p>The request line is " + length
                + " bytes long; this server accepts at most " + limit + ". Send long data in a POST body.</p>");
    }

    /**
     * Deletes the temporary files of the request's uploads, once its response is written. Undertow deletes them
     * when the exchange completes too, but a server stopped right after a response may not get that far.
     */
    public static void deleteUploads(Map<String, List<UploadedFile>> uploads) {
        for (List<UploadedFile> files : uploads.values()) {
            for (UploadedFile file : files) {
                if (file.file() != null) {
                    try {
                        Files.deleteIfExists(file.file());
                    } catch (IOException e) {
                        // A temporary file that cannot be deleted is not the client's problem.
                    }
                }
            }
        }
    }

    /** Writes {@code response}; for HEAD the headers only, with the length the body would have. */
    public static void write(HttpServerExchange exchange, HttpResponse response) throws IOException {
        exchange.setStatusCode(response.status());
        for (Map.Entry<String, String> line : response.headerLines()) {
            exchange.getResponseHeaders().add(HttpString.tryFromString(line.getKey()), line.getValue());
        }
        long length = response.contentLength();
        if (length >= 0 && response.status() != 204 && response.status() != 304) {
            exchange.setResponseContentLength(length);
        }
        if (!exchange.getRequestMethod().equals(Methods.HEAD) && response.status() != 204 && response.status() != 304) {
            try (OutputStream out = exchange.getOutputStream()) {
                response.writeBody(out);
            }
        }
        exchange.endExchange();
    }
}
