package dev.hotclub.server;

import static dev.hotclub.shortcuts.Shortcuts.redirect;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A request cannot write to the terminal: what it sends reaches the console escaped, as Django escapes it
 * since CVE-2025-48432, and a redirect built from it carries a Location Django would send. Raw sockets, so
 * that the bytes sent are exactly the ones written here.
 */
@DisplayName("What a hostile request sends reaches the console escaped and Location encoded")
class ConsoleSafetyTest {
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private ProjectHandler handler;
    private HotclubServer server;

    @BeforeEach
    void start() {
        Project project = Project.named("console")
                .debug(true)
                .templateDirs(FixtureSite.NO_TEMPLATES)
                .urls(path("next/", request -> redirect(request.GET().get("next", "/"))),
                        path("number/", request -> HttpResponse.ok("" + Integer.parseInt(request.GET().get("n")))))
                .build();
        // The error lines are logged on System.err as it is when each is printed (see simplelogger.properties).
        originalErr = System.err;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        handler = new ProjectHandler(project);
        server = HotclubServer.start(handler, "127.0.0.1", 0, line -> { });
    }

    @AfterEach
    void stop() {
        System.setErr(originalErr);
        server.close();
        handler.close();
    }

    private String send(String requestLine) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** What reached the console, without the level the logging backend puts before each message. */
    private String console() {
        return console.toString(StandardCharsets.UTF_8).replaceAll("(?m)^(WARN|ERROR) dev\\.hotclub\\.request - ", "");
    }

    @Test
    void aNotFoundPathWithEscAndANewlineIsPrintedEscapedOnOneLine() throws Exception {
        String response = send("GET /x%1B[31mred%0A[02/Dec/2026%2006:00:00]%20%22GET%20/admin/%22%20200/ HTTP/1.1");
        assertTrue(response.startsWith("HTTP/1.1 404 "), response);
        assertEquals("Not Found: /x\\x1b[31mred\\n[02/Dec/2026 06:00:00] \"GET /admin/\" 200/" + System.lineSeparator(),
                console());
        assertFalse(console().contains("\u001b"));
    }

    @Test
    void aRawEscInTheRequestLineIsRefusedBeforeAnyViewSeesIt() throws Exception {
        String response = send("GET /raw\u001b[31m/ HTTP/1.1");
        assertTrue(response.startsWith("HTTP/1.1 400 "), response);
        assertEquals("", console());
    }

    @Test
    void nonAsciiAndBackslashesArePrintedAsDjangoPrintsThem() throws Exception {
        send("GET /caf%C3%A9/%E2%82%AC/%5C%0D%00/ HTTP/1.1");
        assertEquals("Not Found: /caf\\xe9/\\u20ac/\\\\\\r\\x00/" + System.lineSeparator(), console());
    }

    @Test
    void anExceptionMessageQuotingTheRequestIsEscapedInTheStackTrace() throws Exception {
        String response = send("GET /number/?n=1%1B[2J%0AForged HTTP/1.1");
        assertTrue(response.startsWith("HTTP/1.1 500 "), response);
        String printed = console();
        assertTrue(printed.startsWith("Internal Server Error: /number/\n"
                + "java.lang.NumberFormatException: For input string: \"1\\x1b[2J\n    Forged\"\n\tat "), printed);
        assertFalse(printed.contains("\u001b"), printed);
        assertFalse(printed.contains(System.lineSeparator() + "Forged"), printed);
    }

    @Test
    void aNextParameterWithAnEncodedBackslashRedirectsToTheSameSiteAsDjangoDoes() throws Exception {
        String response = send("GET /next/?next=/%5Cevil.com HTTP/1.1");
        assertTrue(response.startsWith("HTTP/1.1 302 "), response);
        assertTrue(response.contains("\r\nLocation: /%5Cevil.com\r\n"), response);
    }

    @Test
    void aNextParameterWithNonAsciiTextAndNulIsPercentEncoded() throws Exception {
        String response = send("GET /next/?next=/%E2%82%AC/%3Cscript%3E%00%20x HTTP/1.1");
        assertTrue(response.contains("\r\nLocation: /%E2%82%AC/%3Cscript%3E%00%20x\r\n"), response);
    }
}
