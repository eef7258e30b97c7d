package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DNS rebinding: a page of attacker.example resolved to 127.0.0.1 must read none of the dev server's pages. */
@DisplayName("The dev server checks the Host before every path, its own pages included")
class DevServerHostCheckTest {
    private static final List<String> OWN_PATHS = List.of("/__hotclub__/livereload/events",
            "/__hotclub__/livereload/worker.js", "/__hotclub__/elsewhere");

    @TempDir
    Path dir;
    FixtureProject project;
    DevServer server;
    HttpPoller http;

    @BeforeEach
    void start() {
        project = new FixtureProject(dir);
        server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).withRequestLog(line -> { }));
        http = new HttpPoller(server.uri());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The status line and the body of a GET with this Host, the connection closed after. */
    private String get(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readNBytes(200_000), StandardCharsets.UTF_8);
            return response.substring(0, response.indexOf("\r\n")) + "\n" + response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }

    @Test
    @DisplayName("a foreign Host gets a 400 on the live-reload events, its script and every reserved path")
    void ownPages() throws Exception {
        for (String path : OWN_PATHS) {
            assertThat(get(path, "attacker.example")).as(path)
                    .startsWith("HTTP/1.1 400 Bad Request\n<h1>Bad Request (400)</h1>")
                    .contains("Invalid HTTP_HOST header: &#x27;attacker.example&#x27;. You may need to add"
                            + " &#x27;attacker.example&#x27; to ALLOWED_HOSTS");
        }
        assertThat(get("/__hotclub__/livereload/worker.js", "localhost:" + server.port())).startsWith("HTTP/1.1 200 OK\n");
        assertThat(get("/__hotclub__/livereload/worker.js", "127.0.0.1")).startsWith("HTTP/1.1 200 OK\n");
    }

    @Test
    @DisplayName("a foreign Host gets a 400 on the project's pages, and on the compile-error page with its source")
    void projectAndErrorPages() throws Exception {
        assertThat(get("/hello/", "attacker.example")).startsWith("HTTP/1.1 400 Bad Request\n");
        project.write("src/main/java/hello/Views.java",
                FixtureProject.views("Hello").replace("return HttpResponse.ok(\"Hello\");", "return HttpResponse.ok(\"x\") oops;"));
        http.await("/hello/", r -> r.statusCode() == 500);
        assertThat(get("/hello/", "localhost")).startsWith("HTTP/1.1 500 Internal Server Error\n").contains("oops");
        for (String path : List.of("/hello/", "/anything/", "/static/site.css", "/__hotclub__/livereload/worker.js")) {
            assertThat(get(path, "attacker.example")).as(path).startsWith("HTTP/1.1 400 Bad Request\n")
                    .doesNotContain("oops").doesNotContain("Views.java");
        }
    }
}
