package dev.hotclub.server.internal.undertow;

import dev.hotclub.http.Cookie;
import dev.hotclub.http.FileResponse;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.UploadedFile;
import dev.hotclub.utils.PercentEncoding;
import io.undertow.connector.PooledByteBuffer;
import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Between Undertow's exchange and Hotclub's request and response. A body in memory and a file are written without
 * blocking: Undertow's sender writes what the socket takes and leaves the rest to the IO thread, so a client that
 * reads slowly (or not at all) holds no worker thread, only its connection, until the write timeout. Only a response
 * that streams its own body ({@link HttpResponse#writeBody} overridden) is written blocking, on a worker thread.
 */
public final class UndertowExchanges {
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

    // Bodies up to this size are copied into one pooled direct buffer before they are sent (Undertow's buffers are
    // 16 KB by default; a larger body is sent from its array).
    private static final int DIRECT_COPY_LIMIT = 16 * 1024;

    private UndertowExchanges() {
    }

    /** The request at {@code path} (decoded, {@link #path}), with its {@code body} received beforehand. */
    public static HttpRequest toRequest(HttpServerExchange exchange, String path, ReceivedBody body) {
        return body.applyTo(requestHead(exchange, path)).build();
    }

    /** The request line and the headers, without the body; {@code path} as {@link #path} decoded it. */
    public static HttpRequest.Builder requestHead(HttpServerExchange exchange, String path) {
        HttpRequest.Builder builder = HttpRequest.builder(exchange.getRequestMethod().toString(), path)
                .queryString(exchange.getQueryString())
                .scheme(exchange.getRequestScheme())
                .host(exchange.getHostAndPort())
                .serverPort(exchange.getDestinationAddress() == null ? 80 : exchange.getDestinationAddress().getPort())
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
        if (uploads.isEmpty()) {
            return;
        }
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
            onIoThread(exchange, HttpServerExchange::endExchange);
        } else if (IN_MEMORY.get(response.getClass())) {
            ByteBuffer body = response.contentBuffer();
            onIoThread(exchange, io -> sendInMemory(io, body));
        } else if (response instanceof FileResponse file) {
            sendFile(exchange, file.file());
        } else if (exchange.isInIoThread()) {
            // A streamed body (a file) blocks while it is written: not on the IO thread, whatever the view promised.
            exchange.dispatch((HttpHandler) worker -> writeStreamed(worker, response));
        } else {
            writeStreamed(exchange, response);
        }
    }

    /**
     * Runs {@code send} on the exchange's IO thread: at once when this is it, else once the worker's handler returns.
     * The exchange then ends on the IO thread, which is what Undertow's connection expects: an exchange ended on a
     * worker thread hands the connection back to the IO thread through a compare-and-set that the IO thread spins on
     * when the next request arrives meanwhile, and on a machine with fewer cores than busy threads (a container with
     * one CPU) the spinning IO thread keeps the worker that would end it off the core for a whole time slice.
     */
    private static void onIoThread(HttpServerExchange exchange, HttpHandler send) throws IOException {
        // An exchange put in blocking mode (ProjectHandler inside a BlockingHandler of the application's) has a
        // blocking sender, which must not run on the IO thread: it is written here, as before.
        if (exchange.isInIoThread() || exchange.isBlocking()) {
            try {
                send.handleRequest(exchange);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        } else {
            exchange.dispatch(exchange.getIoThread(), send);
        }
    }

    /**
     * Sends a body already in memory with Undertow's sender (the output stream would copy it into a buffer of its own
     * first). The exchange is not in blocking mode, so what the socket does not take now is written later by the IO
     * thread. A body that fits one of the connection's pooled direct buffers is copied there, as Undertow's own
     * {@code send(String)} does: a heap buffer given to the socket is copied by the JDK into a temporary direct
     * buffer anyway, through a thread-local cache that cost more than this copy.
     */
    private static void sendInMemory(HttpServerExchange exchange, ByteBuffer body) {
        PooledByteBuffer pooled = body.remaining() <= DIRECT_COPY_LIMIT
                ? exchange.getConnection().getByteBufferPool().allocate() : null;
        if (pooled == null || pooled.getBuffer().remaining() < body.remaining()) {
            if (pooled != null) {
                pooled.close();
            }
            exchange.getResponseSender().send(body);
            return;
        }
        ByteBuffer direct = pooled.getBuffer();
        direct.put(body).flip();
        exchange.getResponseSender().send(direct, new IoCallback() {
            @Override
            public void onComplete(HttpServerExchange done, Sender sender) {
                pooled.close();
                IoCallback.END_EXCHANGE.onComplete(done, sender);
            }

            @Override
            public void onException(HttpServerExchange failed, Sender sender, IOException exception) {
                pooled.close();
                IoCallback.END_EXCHANGE.onException(failed, sender, exception);
            }
        });
    }

    /** Sends {@code file} with the sender's file transfer (sendfile where the system has it), without blocking. */
    private static void sendFile(HttpServerExchange exchange, Path file) throws IOException {
        FileChannel channel = FileChannel.open(file);
        exchange.getResponseSender().transferFrom(channel, new IoCallback() {
            @Override
            public void onComplete(HttpServerExchange done, Sender sender) {
                closeQuietly(channel);
                IoCallback.END_EXCHANGE.onComplete(done, sender);
            }

            @Override
            public void onException(HttpServerExchange failed, Sender sender, IOException exception) {
                closeQuietly(channel);
                IoCallback.END_EXCHANGE.onException(failed, sender, exception);
            }
        });
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // a file opened for reading: nothing was lost
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
