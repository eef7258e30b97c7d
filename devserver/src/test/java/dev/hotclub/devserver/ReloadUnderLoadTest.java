package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadUnderLoadTest {

    private static final int RELOADS = 50;
    private static final int CLIENTS = 6;

    @TempDir
    Path dir;

    @Test
    void everyRequestDuringFiftyReloadsGetsA200WithTheOldOrTheNewText() throws Exception {
        FixtureProject project = new FixtureProject(dir);
        try (DevServer server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
                new PrintStream(OutputStream.nullOutputStream())))) {
            HttpPoller http = new HttpPoller(server.uri());
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger served = new AtomicInteger();
            List<String> wrong = new CopyOnWriteArrayList<>();
            ConcurrentLinkedQueue<Integer> versionsSeen = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("/hello/")).build();
                    while (running.get()) {
                        HttpResponse<String> response = http.client().send(request, HttpPoller.WITHOUT_LIVE_RELOAD);
                        String body = response.body();
                        if (response.statusCode() != 200 || !body.matches("Hello, version \\d+")) {
                            wrong.add(response.statusCode() + " " + body);
                        } else {
                            versionsSeen.add(Integer.parseInt(body.substring("Hello, version ".length())));
                        }
                        served.incrementAndGet();
                    }
                    return null;
                });
            }
            while (versionsSeen.isEmpty() && wrong.isEmpty()) {
                Thread.sleep(5);
            }
            for (int version = 2; version <= RELOADS + 1; version++) {
                String text = "Hello, version " + version;
                project.write("src/main/java/hello/Views.java", FixtureProject.views(text));
                http.await("/hello/", r -> r.body().equals(text));
            }
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(wrong).isEmpty();
            assertThat(served.get()).isGreaterThan(RELOADS);
            assertThat(versionsSeen).contains(1, RELOADS + 1);
        }
    }
}
