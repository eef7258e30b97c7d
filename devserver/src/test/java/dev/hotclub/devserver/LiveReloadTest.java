package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live-reload script in the pages, the reserved path and the events, over HTTP (the browser's side: LiveReloadBrowserTest). */
@DisplayName("Live reload: the script, the reserved path and the events")
class LiveReloadTest {

    private static final String SCRIPT = "<script data-hotclub-livereload";
    private static final Pattern STAMP = Pattern.compile(
        "<script data-hotclub-livereload data-server=\"([0-9a-f-]{36})\" data-version=\"(\\d+)\"( data-error-page)?>");

    @TempDir
    Path dir;

    FixtureProject project;
    DevServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private void start(String settings) {
        start(settings, "");
    }

    private void start(String settings, String morePatterns) {
        project = new FixtureProject(dir);
        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("hello/", include(new HelloApp())),
                    path("api/", request -> new dev.hotclub.http.JsonResponse(java.util.Map.of("a", 1)))""" + morePatterns)
            .replace(".debug(true)", settings));
        server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
            new PrintStream(console, true, StandardCharsets.UTF_8)).withRequestLog(line -> { }));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void everyHtmlPageGetsOneScriptBeforeItsClosingBodyTagOrAtItsEnd() throws Exception {
        start(".debug(true).staticUrl(\"/static/\")");
        String fragment = get("/hello/").body();
        assertThat(fragment).startsWith("Hello, version 1" + SCRIPT).endsWith("</script>");
        assertThat(count(fragment, SCRIPT)).isEqualTo(1);

        HttpResponse<String> notFound = get("/hello/nowhere/");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Page not found").containsPattern("</script>\\s*</body>");
        assertThat(count(notFound.body(), SCRIPT)).isEqualTo(1);
        assertThat(notFound.headers().firstValueAsLong("Content-Length").orElseThrow())
            .isEqualTo(notFound.body().getBytes(StandardCharsets.UTF_8).length);

        Matcher stamp = STAMP.matcher(fragment);
        assertThat(stamp.find()).isTrue();
        assertThat(stamp.group(2)).as("no event yet").isEqualTo("0");
        assertThat(stamp.group(3)).as("not the error page").isNull();
    }

    @Test
    void jsonStaticFilesAndTheWorkersScriptAreLeftAsTheyAre() throws Exception {
        start(".debug(true).staticUrl(\"/static/\")");
        assertThat(get("/api/").body()).isEqualTo("{\"a\":1}");
        assertThat(get("/static/site.css").body()).isEqualTo("body { color: red; }\n");
        HttpResponse<String> worker = get("/__hotclub__/livereload/worker.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(worker.body()).contains("new EventSource('events')").doesNotContain(SCRIPT);
    }

    @Test
    void theReservedPathNeverReachesTheProjectsUrlconf() throws Exception {
        start(".debug(true)", ",\n" + """
                    path("<path:rest>", request -> dev.hotclub.http.HttpResponse.ok("project saw " + request.path()))""");
        assertThat(get("/anything/").body()).startsWith("project saw /anything/");
        HttpResponse<String> reserved = get("/__hotclub__/livereload/nothing-here");
        assertThat(reserved.statusCode()).isEqualTo(404);
        assertThat(reserved.body()).isEqualTo("Not found: the dev server keeps the paths under /__hotclub__/ for itself"
            + " (/__hotclub__/livereload/events, /__hotclub__/livereload/worker.js); they never reach the project.\n");
    }

    @Test
    void withDebugOffNoPageGetsTheScript() throws Exception {
        start(".debug(false).allowedHosts(\"127.0.0.1\", \"localhost\")");
        assertThat(get("/hello/").body()).isEqualTo("Hello, version 1");
        assertThat(get("/hello/nowhere/").body()).doesNotContain(SCRIPT);
    }

    @Test
    void theLiveReloadSettingTurnsTheScriptOffAndMustBeABoolean() throws Exception {
        start(".debug(true).setting(\"LIVE_RELOAD\", false)");
        assertThat(get("/hello/").body()).isEqualTo("Hello, version 1");

        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("hello/", include(new HelloApp()))""").replace(".debug(true)", ".debug(true).setting(\"LIVE_RELOAD\", \"no\")"));
        HttpResponse<String> error = awaitStatus("/hello/", 500);
        assertThat(error.body()).contains("The setting &#x27;LIVE_RELOAD&#x27; must be true or false, got String no.");
    }

    private HttpResponse<String> awaitStatus(String path, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        HttpResponse<String> last;
        do {
            last = get(path);
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(path + " never answered " + status + "; last: " + last.statusCode() + " " + last.body());
    }

    @Test
    void eachSaveSendsTheEventThatTellsTheTabWhatToDo() throws Exception {
        start(".debug(true).staticUrl(\"/static/\")");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> events = client.sendAsync(
            HttpRequest.newBuilder(server.uri().resolve("/__hotclub__/livereload/events")).build(),
            HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try {
                events.body().forEach(lines::add);
            } catch (UncheckedIOException closed) {
                // the test closed the stream, or the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        String serverId = serverIdOf(get("/hello/").body());

        assertThat(nextEvent(lines)).isEqualTo("hello {\"server\":\"" + serverId + "\",\"version\":0}");

        // The event comes as soon as the save is seen, before the batch is complete: a request sent when it
        // arrives (the tab's reload) waits for the save, and never gets the page as it was.
        project.write("src/main/resources/hello/templates/hello/page.html", "<p>v2</p>");
        assertThat(nextEvent(lines)).isEqualTo("reload {\"server\":\"" + serverId + "\",\"version\":1}");
        assertThat(get("/hello/page/").body()).startsWith("<p>v2</p>");

        project.write("static/site.css", "body { color: blue; }\n");
        assertThat(nextEvent(lines)).isEqualTo("stylesheet {\"server\":\"" + serverId + "\",\"version\":2}");

        project.write("src/main/java/hello/Views.java", FixtureProject.views("Version 2"));
        assertThat(nextEvent(lines)).isEqualTo("reload {\"server\":\"" + serverId + "\",\"version\":3}");
        assertThat(get("/hello/").body()).as("the tab's request waits for the compile").startsWith("Version 2");

        project.write("src/main/java/hello/Views.java", FixtureProject.views("Broken").replace("return Shortcuts", "retur Shortcuts"));
        assertThat(nextEvent(lines)).startsWith("reload ");
        String errorPage = awaitStatus("/hello/", 500).body();
        assertThat(errorPage).contains("Compile error at /hello/");
        Matcher stamp = STAMP.matcher(errorPage);
        assertThat(stamp.find()).isTrue();
        assertThat(stamp.group(3)).isEqualTo(" data-error-page");

        project.write("src/main/java/hello/Views.java", FixtureProject.views("Fixed"));
        assertThat(nextEvent(lines)).startsWith("reload ");
        assertThat(awaitStatus("/hello/", 200).body()).startsWith("Fixed");

        project.write("static/site.css", "body { color: green; }\n");
        String last;
        do {
            last = nextEvent(lines);
        } while (last.startsWith("reload ")); // the Fixed save, when it was seen as two (emptied, then written)
        assertThat(last).as("a stylesheet alone is swapped, not reloaded").startsWith("stylesheet ");
        events.body().close();
    }

    private static String serverIdOf(String page) {
        Matcher stamp = STAMP.matcher(page);
        assertThat(stamp.find()).as("a stamped script in " + page).isTrue();
        return stamp.group(1);
    }

    /** The next event's name and data, "name data"; keep-alive comments and the retry line are skipped. */
    private static String nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        String name = null;
        String data = null;
        while (true) {
            String line = lines.poll(30, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("No event within 30 s");
            }
            if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data = line.substring(5).trim();
            } else if (line.isEmpty() && name != null) {
                return name + " " + data;
            }
        }
    }
}
