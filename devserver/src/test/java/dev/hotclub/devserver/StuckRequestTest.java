package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The dev server shows a request that runs too long, and an old generation kept alive by one")
class StuckRequestTest {

    @TempDir
    Path dir;

    FixtureProject project;
    DevServer server;
    HttpPoller http;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        project = new FixtureProject(dir);
        server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
            new PrintStream(console, true, StandardCharsets.UTF_8)).withRequestLog(line -> { })
            .withStuckAfter(Duration.ofSeconds(1)));
        http = new HttpPoller(server.uri());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a view waiting past the threshold is reported once, with its path, thread and stack; a reload says"
        + " the old generation still runs it")
    void stuckViewIsReported() throws Exception {
        Path release = dir.resolve("target/release");
        Files.createDirectories(release.getParent());
        project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, waiting").replace(
            "return HttpResponse.ok(\"Hello, waiting\");", """
                while (!request.GET().get("wait", "").isEmpty() && !java.nio.file.Files.exists(java.nio.file.Path.of("%s"))) {
                            try {
                                Thread.sleep(10);
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                        return HttpResponse.ok("Hello, waiting");""".formatted(release)));
        http.await("/hello/", r -> r.statusCode() == 200 && r.body().equals("Hello, waiting"));

        CompletableFuture<HttpResponse<String>> stuck = http.client().sendAsync(
            HttpRequest.newBuilder(server.uri().resolve("/hello/?wait=1")).build(), HttpPoller.WITHOUT_LIVE_RELOAD);
        for (int i = 0; i < 1500 && !console().contains("GET /hello/?wait=1 has been running for"); i++) {
            Thread.sleep(20);
        }
        assertThat(console()).containsPattern("The request GET /hello/\\?wait=1 has been running for \\d+ s on thread"
            // Thread.sleep's own frames differ between JDKs (17: sleep(Native Method); 25: sleepNanos0, ...).
            + " [^;]+; its view is at:\n(\tat java\\.lang\\.Thread\\.[^\n]+\n)+"
            + "\tat hello\\.Views\\.index\\(Views\\.java:\\d+\\)\n");
        assertThat(console()).doesNotContain("at dev.hotclub.handlers.BaseHandler");

        project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, next"));
        http.await("/hello/", r -> r.statusCode() == 200 && r.body().equals("Hello, next"));
        assertThat(console()).containsPattern("Generation \\d+ still has 1 request running after the reload:"
            + " GET /hello/\\?wait=1; it is released when they finish\\.");

        Files.writeString(release, "");
        assertThat(stuck.get(30, TimeUnit.SECONDS).body()).isEqualTo("Hello, waiting");
        assertThat(console().split("GET /hello/\\?wait=1 has been running for", -1)).as("reported once").hasSize(2);
    }
}
