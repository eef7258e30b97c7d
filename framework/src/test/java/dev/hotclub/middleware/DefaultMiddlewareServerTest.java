package dev.hotclub.middleware;

import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import dev.hotclub.server.HotclubServer;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default middleware list over real HTTP, with a browser-like client that keeps cookies. */
@DisplayName("The default middleware list, served")
class DefaultMiddlewareServerTest {
    @TempDir
    Path templates;
    HotclubServer server;
    CookieManager cookies = new CookieManager();
    HttpClient browser;

    @BeforeEach
    void start() throws Exception {
        Files.writeString(templates.resolve("form.html"), "<form method=\"post\"><@csrf_input/><input name=\"n\"></form>");
        Project project = Project.named("served").allowedHosts("testserver", "127.0.0.1").templateDirs(templates).secretKey(SessionMiddlewareTest.KEY)
                .middleware(new SecurityMiddleware(), new SessionMiddleware(), new CommonMiddleware(),
                        new CsrfViewMiddleware(), new XFrameOptionsMiddleware())
                .urls(path("form/", request -> {
                    if (request.method().equals("POST")) {
                        request.session().put("n", request.POST().get("n"));
                        return HttpResponse.ok("saved");
                    }
                    return render(request, "form.html", Map.of());
                }), path("show/", request -> HttpResponse.ok("n=" + request.session().get("n"))))
                .build();
        server = HotclubServer.start(project, "127.0.0.1", 0);
        browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private java.net.http.HttpResponse<String> post(String body) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri("/form/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    @Test
    @DisplayName("a form round trip: the token and the cookies it sets, a refused post without it, the session")
    void formRoundTrip() throws Exception {
        var refused = post("n=x");
        assertEquals(403, refused.statusCode());
        assertEquals("DENY", refused.headers().firstValue("X-Frame-Options").orElse(null));

        var form = browser.send(HttpRequest.newBuilder(uri("/form/")).build(), BodyHandlers.ofString());
        assertEquals(200, form.statusCode());
        List<String> setCookies = form.headers().allValues("Set-Cookie");
        assertEquals(1, setCookies.size(), setCookies.toString());
        HttpCookie csrf = HttpCookie.parse(setCookies.get(0)).get(0);
        assertEquals("csrftoken", csrf.getName());
        assertEquals(32, csrf.getValue().length());
        assertTrue(setCookies.get(0).contains("; SameSite=Lax"), setCookies.get(0));
        Matcher token = Pattern.compile("value=\"([A-Za-z0-9]{64})\"").matcher(form.body());
        assertTrue(token.find(), form.body());

        var saved = post("csrfmiddlewaretoken=" + token.group(1) + "&n=Zo%C3%AB");
        assertEquals(200, saved.statusCode(), saved.body());
        String session = saved.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("sessionid="))
                .findFirst().orElseThrow();
        assertTrue(session.contains("; HttpOnly") && session.contains("; Max-Age=1209600")
                && session.contains("; SameSite=Lax"), session);
        assertEquals("n=Zoë", browser.send(HttpRequest.newBuilder(uri("/show/")).build(), BodyHandlers.ofString()).body());
    }

    @Test
    @DisplayName("a 404 carries the security headers")
    void notFoundHasHeaders() throws Exception {
        var missing = browser.send(HttpRequest.newBuilder(uri("/missing/")).build(), BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertEquals("DENY", missing.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("nosniff", missing.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", missing.headers().firstValue("Referrer-Policy").orElse(null));
    }
}
