package dev.hotclub.server;

import dev.hotclub.testing.AsServed;
import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every request's Host is checked against ALLOWED_HOSTS before static files or views see it. */
class AllowedHostsTest {
    private static Project.Builder project() {
        return Project.named("hosts").staticDirs(Path.of("src/test/resources/dev/hotclub/fixture/static"))
                .urls(path("where/", request -> HttpResponse.ok(request.host() + " "
                        + request.settings().get(dev.hotclub.conf.Settings.ALLOWED_HOSTS)), "where"));
    }

    /** The project served with the request log kept off the console. */
    private record Served(ProjectHandler handler, HotclubServer server) implements AutoCloseable {
        static Served start(Project project) {
            ProjectHandler handler = new ProjectHandler(project);
            return new Served(handler, HotclubServer.start(handler, "127.0.0.1", 0, line -> { }));
        }

        int port() {
            return server.port();
        }

        @Override
        public void close() {
            server.close();
            handler.close();
        }
    }

    private static String raw(Served server, String target, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anAllowedHostIsServedAndOthersAreA400BeforeAnyViewOrStaticFile() throws Exception {
        try (Served server = Served.start(project().debug(false).allowedHosts(".example.com").build())) {
            assertThat(raw(server, "/where/", "www.example.com:8000"))
                    .startsWith("HTTP/1.1 200").endsWith("\r\n\r\nwww.example.com:8000 [.example.com]");
            assertThat(raw(server, "/where/", "evil.com")).startsWith("HTTP/1.1 400")
                    .endsWith("\r\n\r\n<h1>Bad Request (400)</h1>");
            assertThat(raw(server, "/static/css/site.css", "evil.com")).startsWith("HTTP/1.1 400");
            assertThat(raw(server, "/static/css/site.css", "example.com")).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void theRunserverDefaultServesLocalhostAndRefusesOtherNames() throws Exception {
        try (Served server = Served.start(project().debug(true).build())) {
            assertThat(raw(server, "/where/", "127.0.0.1:" + server.port())).startsWith("HTTP/1.1 200");
            assertThat(raw(server, "/where/", "localhost:" + server.port())).startsWith("HTTP/1.1 200");
            assertThat(raw(server, "/where/", "rebound.attacker.example")).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void inDebugModeThe400PageNamesTheSettingToChange() {
        try (Client client = AsServed.client(project().debug(true).build())) {
            TestResponse response = client.send(HttpRequest.builder("GET", "/where/").host("evil.com").build());
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.text()).contains("DisallowedHost")
                    .contains("Invalid HTTP_HOST header: &#x27;evil.com&#x27;. You may need to add &#x27;evil.com&#x27;"
                            + " to ALLOWED_HOSTS");
        }
    }

    @Test
    void theTestClientsHostIsAllowedAsInDjangosTestRunner() {
        try (Client client = AsServed.client(project().debug(false).allowedHosts("example.com").build())) {
            assertThat(client.get("/where/").text()).isEqualTo("testserver [example.com, testserver]");
        }
    }
}
