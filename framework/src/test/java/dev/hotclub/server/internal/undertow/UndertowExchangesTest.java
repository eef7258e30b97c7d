package dev.hotclub.server.internal.undertow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.HttpResponse;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.BlockingHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A response written by a worker thread is sent, and its exchange ended, on the connection's IO thread")
class UndertowExchangesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<String> completedOn = new LinkedBlockingQueue<>();
    private Undertow server;

    private int start(boolean onWorker, Supplier<HttpResponse> response) {
        HttpHandler write = exchange -> UndertowExchanges.write(exchange, response.get());
        server = Undertow.builder().addHttpListener(0, "127.0.0.1").setIoThreads(1).setWorkerThreads(2)
                .setHandler(exchange -> {
                    exchange.addExchangeCompleteListener((done, next) -> {
                        completedOn.add((done.isInIoThread() ? "io " : "not io ") + Thread.currentThread().getName());
                        next.proceed();
                    });
                    if (onWorker) {
                        exchange.dispatch(write);
                    } else {
                        write.handleRequest(exchange);
                    }
                }).build();
        server.start();
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @ParameterizedTest(name = "{0} of a {1}-byte body, {2}, written on a worker: {3}")
    @CsvSource({
            "GET, 5, 200, true",
            "GET, 200000, 200, true",
            "HEAD, 5, 200, true",
            "GET, 0, 204, true",
            "GET, 5, 200, false",
    })
    void endsOnTheIoThread(String method, int size, int status, boolean onWorker) throws Exception {
        String body = "x".repeat(size);
        int port = start(onWorker, () -> new HttpResponse(body, status));
        requestThrice(port, method, status, body, true);
    }

    @Test
    @DisplayName("an exchange in blocking mode (inside a BlockingHandler) is written by its worker, blocking")
    void blockingModeWritesOnTheWorker() throws Exception {
        String body = "b".repeat(100_000);
        HttpHandler write = exchange -> UndertowExchanges.write(exchange, new HttpResponse(body, 200));
        server = Undertow.builder().addHttpListener(0, "127.0.0.1").setIoThreads(1).setWorkerThreads(2)
                .setHandler(new BlockingHandler(exchange -> {
                    exchange.addExchangeCompleteListener((done, next) -> {
                        completedOn.add((done.isInIoThread() ? "io " : "not io ") + Thread.currentThread().getName());
                        next.proceed();
                    });
                    write.handleRequest(exchange);
                })).build();
        server.start();
        requestThrice(((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort(), "GET", 200, body,
                false);
    }

    private void requestThrice(int port, String method, int status, String body, boolean endsOnIoThread)
            throws Exception {
        int size = body.length();
        for (int i = 0; i < 3; i++) {
            // Three requests on one kept-alive connection: each must find the connection ready for it.
            java.net.http.HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/")).method(method, BodyPublishers.noBody()).build(),
                    BodyHandlers.ofString());
            assertEquals(status, response.statusCode());
            assertEquals(method.equals("HEAD") ? "" : body, response.body());
            if (status != 204) {
                assertEquals(String.valueOf(size), response.headers().firstValue("Content-Length").orElse("none"));
            }
            String thread = completedOn.poll(10, TimeUnit.SECONDS);
            assertTrue(thread != null && (endsOnIoThread ? thread.startsWith("io ") && thread.contains("I/O")
                    : thread.startsWith("not io ") && thread.contains("task")), "request " + (i + 1) + " ended on " + thread);
        }
    }
}
