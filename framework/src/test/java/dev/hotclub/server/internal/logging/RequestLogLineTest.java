package dev.hotclub.server.internal.logging;

import dev.hotclub.server.internal.logging.RequestLogHandler;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hotclub.project.RequestLogFormat;
import dev.hotclub.server.internal.logging.RequestLogHandler.LoggedRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A request log line, in each format, with whatever the request carried escaped")
class RequestLogLineTest {
    // A request line as a lenient server could pass it on: ESC sequences, a newline forging a second line.
    private static final LoggedRequest EVIL = new LoggedRequest("10.0.0.7", "GET",
            "/a\u001b[2J\n[01/Jan/2026 00:00:00] \"GET /admin/ HTTP/1.1\" 200 1", "HTTP/1.1", 404, 77,
            null, "bot\u001b]0;pwned\u0007", 1_234_567);

    @Test
    @DisplayName("Django's format escapes ESC as \\x1b and a newline as \\x0a, as runserver, so one request stays one line")
    void django() {
        assertEquals("[02/Dec/2026 07:00:00] \"GET /a\\x1b[2J\\x0a[01/Jan/2026 00:00:00] \"GET /admin/ HTTP/1.1\" 200 1"
                + " HTTP/1.1\" 404 77", RequestLogHandler.format(RequestLogFormat.DJANGO, "02/Dec/2026 07:00:00", EVIL));
    }

    @Test
    @DisplayName("the combined format escapes the quotes too, and writes - for a header not sent")
    void combined() {
        assertEquals("10.0.0.7 - - [02/Dec/2026:07:00:00 +0000] \"GET /a\\x1b[2J\\x0a[01/Jan/2026 00:00:00] \\\"GET /admin/"
                + " HTTP/1.1\\\" 200 1 HTTP/1.1\" 404 77 \"-\" \"bot\\x1b]0;pwned\\x07\"",
                RequestLogHandler.format(RequestLogFormat.COMBINED, "02/Dec/2026:07:00:00 +0000", EVIL));
    }

    @Test
    @DisplayName("a JSON line holds no control character and parses back to what the client sent")
    void json() throws Exception {
        String line = RequestLogHandler.format(RequestLogFormat.JSON, "2026-12-02T07:00:00Z", new LoggedRequest(
                "10.0.0.7", "GET", "/x", "HTTP/1.1", 200, 5, "a\u0085\u007f\"\\", "b\u001b\n", 1_234_567));
        assertEquals("{\"time\":\"2026-12-02T07:00:00Z\",\"remote\":\"10.0.0.7\",\"method\":\"GET\",\"path\":\"/x\","
                + "\"protocol\":\"HTTP/1.1\",\"status\":200,\"bytes\":5,\"duration_ms\":1.23,"
                + "\"referer\":\"a\\u0085\\u007f\\\"\\\\\",\"user_agent\":\"b\\u001b\\n\"}", line);
        assertEquals("a\u0085\u007f\"\\", new ObjectMapper().readTree(line).get("referer").asText());
    }

    @Test
    @DisplayName("a note the middleware left ends Django's line in brackets and is \"note\" in JSON; the combined format leaves it out")
    void note() {
        LoggedRequest noted = new LoggedRequest("10.0.0.7", "GET", "/polls/", "HTTP/1.1", 200, 1432, null, null, 0,
                "4 queries, 1.3 ms");
        assertEquals("[02/Dec/2026 07:00:00] \"GET /polls/ HTTP/1.1\" 200 1432 (4 queries, 1.3 ms)",
                RequestLogHandler.format(RequestLogFormat.DJANGO, "02/Dec/2026 07:00:00", noted));
        assertEquals("{\"time\":\"t\",\"remote\":\"10.0.0.7\",\"method\":\"GET\",\"path\":\"/polls/\",\"protocol\":\"HTTP/1.1\","
                + "\"status\":200,\"bytes\":1432,\"duration_ms\":0.0,\"note\":\"4 queries, 1.3 ms\"}",
                RequestLogHandler.format(RequestLogFormat.JSON, "t", noted));
        assertEquals("10.0.0.7 - - [t] \"GET /polls/ HTTP/1.1\" 200 1432 \"-\" \"-\"",
                RequestLogHandler.format(RequestLogFormat.COMBINED, "t", noted));
    }
}
