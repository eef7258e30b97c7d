package dev.hotclub.server;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Limits;
import dev.hotclub.project.Project;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Stopping the server: requests in flight finish, a stuck view does not keep the process alive")
class ShutdownTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
    private final StringBuffer everything = new StringBuffer();
    private Process process;
    private Thread reader;

    @AfterEach
    void kill() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    /** Starts {@link ShutdownFixture} with this grace period; returns its port. */
    private int startProcess(Duration grace) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ShutdownFixture.class.getName(),
                String.valueOf(grace.toMillis())).redirectErrorStream(true).start();
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    everything.append(line).append('\n');
                    output.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        String line = awaitLine("PORT ");
        return Integer.parseInt(line.substring("PORT ".length()));
    }

    private String awaitLine(String prefix) throws InterruptedException {
        while (true) {
            String line = output.poll(30, TimeUnit.SECONDS);
            assertNotNull(line, "no line starting with \"" + prefix + "\"; the process said:\n" + everything);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    private static CompletableFuture<java.net.http.HttpResponse<String>> get(int port, String path) {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                BodyHandlers.ofString());
    }

    @Test
    @DisplayName("SIGTERM with a sleeping view in flight: the view's 200 is sent, then the process exits")
    void sleepingViewFinishes() throws Exception {
        int port = startProcess(Duration.ofSeconds(20));
        var response = get(port, "/sleep/");
        awaitLine("sleeping");
        process.destroy(); // SIGTERM
        var answered = response.get(20, TimeUnit.SECONDS);
        assertEquals(200, answered.statusCode());
        assertEquals("slept", answered.body());
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "still running after the request finished:\n" + everything);
        assertEquals(0, process.exitValue(), "a drained server exits 0, as a supervisor expects of SIGTERM");
    }

    @Test
    @DisplayName("SIGTERM with a view stuck in a loop: the process exits once the grace period is over")
    void loopingViewDoesNotHoldTheProcess() throws Exception {
        int port = startProcess(Duration.ofSeconds(1));
        get(port, "/loop/");
        awaitLine("looping");
        process.destroy();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the process is still alive:\n" + everything);
    }

    @Test
    @DisplayName("SIGTERM on an idle server: the process exits at once")
    void idleServerExits() throws Exception {
        startProcess(Duration.ofSeconds(30));
        process.destroy();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the process is still alive:\n" + everything);
        assertEquals(0, process.exitValue());
    }

    @Test
    @DisplayName("close() for embedders waits for the request in flight, which gets its 200, and refuses new connections")
    void closeWaitsForRequestsInFlight() throws Exception {
        CountDownLatch viewStarted = new CountDownLatch(1);
        Project project = Project.named("embedded").allowedHosts("127.0.0.1", "localhost")
                .urls(path("sleep/", request -> {
                    viewStarted.countDown();
                    Thread.sleep(1000);
                    return HttpResponse.ok("slept");
                }))
                .limits(Limits.defaults().withShutdownGrace(Duration.ofSeconds(20)))
                .build();
        HotclubServer server = HotclubServer.start(new ProjectHandler(project), "127.0.0.1", 0, line -> { });
        var response = get(server.port(), "/sleep/");
        assertTrue(viewStarted.await(20, TimeUnit.SECONDS));
        assertEquals(1, server.requestsInFlight().size());
        assertEquals("GET /sleep/", server.requestsInFlight().get(0).method() + " " + server.requestsInFlight().get(0).target());
        server.close();
        assertEquals("slept", response.get(20, TimeUnit.SECONDS).body());
        var refused = get(server.port(), "/sleep/");
        try {
            refused.get(20, TimeUnit.SECONDS);
            throw new AssertionError("a closed server answered");
        } catch (java.util.concurrent.ExecutionException expected) {
            assertTrue(expected.getCause() instanceof IOException, expected.toString());
        }
    }
}
