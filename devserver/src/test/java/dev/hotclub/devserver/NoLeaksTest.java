package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import dev.hotclub.devserver.reload.Generation;
import dev.hotclub.devserver.watch.ChangeBatch;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoLeaksTest {

    private static final int RELOADS = 200;

    @TempDir
    Path dir;

    @Test
    void afterTwoHundredReloadsNoOldGenerationLoaderIsReachable() {
        FixtureProject project = new FixtureProject(dir);
        List<WeakReference<ClassLoader>> oldLoaders = new ArrayList<>();
        try (DevServer server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
                new PrintStream(OutputStream.nullOutputStream())))) {
            HttpPoller http = new HttpPoller(server.uri());
            Path views = project.path("src/main/java/hello/Views.java");
            for (int i = 1; i <= RELOADS; i++) {
                // Every page of each generation is served: the view, a template whose context holds a project class.
                assertThat(http.get("/hello/").statusCode()).isEqualTo(200);
                assertThat(http.get("/hello/page/").body()).contains("Ada");
                oldLoaders.add(new WeakReference<>(server.currentGeneration().orElseThrow().loader()));
                // Most reloads rebuild the generation from the compiled classes; every twentieth recompiles a source.
                boolean recompile = i % 20 == 0;
                if (recompile) {
                    project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, version " + i));
                }
                server.reload(new ChangeBatch(recompile ? Set.of(views) : Set.of(), !recompile, false, Set.of(), false));
            }
            Generation last = server.currentGeneration().orElseThrow();
            assertThat(last.number()).isGreaterThan(RELOADS); // the watcher also reloads after each edit
            assertThat(http.get("/hello/").body()).isEqualTo("Hello, version 200");
            assertThat(awaitCleared(oldLoaders)).as("old generation loaders still reachable").isZero();
        }
    }

    @Test
    void closingTheServerLeavesNoThreadAndNoOpenFileBehind() throws IOException {
        FixtureProject project = new FixtureProject(dir);
        HttpClient client = HttpClient.newHttpClient();
        // A first run opens what the JVM keeps open for good (the JDK's module image, javac's platform classes).
        serveAndEdit(project, client, 2);
        assertThat(awaitNoThreads()).isEmpty();
        Set<String> filesBefore = openFiles();

        serveAndEdit(project, client, 3);

        assertThat(awaitNoThreads()).isEmpty();
        Set<String> filesAfter = openFiles();
        filesAfter.removeAll(filesBefore);
        assertThat(filesAfter).as("files opened by the dev server and still open").isEmpty();
    }

    private static void serveAndEdit(FixtureProject project, HttpClient client, int version) {
        try (DevServer server = DevServer.start(DevServer.Options.of(project.dir, "127.0.0.1", 0,
                DependencyClasspath.none(), new PrintStream(OutputStream.nullOutputStream())))) {
            HttpPoller http = new HttpPoller(server.uri(), client);
            project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, version " + version));
            http.await("/hello/", r -> r.body().equals("Hello, version " + version));
            assertThat(http.get("/hello/page/").statusCode()).isEqualTo(200);
            assertThat(liveThreads()).contains("hotclub-reload", "hotclub-watcher");
        }
    }

    /** The number of references not cleared after up to 40 rounds of GC. */
    private static long awaitCleared(List<WeakReference<ClassLoader>> references) {
        for (int round = 0; round < 40; round++) {
            long alive = references.stream().filter(r -> r.get() != null).count();
            if (alive == 0) {
                return 0;
            }
            System.gc();
            byte[][] pressure = new byte[64][];
            for (int i = 0; i < pressure.length; i++) {
                pressure[i] = new byte[1 << 20];
            }
            sleep(50);
        }
        return references.stream().filter(r -> r.get() != null).count();
    }

    private static List<String> awaitNoThreads() {
        for (int round = 0; round < 100; round++) {
            if (liveThreads().isEmpty()) {
                return List.of();
            }
            sleep(50);
        }
        return liveThreads();
    }

    /** The dev server's and Undertow's threads still alive. */
    private static List<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(Thread::isAlive)
            .map(Thread::getName)
            .filter(name -> name.startsWith("hotclub-") || name.startsWith("XNIO-"))
            .toList();
    }

    /** What this process's file descriptors point to (Linux; empty elsewhere), sockets and pipes left out. */
    private static Set<String> openFiles() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        Set<String> targets = new HashSet<>();
        if (!Files.isDirectory(fds)) {
            return targets;
        }
        try (Stream<Path> list = Files.list(fds)) {
            for (Path fd : list.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("/")) {
                        targets.add(target);
                    }
                } catch (IOException gone) {
                    // closed while listed
                }
            }
        }
        return targets;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
