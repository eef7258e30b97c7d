package dev.hotclub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.RequestLogNote;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The request log, for each kind of answer, in Django runserver's format")
class RequestLogTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String TIME =
            "\\[\\d{2}/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/\\d{4} \\d{2}:\\d{2}:\\d{2}] ";

    private final BlockingQueue<String> log = new LinkedBlockingQueue<>();
    private ProjectHandler handler;
    private HotclubServer server;

    @BeforeEach
    void start() {
        handler = new ProjectHandler(FixtureSite.withoutTemplates(false).build());
        server = HotclubServer.start(handler, "127.0.0.1", 0, log::add);
    }

    @AfterEach
    void stop() {
        server.close();
        handler.close();
    }

    /** Sends the request and returns its log line, checking that the bytes logged are the body's. */
    private String logged(String method, String pathAndQuery, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        HttpResponse<byte[]> response = HTTP.send(request.method(method,
                form == null ? BodyPublishers.noBody() : BodyPublishers.ofString(form)).build(), BodyHandlers.ofByteArray());
        String line = log.poll(10, TimeUnit.SECONDS);
        assertNotNull(line, "no request log line");
        assertTrue(line.matches(TIME + ".*"), line);
        assertTrue(line.endsWith(" " + response.body().length), line + " for a body of " + response.body().length);
        return line.substring(line.indexOf("] ") + 2);
    }

    @Test
    @DisplayName("200, 301, 302, 308, 400, 404, 405 and 500 are logged with the request line as sent and the body's bytes")
    void eachStatus() throws Exception {
        assertEquals("\"GET /greetings/ HTTP/1.1\" 200 56", logged("GET", "/greetings/", null));
        assertEquals("\"GET /greetings/search?q=a%20b HTTP/1.1\" 301 0", logged("GET", "/greetings/search?q=a%20b", null));
        assertEquals("\"GET /greetings/go-home/ HTTP/1.1\" 302 0", logged("GET", "/greetings/go-home/", null));
        assertEquals("\"POST /greetings/echo HTTP/1.1\" 308 0", logged("POST", "/greetings/echo", "who=x"));
        assertEquals("\"POST /greetings/echo/ HTTP/1.1\" 200 17", logged("POST", "/greetings/echo/", "who=x"));
        assertEquals("\"GET /greetings/search/?" + "a&".repeat(1000) + "a HTTP/1.1\" 400 26",
                logged("GET", "/greetings/search/?" + "a&".repeat(1000) + "a", null));
        assertEquals("\"GET /caf%C3%A9 HTTP/1.1\" 404 77", logged("GET", "/caf%C3%A9", null));
        assertEquals("\"PUT /static/css/site.css HTTP/1.1\" 405 0", logged("PUT", "/static/css/site.css", null));
        assertEquals("\"GET /greetings/boom/ HTTP/1.1\" 500 27", logged("GET", "/greetings/boom/", null));
    }

    @Test
    @DisplayName("HEAD is logged with the bytes sent: none")
    void head() throws Exception {
        assertEquals("\"HEAD /greetings/ HTTP/1.1\" 200 0", logged("HEAD", "/greetings/", null));
    }

    @Test
    @DisplayName("a note a middleware left on the request ends its line (the query count, in DEBUG)")
    void noteFromMiddleware() throws Exception {
        server.close();
        handler.close();
        handler = new ProjectHandler(FixtureSite.withoutTemplates(false).middleware((request, next) -> {
            RequestLogNote.add(request, "3 queries, 1.0 ms");
            RequestLogNote.add(request, "cached");
            return next.proceed(request);
        }).build());
        server = HotclubServer.start(handler, "127.0.0.1", 0, log::add);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/greetings/")).build(), BodyHandlers.ofString());
        String line = log.poll(10, TimeUnit.SECONDS);
        assertNotNull(line, "no request log line");
        assertTrue(line.endsWith("\"GET /greetings/ HTTP/1.1\" 200 " + response.body().length() + " (3 queries, 1.0 ms, cached)"),
                line);
    }
}
