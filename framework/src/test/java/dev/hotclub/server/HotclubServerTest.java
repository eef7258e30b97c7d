package dev.hotclub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.project.Project;
import java.io.IOException;
import java.net.Socket;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HotclubServer over real HTTP")
class HotclubServerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final BlockingQueue<String> log = new LinkedBlockingQueue<>();
    private ProjectHandler handler;
    private HotclubServer server;

    private void start(Project project) {
        handler = new ProjectHandler(project);
        server = HotclubServer.start(handler, "127.0.0.1", 0, log::add);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            handler.close();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return send(request(pathAndQuery));
    }

    private String rawStatusLine(String target) throws IOException {
        return rawResponse(target, "x").lines().findFirst().orElse("");
    }

    /** The whole response to a GET of {@code target} as written on a plain socket, which java.net.http would not send. */
    private String rawResponse(String target, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String nextLogLine() throws InterruptedException {
        String line = log.poll(10, TimeUnit.SECONDS);
        assertNotNull(line, "no request log line");
        return line;
    }

    @Test
    @DisplayName("serves a view's page with its length, and logs it in Django's format")
    void servesAPage() throws Exception {
        start(FixtureSite.builder(true).build());
        HttpResponse<String> r = get("/greetings/Alice/");
        assertEquals(200, r.statusCode());
        assertEquals("<h1>Hello, Alice!</h1><p>Nice to meet you.</p>", r.body());
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("content-type").orElseThrow());
        assertEquals("46", r.headers().firstValue("content-length").orElseThrow());
        String line = nextLogLine();
        assertTrue(line.matches("\\[\\d{2}/[A-Z][a-z]{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}] \"GET /greetings/Alice/ HTTP/1.1\" 200 46"),
                line);
    }

    @Test
    @DisplayName("logs the query string as sent, and 404s with their body size")
    void logsQueryAndErrors() throws Exception {
        start(FixtureSite.withoutTemplates(false).build());
        get("/greetings/search/?q=a%20b&page=2");
        String search = nextLogLine();
        assertTrue(search.endsWith("] \"GET /greetings/search/?q=a%20b&page=2 HTTP/1.1\" 200 73"), search);
        get("/nope");
        String nope = nextLogLine();
        assertTrue(nope.endsWith("] \"GET /nope HTTP/1.1\" 404 77"), nope);
    }

    @Test
    @DisplayName("reads the query string as Django's QueryDict: last value wins, + is a space, bad UTF-8 is U+FFFD")
    void queryDictOverHttp() throws Exception {
        start(FixtureSite.builder(true).build());
        assertEquals("<h1>Search Results</h1><p>You searched for: café au lait</p><p>Showing page: </p>",
                get("/greetings/search/?q=tea&q=caf%C3%A9+au%20lait&page=").body());
        assertEquals("<h1>Search Results</h1><p>You searched for: \uFFFD&amp;x</p><p>Showing page: 1</p>",
                get("/greetings/search/?q=%FF%26x").body());
    }

    @Test
    @DisplayName("renders the project's 404.html for an unknown path")
    void customNotFound() throws Exception {
        start(FixtureSite.builder(true).build());
        HttpResponse<String> r = get("/nope/");
        assertEquals(404, r.statusCode());
        assertEquals("<h1>Nothing at /nope/</h1><p>Resolver404</p>\n", r.body());
    }

    @Test
    @DisplayName("escapes a hostile path on the debug 404 page")
    void escapesHostilePaths() throws Exception {
        start(FixtureSite.withoutTemplates(true).build());
        HttpResponse<String> r = get("/%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(404, r.statusCode());
        assertFalse(r.body().contains("<script>"), r.body());
        assertTrue(r.body().contains("<p>The current path, <code>&lt;script&gt;alert(1)&lt;/script&gt;</code>, didn't"
                + " match any of these.</p>"), r.body());
    }

    @Test
    @DisplayName("escapes a hostile path in the project's 404.html too")
    void escapesHostilePathsInTemplates() throws Exception {
        start(FixtureSite.builder(false).build());
        HttpResponse<String> r = get("/%3Cscript%3E");
        assertEquals("<h1>Nothing at /%3Cscript%3E</h1><p>Resolver404</p>\n", r.body());
    }

    @Test
    @DisplayName("survives broken percent-escapes and bytes that are not UTF-8 in the path")
    void brokenPaths() throws Exception {
        start(FixtureSite.withoutTemplates(false).build());
        // java.net.http refuses to send a malformed escape, so this request line goes through a plain socket;
        // Undertow answers it 400 before any handler runs.
        assertEquals("HTTP/1.1 400 Bad Request", rawStatusLine("/%zz/"));
        assertEquals("HTTP/1.1 400 Bad Request", rawStatusLine("/greetings/search/?q=%zz"));
        assertEquals(404, get("/%FF%FE/").statusCode());
        String first = nextLogLine();
        assertTrue(first.endsWith("] \"GET /%FF%FE/ HTTP/1.1\" 404 77"), "requests Undertow refused are not logged: " + first);
        assertEquals(200, get("/greetings/%FF/").statusCode());
        assertEquals(200, get("/greetings/").statusCode());
    }

    @Test
    @DisplayName("decodes the path as Django does: bytes that are not UTF-8 stay escaped, ';' is kept, the log shows it raw")
    void decodesThePathAsDjango() throws Exception {
        start(FixtureSite.withoutTemplates(true).build());
        // Python's "%FF".capitalize() is "%ff": the view got the path value %FF.
        assertEquals("<h1>Hello, %ff!</h1><p>Nice to meet you.</p>", get("/greetings/%FF/").body());
        assertTrue(nextLogLine().endsWith("] \"GET /greetings/%FF/ HTTP/1.1\" 200 44"));
        assertEquals("<h1>Hello, Café!</h1><p>Nice to meet you.</p>", get("/greetings/caf%C3%A9/").body());
        assertTrue(nextLogLine().endsWith("] \"GET /greetings/caf%C3%A9/ HTTP/1.1\" 200 46"));
        // Undertow's own path would drop ";b" as a path parameter.
        assertEquals("<h1>Hello, A;b!</h1><p>Nice to meet you.</p>", get("/greetings/a;b/").body());
        String absolute = rawResponse("http://127.0.0.1/greetings/b%C3%B8b;x/", "127.0.0.1");
        assertTrue(absolute.endsWith("\r\n\r\n<h1>Hello, Bøb;x!</h1><p>Nice to meet you.</p>"), absolute);
        HttpResponse<String> slash = get("/greetings%2Fsearch/");
        assertEquals(200, slash.statusCode(), "an encoded slash is a slash, as in Django");
    }

    @Test
    @DisplayName("a query of more than 1000 fields is a 400 that says why in debug mode")
    void tooManyFields() throws Exception {
        start(FixtureSite.withoutTemplates(true).build());
        HttpResponse<String> r = get("/greetings/search/?a=1" + "&a=1".repeat(1000));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("The number of GET/POST parameters exceeded 1000"), r.body());
        assertEquals(200, get("/greetings/search/?a=1" + "&a=1".repeat(999)).statusCode());
    }

    @Test
    @DisplayName("a body over 2.5 MB that is not an upload is a 400, plain in production")
    void bodyTooLarge() throws Exception {
        start(FixtureSite.withoutTemplates(false).build());
        HttpResponse<String> r = send(request("/greetings/json/").POST(BodyPublishers.ofByteArray(new byte[2_621_441]))
                .header("Content-Type", "application/json"));
        assertEquals(400, r.statusCode());
        assertEquals("<h1>Bad Request (400)</h1>", r.body());
    }

    @Test
    @DisplayName("takes a file upload larger than the body limit")
    void largeUpload() throws Exception {
        start(FixtureSite.builder(false).build());
        String boundary = "----hotclub";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 3_000_000 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + 3_000_000, tail.length);
        HttpResponse<String> r = send(request("/greetings/upload/").POST(BodyPublishers.ofByteArray(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
        assertEquals("title= file=big.bin bytes=3000000", r.body(), r.statusCode() + " " + r.headers());
    }

    @Test
    @DisplayName("answers a plain Not Found in production without a 404.html")
    void plainNotFound() throws Exception {
        start(FixtureSite.withoutTemplates(false).build());
        HttpResponse<String> r = get("/nope/");
        assertEquals(404, r.statusCode());
        assertEquals("<h1>Not Found</h1><p>The requested resource was not found on this server.</p>", r.body());
    }

    @Test
    @DisplayName("shows the technical 500 page in debug mode, and keeps serving")
    void technical500() throws Exception {
        start(FixtureSite.builder(true).build());
        HttpResponse<String> r = get("/greetings/boom/");
        assertEquals(500, r.statusCode());
        assertTrue(r.body().contains("<h1>java.lang.IllegalStateException <span>at /greetings/boom/</span></h1>"), r.body());
        assertEquals(200, get("/greetings/").statusCode());
    }

    @Test
    @DisplayName("answers a plain Server Error in production")
    void plain500() throws Exception {
        start(FixtureSite.withoutTemplates(false).build());
        HttpResponse<String> r = get("/greetings/boom/");
        assertEquals(500, r.statusCode());
        assertEquals("<h1>Server Error (500)</h1>", r.body());
    }

    @Test
    @DisplayName("redirects a path without its slash with a 301 that keeps the query")
    void appendSlash() throws Exception {
        start(FixtureSite.builder(true).build());
        HttpResponse<String> r = get("/greetings/search?q=django&page=2");
        assertEquals(301, r.statusCode());
        assertEquals("/greetings/search/?q=django&page=2", r.headers().firstValue("location").orElseThrow());
    }

    @Test
    @DisplayName("a POST to a path without its slash: explained in debug mode, a 308 in production")
    void postWithoutSlash() throws Exception {
        start(FixtureSite.builder(true).build());
        HttpResponse<String> debug = send(request("/greetings/echo").POST(BodyPublishers.ofString("who=x"))
                .header("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(500, debug.statusCode());
        assertTrue(debug.body().contains("Change your form to point to 127.0.0.1:" + server.port()
                + "/greetings/echo/ (note the trailing slash)"), debug.body());
        stop();
        start(FixtureSite.builder(false).build());
        HttpResponse<String> production = send(request("/greetings/echo").POST(BodyPublishers.ofString("who=x"))
                .header("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(308, production.statusCode());
        assertEquals("/greetings/echo/", production.headers().firstValue("location").orElseThrow());
    }

    @Test
    @DisplayName("answers HEAD with the GET's headers and no body")
    void head() throws Exception {
        start(FixtureSite.builder(true).build());
        HttpResponse<String> r = send(request("/greetings/Alice/").method("HEAD", BodyPublishers.noBody()));
        assertEquals(200, r.statusCode());
        assertEquals("46", r.headers().firstValue("content-length").orElseThrow());
        assertEquals("", r.body());
    }

    @Test
    @DisplayName("reads url-encoded and multipart forms")
    void forms() throws Exception {
        start(FixtureSite.builder(true).build());
        HttpResponse<String> form = send(request("/greetings/echo/").POST(BodyPublishers.ofString("who=Zo%C3%AB+%26+co"))
                .header("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals("method=POST who=Zoë &amp; co", form.body());
        String boundary = "----hotclub";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nRésumé\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"cv.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello world\r\n--" + boundary + "--\r\n";
        HttpResponse<String> multipart = send(request("/greetings/upload/")
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary));
        assertEquals("title=Résumé file=cv.txt bytes=11", multipart.body());
    }

    @Test
    @DisplayName("reads a JSON body and answers JSON")
    void json() throws Exception {
        start(FixtureSite.builder(true).build());
        HttpResponse<String> r = send(request("/greetings/json/").POST(BodyPublishers.ofString("{\"x\":1,\"y\":2}"))
                .header("Content-Type", "application/json"));
        assertEquals("{\"sum\":3}", r.body());
        assertEquals("application/json", r.headers().firstValue("content-type").orElseThrow());
    }

    @Test
    @DisplayName("runs views on worker threads, not on Undertow's IO threads")
    void viewsOffTheIoThread() throws Exception {
        start(FixtureSite.builder(true).build());
        String thread = get("/greetings/thread/").body();
        assertFalse(thread.contains("I/O"), thread);
        assertTrue(thread.startsWith("XNIO-"), thread);
    }

    @Test
    @DisplayName("sets cookies with Set-Cookie and reads them back")
    void cookies() throws Exception {
        start(FixtureSite.builder(true).build());
        HttpResponse<String> first = get("/greetings/cookie/");
        assertEquals("visits=1; Path=/", first.headers().firstValue("set-cookie").orElseThrow());
        HttpResponse<String> second = send(request("/greetings/cookie/").header("Cookie", "visits=1"));
        assertEquals("visits=2", second.body());
    }

    @Test
    @DisplayName("streams static files with their type and length")
    void staticFiles() throws Exception {
        start(FixtureSite.builder(false).build());
        HttpResponse<String> r = get("/static/css/site.css");
        assertEquals(200, r.statusCode());
        assertEquals("h1 { color: teal; }\n", r.body());
        assertEquals("text/css; charset=utf-8", r.headers().firstValue("content-type").orElseThrow());
        assertEquals("20", r.headers().firstValue("content-length").orElseThrow());
    }

    @Test
    @DisplayName("the host is the Host header as sent, as Django's get_host()")
    void hostAsSent() throws Exception {
        start(Project.named("h").allowedHosts("127.0.0.1", "example.com").urls(dev.hotclub.urls.Urls.path("host/",
                request -> new dev.hotclub.http.HttpResponse(request.scheme() + "://" + request.host(), 200,
                        "text/plain; charset=utf-8"), "host")).build());
        assertEquals("http://127.0.0.1:" + server.port(), get("/host/").body());
        String response = rawResponse("/host/", "example.com");
        assertTrue(response.endsWith("\r\n\r\nhttp://example.com"), response);
    }

    @Test
    @DisplayName("a port in use is an error that says so")
    void portInUse() {
        start(FixtureSite.builder(true).build());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HotclubServer.start(handler, "127.0.0.1", server.port()));
        assertTrue(e.getMessage().startsWith("Cannot listen on 127.0.0.1:" + server.port() + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith(". Another server may be using the port: stop it, or choose another port."),
                e.getMessage());
    }

    @Test
    @DisplayName("reports the port it chose when started on port 0")
    void portZero() {
        start(FixtureSite.builder(true).build());
        assertTrue(server.port() > 0);
        assertEquals("127.0.0.1", server.host());
    }
}
