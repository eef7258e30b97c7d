package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CONTROL-C on a running dev server stops it at once and quietly. (How fast is measured, not asserted:
 * docs/DEVSERVER.md; the bound here only catches a server that hangs.)
 */
class RunserverControlCTest {

    @TempDir
    Path temp;

    @Test
    void controlCStopsAnIdleServerWithoutAWord() throws Exception {
        FixtureProject project = new FixtureProject(temp.resolve("site"));
        Process server = RunserverProcess.start(project.dir, temp, "127.0.0.1:0");
        ConsoleLines console = new ConsoleLines(server.getInputStream());
        try {
            URI base = URI.create(console.await("Starting development server at (\\S+)", Duration.ofSeconds(90)).group(1));
            assertThat(new HttpPoller(base).get("/hello/").body()).isEqualTo("Hello, version 1");
            console.await("\"GET /hello/ HTTP/1.1\" 200", Duration.ofSeconds(30));

            ControlC.press(server);

            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stopped; console:\n%s", console.all()).isTrue();
            assertThat(server.exitValue()).as("killed by the signal, as any JVM").isIn(130, 143);
            assertThat(console.all()).as("nothing after the request's log line")
                .endsWith("\"GET /hello/ HTTP/1.1\" 200 16");
        } finally {
            server.destroyForcibly();
        }
    }
}
