package dev.hotclub.server;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.FileResponse;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.View;
import dev.hotclub.project.Project;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A NonBlockingView is served on the IO thread, and only when nothing else in the way may block")
class NonBlockingViewTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final View THREAD_NAME = request -> HttpResponse.ok(Thread.currentThread().getName());

    @TempDir
    Path dir;
    private ProjectHandler handler;
    private HotclubServer server;

    private Project.Builder project(boolean debug) throws Exception {
        Files.writeString(dir.resolve("big.txt"), "x".repeat(200_000));
        return Project.named("io").allowedHosts("127.0.0.1", "localhost").debug(debug).urls(
                path("fast/", View.nonBlocking(THREAD_NAME::handle)),
                path("plain/", THREAD_NAME),
                path("file/", View.nonBlocking(request -> FileResponse.of(dir.resolve("big.txt")))));
    }

    private String get(Project project, String path, String body) throws Exception {
        if (server == null) {
            handler = new ProjectHandler(project);
            server = HotclubServer.start(handler, "127.0.0.1", 0, line -> { });
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (body != null) {
            request.POST(BodyPublishers.ofString(body));
        }
        java.net.http.HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            handler.close();
        }
    }

    @Test
    @DisplayName("with DEBUG off, a NonBlockingView runs on an IO thread and any other view on a worker")
    void ioThreadForNonBlockingViews() throws Exception {
        Project project = project(false).build();
        assertTrue(get(project, "/fast/", null).contains("I/O"), "a NonBlockingView on the IO thread");
        assertTrue(get(project, "/plain/", null).contains("task"), "a plain view on a worker");
    }

    @Test
    @DisplayName("a request with a body goes to a worker, which reads it, even for a NonBlockingView")
    void bodiesGoToWorkers() throws Exception {
        assertTrue(get(project(false).build(), "/fast/", "a=1").contains("task"));
    }

    @Test
    @DisplayName("DEBUG on, or middleware of the project's own, keep every view on the workers")
    void debugAndMiddlewareKeepWorkers() throws Exception {
        assertTrue(get(project(true).build(), "/fast/", null).contains("task"), "DEBUG");
        stop();
        server = null;
        assertTrue(get(project(false).middleware((request, next) -> next.proceed(request)).build(), "/fast/", null)
                .contains("task"), "middleware");
    }

    @Test
    @DisplayName("a file a NonBlockingView returns is still streamed whole, from a worker")
    void filesAreStreamedFromAWorker() throws Exception {
        assertEquals(200_000, get(project(false).build(), "/file/", null).length());
    }
}
