package dev.hotclub.messages;

import static dev.hotclub.shortcuts.Shortcuts.redirect;
import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.HttpResponse;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.http.Middleware;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Messages")
class MessagesTest {
    @TempDir
    Path templates;

    private Client client(boolean withSessions) throws IOException {
        Files.writeString(templates.resolve("page.html"),
                "<#list messages as m><li class=\"${m.tags}\">${m}</li></#list>|${DEFAULT_MESSAGE_LEVELS.SUCCESS}");
        Middleware[] middleware = withSessions
                ? new Middleware[] {new SessionMiddleware(), new MessageMiddleware()}
                : new Middleware[] {new MessageMiddleware()};
        Project project = Project.named("messages").allowedHosts("testserver").secretKey("messages-test-key-0123456789")
                .templateDirs(templates).middleware(middleware)
                .urls(path("save/", request -> {
                            Messages.success(request, "Saved <b>it</b>.");
                            Messages.add(request, Messages.ERROR, "But look.", "important");
                            Messages.debug(request, "dropped: below INFO");
                            return redirect("/page/");
                        }),
                        path("page/", request -> render(request, "page.html", Map.of())),
                        path("plain/", request -> HttpResponse.ok("no template")))
                .build();
        return new Client(project);
    }

    @ParameterizedTest(name = "kept in the session: {0}")
    @ValueSource(booleans = {true, false})
    @DisplayName("are shown once, on the next page, escaped, with their tags")
    void shownOnceOnTheNextPage(boolean withSessions) throws IOException {
        try (Client client = client(withSessions)) {
            client.get("/save/").assertRedirects("/page/", 302, 200, false);
            TestResponse unrelated = client.get("/plain/");
            assertEquals("no template", unrelated.text());
            assertEquals("<li class=\"success\">Saved &lt;b&gt;it&lt;/b&gt;.</li>"
                    + "<li class=\"important error\">But look.</li>|25", client.get("/page/").text());
            assertEquals("|25", client.get("/page/").text());
        }
    }

    @Test
    @DisplayName("in a cookie, are signed: a forged cookie is ignored")
    void forgedCookieIgnored() throws IOException {
        try (Client client = client(false)) {
            TestResponse saved = client.get("/save/");
            String cookie = saved.response().cookies().stream().filter(c -> c.name().equals("messages")).findFirst()
                    .orElseThrow().value();
            assertTrue(cookie.contains(":"), cookie);
            TestResponse forged = client.send(dev.hotclub.http.HttpRequest.builder("GET", "/page/")
                    .header("Cookie", "messages=W1syNSwiaGkiLCIiXV0:forged").build());
            assertEquals("|25", forged.text());
        }
    }
}
