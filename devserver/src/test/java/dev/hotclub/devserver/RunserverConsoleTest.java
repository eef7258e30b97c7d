package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user sees of a dev server in a terminal: a first start says what it is doing before the
 * banner; CONTROL-C stops it at once and quietly, also with a browser tab listening for live reload. (How fast is measured, not asserted: docs/DEVSERVER.md;
 * the bound here only catches a server that hangs.)
 */
class RunserverConsoleTest {

    @TempDir
    Path temp;

    @Test
    void aFirstStartSaysWhatItDoesAndControlCStopsItWithoutAWord() throws Exception {
        FixtureProject project = new FixtureProject(temp.resolve("site"));
        Process server = RunserverProcess.start(project.dir, temp, "127.0.0.1:0");
        ConsoleLines console = new ConsoleLines(server.getInputStream());
        try {
            console.await("^Resolving the project's dependencies with Maven \\(pom.xml is new or changed; the first time"
                + " may download them\\)\\.\\.\\.$", Duration.ofSeconds(90));
            console.await("^Compiling the project \\(3 Java files\\)\\.\\.\\.$", Duration.ofSeconds(90));
            URI base = URI.create(console.await("Starting development server at (\\S+)", Duration.ofSeconds(90)).group(1));
            assertThat(new HttpPoller(base).get("/hello/").body()).isEqualTo("Hello, version 1");
            console.await("\"GET /hello/ HTTP/1.1\" 200", Duration.ofSeconds(30));
            // An open tab: its event stream must neither hold the stop nor be logged.
            HttpResponse<Stream<String>> events = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.resolve("/__hotclub__/livereload/events")).build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(events.body().filter(line -> line.startsWith("event:")).findFirst()).hasValue("event:hello");

            ControlC.press(server);

            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stopped; console:\n%s", console.all()).isTrue();
            assertThat(server.exitValue()).as("killed by the signal, as any JVM").isIn(130, 143);
            assertThat(console.all()).as("nothing after the request's log line")
                .matches("(?s).*\"GET /hello/ HTTP/1\\.1\" 200 \\d+");
        } finally {
            server.destroyForcibly();
        }
    }
}
