package dev.hotclub.server;

import dev.hotclub.project.RequestLogFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.server.internal.logging.RequestLogHandler;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The request log: control characters escaped, and the formats a project can choose")
class RequestLogFormatTest {
    private static final String ESC = "\u001b";

    private final BlockingQueue<String> log = new LinkedBlockingQueue<>();
    private ProjectHandler handler;
    private HotclubServer server;

    private void start(RequestLogFormat format) {
        handler = new ProjectHandler(FixtureSite.withoutTemplates(false).allowedHosts("x", "127.0.0.1", "testserver").build());
        server = HotclubServer.start(handler, "127.0.0.1", 0, log::add, format);
    }

    @AfterEach
    void stop() {
        server.close();
        handler.close();
    }

    /** Sends {@code head} (request line and headers, bytes as written) on a raw socket; the log line it made. */
    private String logged(String head) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getInputStream().readAllBytes();
        }
        String line = log.poll(10, TimeUnit.SECONDS);
        assertNotNull(line, "no request log line");
        return line;
    }

    @Test
    @DisplayName("a request line with a control character never reaches the log: Undertow refuses it with a 400")
    void controlsInTheRequestLineAreRefused() throws Exception {
        start(RequestLogFormat.DJANGO);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET /greetings/?q=" + ESC + "[31mred HTTP/1.1\r\nHost: x\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(response.startsWith("HTTP/1.1 400 "), response);
        }
        assertEquals("\"GET /greetings/ HTTP/1.1\" 200 56",
                logged("GET /greetings/ HTTP/1.1\r\nHost: x\r\n").replaceFirst("^\\[.*?] ", ""));
    }

    @Test
    @DisplayName("the common log format gives the client's address, the time with its offset, and - for no body")
    void common() throws Exception {
        start(RequestLogFormat.COMMON);
        assertTrue(logged("GET /greetings/ HTTP/1.1\r\nHost: x\r\n").matches("127\\.0\\.0\\.1 - - \\[\\d{2}/[A-Z][a-z]{2}/\\d{4}"
                + ":\\d{2}:\\d{2}:\\d{2} [+-]\\d{4}] \"GET /greetings/ HTTP/1.1\" 200 56"), log.toString());
        String head = logged("HEAD /greetings/ HTTP/1.1\r\nHost: x\r\n");
        assertTrue(head.endsWith("] \"HEAD /greetings/ HTTP/1.1\" 200 -"), head);
    }

    @Test
    @DisplayName("the combined format adds the referrer and the user agent, quotes, backslashes and controls escaped")
    void combined() throws Exception {
        start(RequestLogFormat.COMBINED);
        // Undertow lets a tab and Latin-1 bytes through in a header value; 0x9b is the C1 control CSI, which some
        // terminals read as ESC [.
        String line = logged("GET /greetings/ HTTP/1.1\r\nHost: x\r\nReferer: https://example.com/\"a\"\r\n"
                + "User-Agent: evil\u009b31m\tx\\y\r\n");
        assertTrue(line.endsWith("\"GET /greetings/ HTTP/1.1\" 200 56 \"https://example.com/\\\"a\\\"\" "
                + "\"evil\\x9b31m\\x09x\\\\y\""), line);
        String bare = logged("GET /greetings/ HTTP/1.1\r\nHost: x\r\n");
        assertTrue(bare.endsWith(" 200 56 \"-\" \"-\""), bare);
    }

    @Test
    @DisplayName("behind proxies (NUM_PROXIES), the address is the client's that X-Forwarded-For reports, as clientAddress()")
    void forwardedAddress() throws Exception {
        handler = new ProjectHandler(FixtureSite.withoutTemplates(false).allowedHosts("x").numProxies(1).build());
        // HotclubServer.start(project, ...) gives the log handler the project's NUM_PROXIES; here, given directly.
        server = HotclubServer.start(new RequestLogHandler(handler, RequestLogFormat.COMMON, 1, log::add), "127.0.0.1", 0,
                line -> { }, RequestLogFormat.COMMON);
        assertTrue(logged("GET /greetings/ HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 6.6.6.6, 203.0.113.9\r\n")
                .startsWith("203.0.113.9 - - ["), log.toString());
        assertTrue(logged("GET /greetings/ HTTP/1.1\r\nHost: x\r\n").startsWith("127.0.0.1 - - ["), log.toString());
    }

    @Test
    @DisplayName("the JSON format is one JSON object a line that gives back the request's text exactly")
    void json() throws Exception {
        start(RequestLogFormat.JSON);
        String line = logged("GET /greetings/search/?q=x HTTP/1.1\r\nHost: x\r\nUser-Agent: curl\u009b\t8\r\n");
        assertTrue(line.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)), line);
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("GET", json.get("method").asText());
        assertEquals("/greetings/search/?q=x", json.get("path").asText());
        assertEquals("HTTP/1.1", json.get("protocol").asText());
        assertEquals(200, json.get("status").asInt());
        assertEquals("127.0.0.1", json.get("remote").asText());
        assertEquals("curl\u009b\t8", json.get("user_agent").asText());
        assertTrue(json.get("bytes").asLong() > 0, line);
        assertTrue(json.get("duration_ms").asDouble() >= 0, line);
        assertTrue(json.get("time").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})"), line);
        assertTrue(!json.has("referer"), line);
    }

    @Test
    @DisplayName("the project setting REQUEST_LOG_FORMAT chooses the format; unset, Django's in debug mode, combined without")
    void projectSetting() {
        assertEquals(RequestLogFormat.COMBINED, RequestLogFormat.of(FixtureSite.withoutTemplates(false)
                .allowedHosts("x", "127.0.0.1", "testserver").build().settings()));
        assertEquals(RequestLogFormat.DJANGO, RequestLogFormat.of(FixtureSite.withoutTemplates(true).build().settings()));
        assertEquals(RequestLogFormat.JSON, FixtureSite.withoutTemplates(false)
                .set(RequestLogFormat.REQUEST_LOG_FORMAT, RequestLogFormat.JSON).build().settings()
                .get(RequestLogFormat.REQUEST_LOG_FORMAT));
        assertEquals(RequestLogFormat.COMBINED, dev.hotclub.project.Env.withDefaults(
                java.util.Map.of("REQUEST_LOG_FORMAT", "Combined"), FixtureSite.withoutTemplates(true)::build)
                .settings().get(RequestLogFormat.REQUEST_LOG_FORMAT));
        dev.hotclub.conf.ImproperlyConfigured e = assertThrows(dev.hotclub.conf.ImproperlyConfigured.class,
                () -> dev.hotclub.project.Env.withDefaults(java.util.Map.of("REQUEST_LOG_FORMAT", "apache"),
                        FixtureSite.withoutTemplates(false)::build));
        assertEquals("The environment variable REQUEST_LOG_FORMAT=\"apache\" is not valid: set it to one of django,"
                + " common, combined, json, or unset it for the default.", e.getMessage());
        server = HotclubServer.start(handler = new ProjectHandler(FixtureSite.withoutTemplates(false).allowedHosts("x", "127.0.0.1", "testserver").build()),
                "127.0.0.1", 0, log::add);
    }
}
