package dev.hotclub.server;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Limits;
import dev.hotclub.project.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slow, stalled and oversized clients cost no worker thread and are cut at the configured limits")
class SlowClientsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BlockingQueue<String> log = new LinkedBlockingQueue<>();
    private final List<Socket> sockets = new ArrayList<>();
    private HotclubServer server;

    @BeforeEach
    void start() {
        Project project = Project.named("slow").allowedHosts("127.0.0.1", "localhost", "x")
                .urls(path("hello/", request -> HttpResponse.ok("hello")))
                .limits(Limits.defaults().withHeaderTimeout(TIMEOUT).withReadTimeout(TIMEOUT))
                .build();
        server = HotclubServer.start(new ProjectHandler(project), "127.0.0.1", 0, log::add, project.settings().get(Limits.LIMITS));
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.close();
    }

    private Socket open(String firstBytes) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout((int) TIMEOUT.multipliedBy(5).toMillis());
        sockets.add(socket);
        socket.getOutputStream().write(firstBytes.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private long millisToGetHello() throws Exception {
        long start = System.nanoTime();
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/hello/"))
                .timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
        assertEquals("hello", response.body());
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    @DisplayName("200 clients that never send their body and 200 that trickle their headers: others are served at once,"
            + " and the stalled ones are closed after the timeout")
    void stalledClients() throws Exception {
        millisToGetHello(); // warm up
        List<Socket> bodiless = new ArrayList<>();
        List<Socket> tricklers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            bodiless.add(open("POST /hello/ HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n"));
            tricklers.add(open("GET /hello/ HTTP/1.1\r\nHost: x\r\nX-Slow: "));
        }
        long started = System.nanoTime();
        Thread trickle = new Thread(() -> {
            // One more header byte on every trickling connection, every 200 ms, until the server closes it.
            while (!Thread.currentThread().isInterrupted()) {
                for (Socket socket : tricklers) {
                    try {
                        socket.getOutputStream().write('a');
                    } catch (IOException closed) {
                        // the server cut it
                    }
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        trickle.start();
        try {
            // Well within the timeout: the request did not wait for any stalled client.
            long millis = millisToGetHello();
            assertTrue(millis < TIMEOUT.toMillis() / 2, "answered in " + millis + " ms");
            for (Socket socket : bodiless) {
                assertClosedByServer(socket);
            }
            for (Socket socket : tricklers) {
                assertClosedByServer(socket);
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            assertTrue(seconds >= TIMEOUT.toSeconds() - 1, "closed after " + seconds + " s, before the timeout");
        } finally {
            trickle.interrupt();
            trickle.join();
        }
        assertTrue(RequestBodyTest.eventually(() -> server.requestsInFlight().isEmpty()), server.requestsInFlight().toString());
        millisToGetHello();
    }

    @Test
    @DisplayName("a connection that never sends a request, one kept alive with no next request and a body that stops"
            + " half-way are closed after the read timeout; a body that keeps coming slowly is read to its end")
    void stalledConnections() throws Exception {
        Socket silent = open("");
        Socket keptAlive = open("GET /hello/ HTTP/1.1\r\nHost: x\r\n\r\n");
        Socket halfBody = open("POST /hello/ HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 10"
                + "\r\n\r\nabc");
        Socket slowBody = open("POST /hello/ HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 8"
                + "\r\nConnection: close\r\n\r\n");
        long started = System.nanoTime();
        // One byte of the slow body every half timeout: 8 bytes take longer than two timeouts, but it never stalls
        // for one.
        for (int i = 0; i < 8; i++) {
            Thread.sleep(TIMEOUT.toMillis() / 2);
            slowBody.getOutputStream().write('a');
            slowBody.getOutputStream().flush();
        }
        String answer = new String(slowBody.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertTrue(answer.startsWith("HTTP/1.1 200 OK") && answer.endsWith("hello"), answer);
        String first = readAnswer(keptAlive);
        assertTrue(first.startsWith("HTTP/1.1 200 OK"), first);
        assertClosedByServer(silent);
        assertClosedByServer(keptAlive);
        assertClosedByServer(halfBody);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        assertTrue(seconds >= TIMEOUT.toSeconds() - 1, "closed after " + seconds + " s, before the timeout");
        assertTrue(RequestBodyTest.eventually(() -> server.requestsInFlight().isEmpty()), server.requestsInFlight().toString());
        assertTrue(RequestBodyTest.eventually(() -> log.stream().anyMatch(line -> line.contains("\"POST /hello/ HTTP/1.1\" 400 0"))),
                "the cut body is logged as a 400 with nothing sent: " + log);
    }

    // What has come on the socket so far (one answer of a kept-alive connection).
    private static String readAnswer(Socket socket) throws IOException {
        byte[] buffer = new byte[4096];
        int n = socket.getInputStream().read(buffer);
        return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.US_ASCII);
    }

    /** The server closed the connection without an answer (a read of -1, or a reset), within the socket's timeout. */
    private static void assertClosedByServer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            byte[] buffer = new byte[1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                String got = new String(buffer, 0, n, StandardCharsets.US_ASCII);
                assertTrue(!got.startsWith("HTTP/1.1 200"), "a stalled request was answered: " + got);
            }
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("the server did not close a stalled connection", e);
        } catch (IOException reset) {
            // closed
        }
    }

    @Test
    @DisplayName("a request head past maxHeaderBytes is not read further: the connection is closed")
    void headerCap() throws Exception {
        Socket socket = open("GET /hello/ HTTP/1.1\r\nHost: x\r\n");
        OutputStream out = socket.getOutputStream();
        byte[] line = ("X-Filler-" + "a".repeat(10) + ": " + "b".repeat(30_000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
            for (int sent = 0; sent < 300_000; sent += line.length) {
                out.write(line);
            }
        } catch (IOException closed) {
            // the server stopped reading and closed the connection
        }
        assertClosedByServer(socket);
    }

    @Test
    @DisplayName("a request line past maxRequestLineBytes is a 414 with a short page, logged")
    void requestLineTooLong() throws Exception {
        String target = "/hello/?q=" + "a".repeat(9000);
        String response = RawHttp.exchange(server.port(), "GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals("HTTP/1.1 414 Request-URI Too Large", RawHttp.statusLine(response));
        assertEquals("<h1>Request-URI Too Large (414)</h1><p>The request line is 9023 bytes long; this server accepts"
                + " at most 8190. Send long data in a POST body.</p>", RawHttp.body(response));
        String logged = log.poll(10, TimeUnit.SECONDS);
        assertTrue(logged != null && logged.contains(" 414 "), logged);
        String fits = "/hello/?q=" + "a".repeat(8000);
        assertEquals("HTTP/1.1 200 OK", RawHttp.statusLine(RawHttp.exchange(server.port(),
                "GET " + fits + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")));
    }
}
