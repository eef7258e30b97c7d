package dev.hotclub.server.internal;

import dev.hotclub.http.BadRequest;
import dev.hotclub.http.Cookie;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.QueryDict;
import dev.hotclub.http.TooManyFieldsSent;
import dev.hotclub.http.UploadedFile;
import dev.hotclub.http.internal.PercentEncoding;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Between Undertow's exchange and Hotclub's request and response. Runs on a worker thread, blocking; writing the
 * response of a {@code NonBlockingView} runs on the IO thread, where it never blocks.
 */
public final class UndertowExchanges {
    /** Django's {@code DATA_UPLOAD_MAX_MEMORY_SIZE}: a larger body that is not a file upload is refused. */
    static final int MAX_BODY_BYTES = 2_621_440;
    // Built once: the factory only holds the parser definition, and each request gets its own parser from it.
    private static final FormParserFactory MULTIPART = FormParserFactory.builder(false)
            .addParser(new MultiPartParserDefinition().setDefaultEncoding("UTF-8"))
            .build();

    // A response class whose body is HttpResponse's byte array (not a FileResponse, not a class streaming its own).
    private static final ClassValue<Boolean> IN_MEMORY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("writeBody", OutputStream.class).getDeclaringClass() == HttpResponse.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    private UndertowExchanges() {
    }

    /** Reads the request, its body included; the exchange must be in blocking mode. */
    public static HttpRequest toRequest(HttpServerExchange exchange) throws IOException {
        HttpRequest.Builder builder = requestHead(exchange);
        if (exchange.isRequestComplete()) {
            // No body (a GET without Content-Length): Undertow has ended the request already; reading the empty
            // stream would still take a pooled buffer.
            return builder.body(new byte[0]).build();
        }
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/form-data")) {
            readMultipart(exchange, builder);
        } else {
            builder.body(readBody(exchange.getInputStream()));
        }
        return builder.build();
    }

    /** The request line and the headers, without the body. */
    public static HttpRequest.Builder requestHead(HttpServerExchange exchange) {
        HttpRequest.Builder builder = HttpRequest.builder(exchange.getRequestMethod().toString(), path(exchange))
                .queryString(exchange.getQueryString())
                .scheme(exchange.getRequestScheme())
                .host(exchange.getHostAndPort())
                .protocol(exchange.getProtocol().toString())
                .remoteAddress(exchange.getSourceAddress() == null ? null
                        : exchange.getSourceAddress().getAddress().getHostAddress());
        HeaderMap headers = exchange.getRequestHeaders();
        // Undertow's allocation-free iteration over the headers.
        for (long cookie = headers.fastIterateNonEmpty(); cookie != -1L; cookie = headers.fiNextNonEmpty(cookie)) {
            HeaderValues values = headers.fiCurrent(cookie);
            String name = values.getHeaderName().toString();
            for (int i = 0; i < values.size(); i++) {
                builder.header(name, values.get(i));
            }
        }
        return builder;
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

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new BadRequest("Request body exceeded " + MAX_BODY_BYTES
                    + " bytes (Django's DATA_UPLOAD_MAX_MEMORY_SIZE); send large data as a multipart file upload.");
        }
        return body;
    }

    private static void readMultipart(HttpServerExchange exchange, HttpRequest.Builder builder) throws IOException {
        FormDataParser parser = MULTIPART.createParser(exchange);
        FormData data = parser.parseBlocking();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, List<UploadedFile>> files = new LinkedHashMap<>();
        int count = 0;
        for (String name : data) {
            for (FormData.FormValue value : data.get(name)) {
                if (++count > QueryDict.MAX_FIELDS) {
                    throw new TooManyFieldsSent();
                }
                if (value.isFileItem()) {
                    FormData.FileItem item = value.getFileItem();
                    byte[] bytes = item.isInMemory() ? item.getInputStream().readAllBytes() : null;
                    files.computeIfAbsent(name, k -> new ArrayList<>()).add(new UploadedFile(name, value.getFileName(),
                            value.getHeaders() == null ? null : value.getHeaders().getFirst(Headers.CONTENT_TYPE),
                            item.getFileSize(), bytes, item.isInMemory() ? null : item.getFile()));
                } else {
                    fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value.getValue());
                }
            }
        }
        builder.form(QueryDict.of(fields)).files(files);
    }

    /**
     * Deletes the temporary files of the request's uploads, once its response is written. Undertow deletes them
     * when the exchange completes too, but a server stopped right after a response may not get that far.
     */
    public static void deleteUploads(HttpRequest request) {
        for (List<UploadedFile> files : request.FILES().values()) {
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
        HeaderMap headers = exchange.getResponseHeaders();
        response.headers().forEach((name, value) -> headers.add(HttpString.tryFromString(name), value));
        for (Cookie cookie : response.cookies()) {
            headers.add(Headers.SET_COOKIE, cookie.toHeaderValue());
        }
        boolean bodyless = response.status() == 204 || response.status() == 304;
        long length = response.contentLength();
        if (length >= 0 && !bodyless) {
            exchange.setResponseContentLength(length);
        }
        if (exchange.getRequestMethod().equals(Methods.HEAD) || bodyless) {
            exchange.endExchange();
        } else if (IN_MEMORY.get(response.getClass())) {
            // The body is already in memory: Undertow's sender writes it to the socket from this array with the
            // headers, where the output stream would first copy it into a pooled buffer of its own.
            exchange.getResponseSender().send(ByteBuffer.wrap(response.content()));
        } else if (exchange.isInIoThread()) {
            // A streamed body (a file) blocks while it is written: not on the IO thread, whatever the view promised.
            exchange.dispatch((HttpHandler) worker -> writeStreamed(worker, response));
        } else {
            writeStreamed(exchange, response);
        }
    }

    private static void writeStreamed(HttpServerExchange exchange, HttpResponse response) throws IOException {
        if (!exchange.isBlocking()) {
            exchange.startBlocking();
        }
        try (OutputStream out = exchange.getOutputStream()) {
            response.writeBody(out);
        }
        exchange.endExchange();
    }
}
