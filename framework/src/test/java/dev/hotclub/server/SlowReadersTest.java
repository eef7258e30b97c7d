package dev.hotclub.server;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Clients that never read their large response hold no worker thread")
class SlowReadersTest {
    private static final int FOUR_MB = 4 * 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;
    private final List<Socket> sockets = new ArrayList<>();
    private HotclubServer server;

    @BeforeEach
    void start() throws IOException {
        Path staticDir = Files.createDirectories(dir.resolve("static"));
        byte[] big = new byte[FOUR_MB];
        Arrays.fill(big, (byte) 'x');
        Files.write(staticDir.resolve("big.bin"), big);
        String page = "y".repeat(FOUR_MB);
        Project project = Project.named("slowreaders").allowedHosts("127.0.0.1", "x").baseDir(dir)
                .urls(path("hello/", request -> HttpResponse.ok("hello")),
                        path("big/", request -> HttpResponse.ok(page)))
                .build();
        server = HotclubServer.start(project, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.close();
    }

    /** A client that asks for {@code target} and never reads a byte of the answer. */
    private void openNonReader(String target) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096); // before connecting, so the window stays small
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
        sockets.add(socket);
        socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    private long millisToGetHello() throws Exception {
        long start = System.nanoTime();
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/hello/"))
                .timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
        assertEquals("hello", response.body());
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    @DisplayName("32 clients that never read a 4 MB page and 32 that never read a 4 MB static file: a normal request"
            + " is answered within 1 s")
    void slowReadersDoNotDelayOthers() throws Exception {
        millisToGetHello(); // warm up
        for (int i = 0; i < 32; i++) {
            openNonReader("/big/");
            openNonReader("/static/big.bin");
        }
        // Every one of them answered and left to the IO threads: no request is still running (before the fix,
        // their workers stayed blocked in the write for the write timeout, 60 s). Waiting for that keeps the
        // making of 64 pages of 4 MB on a loaded machine out of the figure.
        RequestBodyTest.eventually(() -> server.requestsInFlight().isEmpty());
        for (int i = 0; i < 5; i++) {
            long millis = millisToGetHello();
            System.out.println("SlowReadersTest: with 64 clients not reading 4 MB, /hello/ answered in " + millis + " ms");
            assertTrue(millis < 1000, "answered in " + millis + " ms");
        }
    }

    @Test
    @DisplayName("a large page and a large static file still arrive whole to a client that reads them")
    void largeResponsesArriveWhole() throws Exception {
        var page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/big/"))
                .build(), BodyHandlers.ofByteArray());
        assertEquals(FOUR_MB, page.body().length);
        var file = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/static/big.bin"))
                .build(), BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals(String.valueOf(FOUR_MB), file.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(FOUR_MB, file.body().length);
        assertTrue(new String(file.body(), StandardCharsets.US_ASCII).chars().allMatch(c -> c == 'x'));
    }
}
