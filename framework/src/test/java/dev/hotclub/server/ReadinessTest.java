package dev.hotclub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import dev.hotclub.server.internal.lifecycle.ReadinessHandler;
import dev.hotclub.conf.ImproperlyConfigured;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The readiness check (READINESS_URL)")
class ReadinessTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ProjectHandler handler;
    private HotclubServer server;

    private void start(Project project) {
        handler = new ProjectHandler(project);
        server = HotclubServer.start(ReadinessHandler.around(handler, project), "127.0.0.1", 0, requestLogLine -> { });
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            handler.close();
        }
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.ofString());
    }

    private String rawResponse(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("answers 200 \"ready\", never cached, at exactly the path set; other paths go to the project")
    void answersAtThePathSet() throws Exception {
        start(FixtureSite.builder(false).set(Project.READINESS_URL, "/-/ready/").build());

        HttpResponse<String> ready = send("GET", "/-/ready/");
        assertEquals(200, ready.statusCode());
        assertEquals("ready\n", ready.body());
        assertEquals("text/plain; charset=utf-8", ready.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", ready.headers().firstValue("Cache-Control").orElse(""));

        assertEquals(404, send("GET", "/-/ready").statusCode());
        assertEquals(404, send("GET", "/-/ready/more").statusCode());
        assertEquals(200, send("GET", "/greetings/").statusCode());
    }

    @Test
    @DisplayName("answers whatever the Host header says, for a probe addresses an instance by its IP")
    void answersAnyHost() throws Exception {
        start(FixtureSite.builder(false).set(Project.READINESS_URL, "/-/ready/").build());

        String response = rawResponse("/-/ready/", "10.1.2.3:8000");
        assertTrue(response.startsWith("HTTP/1.1 200 "), response);
        assertTrue(response.endsWith("\r\n\r\nready\n"), response);
    }

    @Test
    @DisplayName("answers HEAD without a body, and any other method with 405 and the methods allowed")
    void headAndOtherMethods() throws Exception {
        start(FixtureSite.builder(false).set(Project.READINESS_URL, "/-/ready/").build());

        HttpResponse<String> head = send("HEAD", "/-/ready/");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());

        HttpResponse<String> post = send("POST", "/-/ready/");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        assertEquals("", post.body());
    }

    @Test
    @DisplayName("is off unless set: the path is the project's like any other")
    void offByDefault() throws Exception {
        assumeTrue(System.getenv("READINESS_URL") == null, "READINESS_URL is set in this environment");
        start(FixtureSite.builder(false).build());

        assertEquals(404, send("GET", "/-/ready/").statusCode());
    }

    @Test
    @DisplayName("refuses a setting that is not a plain path, saying what to write")
    void refusesABadPath() {
        for (String bad : List.of("ready/", "/ready?x=1", "/re ady/", "/%72eady/")) {
            ImproperlyConfigured error = assertThrows(ImproperlyConfigured.class,
                    () -> FixtureSite.builder(false).set(Project.READINESS_URL, bad));
            assertEquals("The READINESS_URL setting must be a plain URL path starting with '/', such as '/-/ready/';"
                    + " it is '" + bad + "'. Set it to a path your URLconf does not use, or unset it to turn the"
                    + " readiness check off.", error.getMessage());
        }
    }

    @Test
    @DisplayName("is read from the environment by the production server, which a script can poll until it is ready")
    void fromTheEnvironmentInTheProductionServer(@TempDir Path services) throws Exception {
        Path serviceFile = services.resolve("META-INF/services/" + ProjectProvider.class.getName());
        Files.createDirectories(serviceFile.getParent());
        Files.writeString(serviceFile, FixtureSite.class.getName() + "\n");
        int port;
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", services + File.pathSeparator + System.getProperty("java.class.path"),
                HotclubServer.class.getName(), "127.0.0.1:" + port)
                .redirectError(services.resolve("stderr.txt").toFile()).redirectOutput(services.resolve("stdout.txt").toFile());
        builder.environment().put("READINESS_URL", "/-/ready/");
        Process process = builder.start();
        try {
            URI ready = URI.create("http://127.0.0.1:" + port + "/-/ready/");
            HttpResponse<String> response = null;
            while (response == null) {
                assertTrue(process.isAlive(), () -> "the server ended: " + read(services.resolve("stderr.txt")));
                try {
                    response = HTTP.send(HttpRequest.newBuilder(ready).build(), BodyHandlers.ofString());
                } catch (ConnectException notYetListening) {
                    Thread.sleep(50);
                }
            }
            assertEquals(200, response.statusCode());
            assertEquals("ready\n", response.body());
            // The start line is logged once the port is bound (so a script may wait for it instead): here, soon after.
            String startLine = " serving fixture at http://127.0.0.1:" + port + "/";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!read(services.resolve("stderr.txt")).contains(startLine) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(read(services.resolve("stderr.txt")).contains(startLine), () -> read(services.resolve("stderr.txt")));
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
