package dev.hotclub.server;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** RFC 9112's framing rules, for a server with no proxy in front: what cannot be framed surely is a 400, and closed. */
@DisplayName("Requests whose framing is ambiguous are a 400 and the connection is closed (RFC 9112)")
class StrictFramingTest {
    private HotclubServer server;

    @BeforeEach
    void start() {
        Project project = Project.named("framing").allowedHosts("x")
                .urls(path("echo/", request -> new HttpResponse("got " + request.body().length + " "
                        + request.header("X-A"), 200, "text/plain")))
                .build();
        server = HotclubServer.start(project, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String send(String request) throws Exception {
        return RawHttp.exchange(server.port(), request.replace("\n", "\r\n").replace("<LF>", "\n"));
    }

    /** A 400 and nothing after it: the next request on the connection (a smuggled one) is never read. */
    private void assertRefusedAndClosed(String response) {
        assertEquals("HTTP/1.1 400 Bad Request", RawHttp.statusLine(response), response);
        assertTrue(response.contains("\r\nConnection: close\r\n"), response);
        assertEquals(1, response.split("HTTP/1.1 ", -1).length - 1, response);
    }

    private static final String SMUGGLED = "GET /echo/ HTTP/1.1\nHost: x\n\n";

    @ParameterizedTest
    @ValueSource(strings = {"chunked, identity", "xchunked", "identity", "gzip, chunked", "chunked, chunked"})
    @DisplayName("a Transfer-Encoding other than chunked alone")
    void transferCodings(String codings) throws Exception {
        assertRefusedAndClosed(send("POST /echo/ HTTP/1.1\nHost: x\nTransfer-Encoding: " + codings + "\n\n"
                + "5\nhello\n0\n\n" + SMUGGLED));
    }

    @Test
    @DisplayName("two Transfer-Encoding lines, or Transfer-Encoding with Content-Length")
    void conflictingFraming() throws Exception {
        assertRefusedAndClosed(send("POST /echo/ HTTP/1.1\nHost: x\nTransfer-Encoding: identity\nTransfer-Encoding: chunked\n\n"
                + "5\nhello\n0\n\n" + SMUGGLED));
        assertRefusedAndClosed(send("POST /echo/ HTTP/1.1\nHost: x\nContent-Length: 3\nTransfer-Encoding: chunked\n\n"
                + "5\nhello\n0\n\n" + SMUGGLED));
        assertRefusedAndClosed(send("POST /echo/ HTTP/1.1\nHost: x\nContent-Length: 3\nContent-Length: 5\n\nhello" + SMUGGLED));
    }

    @Test
    @DisplayName("a header line folded onto the next (obs-fold) is joined with a space, as RFC 9112 section 5.2 allows")
    void obsFold() throws Exception {
        String response = send("GET /echo/ HTTP/1.1\nHost: x\nX-A: a\n b\nConnection: close\n\n");
        assertTrue(response.endsWith("\r\n\r\ngot 0 a b"), response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5\nhelloEXTRA\n0\n\n", "5<LF>hello<LF>0<LF><LF>", "5\nhello<LF>0\n\n", "x\nhello\n0\n\n",
            "5\nhello\n0\nX-T: 1<LF>\n"})
    @DisplayName("a chunk longer than its size, a bare LF where CRLF ends a line, a size that is not hexadecimal")
    void malformedChunks(String body) throws Exception {
        assertRefusedAndClosed(send("POST /echo/ HTTP/1.1\nHost: x\nTransfer-Encoding: chunked\n\n" + body + SMUGGLED));
    }

    @Test
    @DisplayName("well-framed requests are still served; the connection is kept after a Content-Length body, closed"
            + " after a chunked one (what follows it is never read as a request)")
    void wellFramed() throws Exception {
        String chunked = send("POST /echo/ HTTP/1.1\nHost: x\nTransfer-Encoding: Chunked\n\n5;name=value\nhello\n"
                + "3\nabc\n0\nX-Trailer: 1\n\n" + SMUGGLED);
        assertEquals(1, chunked.split("HTTP/1.1 200 OK", -1).length - 1, chunked);
        assertTrue(chunked.contains("\r\nConnection: close\r\n"), chunked);
        assertTrue(chunked.endsWith("got 8 null"), chunked);
        String kept = send("POST /echo/ HTTP/1.1\nHost: x\nContent-Length: 5\n\nhello"
                + "GET /echo/ HTTP/1.1\nHost: x\nX-A: 1\nConnection: close\n\n");
        assertEquals(2, kept.split("HTTP/1.1 200 OK", -1).length - 1, kept);
        assertTrue(kept.contains("got 5 null"), kept);
        assertTrue(kept.endsWith("got 0 1"), kept);
    }
}
