package dev.hotclub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotclub.fixture.FixtureSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Posted forms over HTTP: Django's limit of 1000 fields")
class FormLimitsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ProjectHandler handler;
    private HotclubServer server;

    @BeforeEach
    void start() {
        handler = new ProjectHandler(FixtureSite.withoutTemplates(false).build());
        server = HotclubServer.start(handler, "127.0.0.1", 0, line -> { });
    }

    @AfterEach
    void stop() {
        server.close();
        handler.close();
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/greetings/echo/"))
                .header("Content-Type", contentType).POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                BodyHandlers.ofString());
    }

    private static String multipart(int fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields; i++) {
            body.append("--b\r\nContent-Disposition: form-data; name=\"who\"\r\n\r\nx").append(i).append("\r\n");
        }
        return body.append("--b--\r\n").toString();
    }

    @Test
    @DisplayName("1000 url-encoded fields are read, 1001 are a 400")
    void urlEncoded() throws Exception {
        String form = "who=x" + "&who=y".repeat(999);
        assertEquals("method=POST who=y", post("application/x-www-form-urlencoded", form).body());
        HttpResponse<String> tooMany = post("application/x-www-form-urlencoded", form + "&who=z");
        assertEquals(400, tooMany.statusCode());
        assertEquals("<h1>Bad Request (400)</h1>", tooMany.body());
    }

    @Test
    @DisplayName("1000 multipart fields are read, 1001 are a 400")
    void multipartFields() throws Exception {
        assertEquals("method=POST who=x999", post("multipart/form-data; boundary=b", multipart(1000)).body());
        HttpResponse<String> tooMany = post("multipart/form-data; boundary=b", multipart(1001));
        assertEquals(400, tooMany.statusCode());
        assertEquals("<h1>Bad Request (400)</h1>", tooMany.body());
    }
}
