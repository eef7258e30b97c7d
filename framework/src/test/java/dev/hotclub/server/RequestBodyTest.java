package dev.hotclub.server;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.UploadedFile;
import dev.hotclub.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Request bodies over HTTP, with Django's multipart semantics and a 400 page for every broken body")
class RequestBodyTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<String> log = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream previousErr;
    private HotclubServer server;
    private static volatile java.nio.file.Path lastUpload;

    /** What the view saw: each POST field's name and length, each file's name, file name, size and whether on disk. */
    static HttpResponse describe(HttpRequest request) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> field : new TreeMap<>(request.POST().lists()).entrySet()) {
            for (String value : field.getValue()) {
                out.append("POST ").append(field.getKey()).append('=').append(value.length() > 20
                        ? value.length() + " chars" : value).append('\n');
            }
        }
        for (Map.Entry<String, List<UploadedFile>> files : new TreeMap<>(request.FILES()).entrySet()) {
            for (UploadedFile file : files.getValue()) {
                lastUpload = file.file();
                out.append("FILES ").append(files.getKey()).append('=').append(file.fileName()).append(' ')
                        .append(file.size()).append(file.file() != null ? " on disk" : " in memory")
                        .append(file.readAllBytes().length == file.size() ? "" : " WRONG SIZE").append('\n');
            }
        }
        out.append("body ").append(request.body().length);
        return new HttpResponse(out.toString(), 200, "text/plain; charset=utf-8");
    }

    @BeforeEach
    void start() {
        previousErr = System.err;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        Project project = Project.named("bodies").allowedHosts("127.0.0.1", "localhost", "x").debug(true)
                .urls(path("describe/", RequestBodyTest::describe, "describe"))
                .build();
        ProjectHandler handler = new ProjectHandler(project);
        server = HotclubServer.start(handler, "127.0.0.1", 0, log::add);
    }

    @AfterEach
    void stop() {
        server.close();
        System.setErr(previousErr);
    }

    private java.net.http.HttpResponse<String> post(String contentType, byte[] body) throws Exception {
        return HTTP.send(java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/describe/"))
                .header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(body)).build(), BodyHandlers.ofString());
    }

    private static String part(String disposition, String content) {
        return "--b\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + content + "\r\n";
    }

    /** Whether {@code condition} holds within 10 s: what the server does after answering is not ordered with the client. */
    static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    private String nextLogLine() throws InterruptedException {
        String line = log.poll(10, TimeUnit.SECONDS);
        assertNotNull(line, "no request log line");
        return line;
    }

    @Test
    @DisplayName("a part without a filename is a POST field whatever its size, a part with one is a file")
    void fieldsAndFiles() throws Exception {
        String big = "x".repeat(100_000);
        String body = part("name=\"note\"", big) + part("name=\"title\"", "Hello")
                + part("name=\"doc\"; filename=\"C:\\\\Users\\\\me\\\\a.txt\"", "file content")
                + part("name=\"empty\"; filename=\"\"", "") + "--b--\r\n";
        var response = post("multipart/form-data; boundary=b", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        assertEquals("POST empty=\nPOST note=100000 chars\nPOST title=Hello\nFILES doc=a.txt 12 in memory\nbody 0",
                response.body());
    }

    @Test
    @DisplayName("a file larger than 2.5 MB goes to a temporary file, deleted once the response is sent")
    void largeFile() throws Exception {
        String body = part("name=\"doc\"; filename=\"big.bin\"", "y".repeat(3_000_000)) + "--b--\r\n";
        var response = post("multipart/form-data; boundary=b", body.getBytes(StandardCharsets.UTF_8));
        assertEquals("FILES doc=big.bin 3000000 on disk\nbody 0", response.body());
        assertTrue(eventually(() -> lastUpload != null && !Files.exists(lastUpload)), "the temporary file is deleted: " + lastUpload);
    }

    @Test
    @DisplayName("fields over 2.5 MB together are a 400 naming DATA_UPLOAD_MAX_MEMORY_SIZE, files are not counted")
    void fieldsOverTheLimit() throws Exception {
        String withFile = part("name=\"a\"", "x".repeat(1_000_000)) + part("name=\"f\"; filename=\"f\"", "z".repeat(3_000_000))
                + "--b--\r\n";
        assertEquals(200, post("multipart/form-data; boundary=b", withFile.getBytes(StandardCharsets.UTF_8)).statusCode());
        String body = part("name=\"a\"", "x".repeat(1_500_000)) + part("name=\"b\"", "x".repeat(1_500_000)) + "--b--\r\n";
        var response = post("multipart/form-data; boundary=b", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("exceeded 2621440 bytes (Django&#x27;s DATA_UPLOAD_MAX_MEMORY_SIZE)"),
                response.body());
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("Bad Request: /describe/"));
    }

    @Test
    @DisplayName("a body that is not a form over 2.5 MB is a 400, sent with its Content-Length or chunked")
    void rawBodyOverTheLimit() throws Exception {
        byte[] big = new byte[2_621_441];
        var response = post("application/octet-stream", big);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Request body exceeded 2621440 bytes"), response.body());
        var chunked = HTTP.send(java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/describe/"))
                .POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(), BodyHandlers.ofString());
        assertEquals(400, chunked.statusCode(), () -> console.toString(StandardCharsets.UTF_8));
        assertEquals("body 2621440", post("application/octet-stream", new byte[2_621_440]).body());
    }

    @Test
    @DisplayName("a multipart body without a boundary is a 400 that says so")
    void noBoundary() throws Exception {
        var response = post("multipart/form-data", part("name=\"a\"", "1").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Invalid boundary in multipart"), response.body());
    }

    @Test
    @DisplayName("a multipart body cut before its closing boundary is a 400 that says so")
    void truncated() throws Exception {
        var response = post("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nab"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("ended before its closing boundary"), response.body());
        assertTrue(nextLogLine().endsWith("\"POST /describe/ HTTP/1.1\" 400 " + response.body().getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    @DisplayName("more than 100 files is a 400 naming DATA_UPLOAD_MAX_NUMBER_FILES")
    void tooManyFiles() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            body.append(part("name=\"f\"; filename=\"f" + i + "\"", "x"));
        }
        var response = post("multipart/form-data; boundary=b", (body + "--b--\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("DATA_UPLOAD_MAX_NUMBER_FILES"), response.body());
    }

    @Test
    @DisplayName("a chunked body with a size that is not hexadecimal is refused, said on the console and logged as a 400")
    void brokenChunkedEncoding() throws Exception {
        // Hotclub's strict chunk decoder refuses it, and the connection is still there to say why (Undertow's own
        // decoder closed it, with no answer).
        String response = RawHttp.exchange(server.port(), "POST /describe/ HTTP/1.1\r\nHost: x\r\n"
                + "Transfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");
        assertEquals("HTTP/1.1 400 Bad Request", RawHttp.statusLine(response));
        assertTrue(response.contains("\r\nConnection: close\r\n"), response);
        assertTrue(nextLogLine().replaceFirst("^\\[[^]]*\\] ", "").matches("\"POST /describe/ HTTP/1.1\" 400 [1-9][0-9]*"));
        assertTrue(eventually(() -> console.toString(StandardCharsets.UTF_8).contains("The request body could not be read:"
                + " a chunk size is not a hexadecimal number ending with CRLF")), console.toString(StandardCharsets.UTF_8));
        assertTrue(eventually(() -> server.requestsInFlight().isEmpty()));
    }

    @Test
    @DisplayName("a body is read before the view runs, and the connection stays usable afterwards")
    void keepAlive() throws Exception {
        String two = "POST /describe/ HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello"
                + "GET /describe/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        String response = RawHttp.exchange(server.port(), two);
        assertTrue(response.contains("body 5"), response);
        assertTrue(response.contains("body 0"), response);
    }

    @Test
    @DisplayName("a client that sends Expect: 100-continue gets 100 Continue before it sends its body, as from gunicorn")
    void continueBeforeTheBody() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(1000); // curl waits a second for the 100 before it sends anyway
            socket.getOutputStream().write(("POST /describe/ HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] interim = new byte["HTTP/1.1 100 Continue\r\n\r\n".length()];
            int read = 0;
            for (int n; read < interim.length && (n = socket.getInputStream().read(interim, read, interim.length - read)) > 0; ) {
                read += n;
            }
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(interim, 0, read, StandardCharsets.US_ASCII));
            socket.getOutputStream().write("hello".getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            String response = RawHttp.readUntilClosed(socket.getInputStream());
            assertEquals("HTTP/1.1 200 OK", RawHttp.statusLine(response));
            assertEquals("body 5", RawHttp.body(response));
        }
    }

    @Test
    @DisplayName("no 100 Continue for a request without a body: its answer is the final one")
    void noContinueWithoutBody() throws Exception {
        String response = RawHttp.exchange(server.port(), "GET /describe/ HTTP/1.1\r\nHost: x\r\n"
                + "Expect: 100-continue\r\nConnection: close\r\n\r\n");
        assertEquals("HTTP/1.1 200 OK", RawHttp.statusLine(response));
    }

    @Test
    @DisplayName("a Content-Length of 2^31 or more is a 400 that says the server reads less in one request")
    void contentLengthPastTwoGigabytes() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /describe/ HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data;"
                    + " boundary=b\r\nContent-Length: 2147483648\r\n\r\n--b\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] head = new byte[12];
            int read = 0;
            for (int n; read < head.length && (n = socket.getInputStream().read(head, read, head.length - read)) > 0; ) {
                read += n;
            }
            assertEquals("HTTP/1.1 400", new String(head, 0, read, StandardCharsets.US_ASCII));
        }
        assertTrue(eventually(() -> console.toString(StandardCharsets.UTF_8).contains("The request's Content-Length"
                + " (2147483648 bytes) is more than this server reads in one request (2147483647 bytes)")), console.toString());
    }
}
