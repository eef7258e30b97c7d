package dev.hotclub.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.server.HotclubServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A FormView, served over HTTP")
class FormViewServerTest {
    @TempDir
    Path templates;
    HotclubServer server;
    HttpClient browser;

    @BeforeEach
    void start() throws Exception {
        server = HotclubServer.start(ContactSite.project(templates), "127.0.0.1", 0);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private java.net.http.HttpResponse<String> get() throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/contact/")).build(),
                BodyHandlers.ofString());
    }

    private java.net.http.HttpResponse<String> post(String... pairs) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/contact/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), BodyHandlers.ofString());
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([A-Za-z0-9]{64})\"").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    @Test
    @DisplayName("re-renders a form with errors, the values typed kept and escaped, and a fresh CSRF token; then succeeds")
    void errorsThenSuccess() throws Exception {
        var empty = get();
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("<input type=\"text\" name=\"subject\" maxlength=\"20\" required id=\"id_subject\">"),
                empty.body());

        var invalid = post("csrfmiddlewaretoken", token(empty.body()), "subject", "Hello <there>", "message", "",
                "sender", "me@example.com", "cc_myself", "on");
        assertEquals(200, invalid.statusCode());
        String html = invalid.body();
        assertTrue(html.contains("<input type=\"text\" name=\"subject\" value=\"Hello &lt;there&gt;\" maxlength=\"20\""
                + " required id=\"id_subject\">"), html);
        assertTrue(html.contains("<ul class=\"errorlist\" id=\"id_message_error\"><li>This field is required.</li></ul>"),
                html);
        assertTrue(html.contains("<ul class=\"errorlist\" id=\"id_sender_error\"><li>Please use your own address."
                + "</li></ul>\n<input type=\"email\" name=\"sender\" value=\"me@example.com\" maxlength=\"320\" required"
                + " aria-invalid=\"true\" aria-describedby=\"id_sender_error\" id=\"id_sender\">"), html);
        assertTrue(html.contains("<input type=\"checkbox\" name=\"cc_myself\" id=\"id_cc_myself\" checked>"), html);
        String token = token(html);

        var done = post("csrfmiddlewaretoken", token, "subject", "Hi", "message", "Hello", "sender", "ann@hotclub.dev");
        assertEquals(302, done.statusCode(), done.body());
        assertEquals("/contact/", done.headers().firstValue("Location").orElse(null));
        assertTrue(ContactSite.SENT.contains("Hi from ann@hotclub.dev"), ContactSite.SENT.toString());
        var next = get();
        assertTrue(next.body().contains("<p class=\"success\">Thanks, ann@hotclub.dev!</p>"), next.body());
        assertTrue(!get().body().contains("Thanks,"), "a message is shown once");
    }

    @Test
    @DisplayName("refuses a post without the CSRF token, as every POST view")
    void csrfStillApplies() throws Exception {
        assertEquals(403, post("subject", "Hi").statusCode());
    }
}
