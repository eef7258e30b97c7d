package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import dev.hotclub.devserver.scaffold.ProjectGenerator;
import dev.hotclub.devserver.scaffold.StarterFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runserver serves a project that does not set DEBUG with DEBUG on, and so only under the localhost names. */
class RunserverDebugTest {
    @TempDir
    Path temp;

    @Test
    void aProjectThatLeavesDebugToTheEnvironmentRunsWithDebugOnAndServesOnlyLocalhost() throws Exception {
        assumeTrue(System.getenv("DEBUG") == null && System.getenv("ALLOWED_HOSTS") == null);
        Path project = new ProjectGenerator(StarterFixture.write(temp.resolve("starter")), HotclubVersion.get())
            .generate("blog", temp.resolve("blog"));
        try (DevServer server = DevServer.start(DevServer.Options.of(project, "127.0.0.1", 0, DependencyClasspath.none(),
                new PrintStream(OutputStream.nullOutputStream())).withRequestLog(line -> { }))) {
            assertThat(new HttpPoller(server.uri()).get("/greetings/").body()).isEqualTo("Hello from blog");
            assertThat(raw(server.uri(), "localhost")).startsWith("HTTP/1.1 200");
            assertThat(raw(server.uri(), "rebound.example")).startsWith("HTTP/1.1 400")
                .contains("DisallowedHost").contains("You may need to add &#x27;rebound.example&#x27; to ALLOWED_HOSTS");
        }
    }

    private static String raw(URI base, String host) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET /greetings/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
