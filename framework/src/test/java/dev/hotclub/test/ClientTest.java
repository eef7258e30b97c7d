package dev.hotclub.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The test Client")
class ClientTest {
    private final Client client = new Client(FixtureSite.builder(true).build());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    @DisplayName("gets a page through the resolver and the view")
    void getsAPage() {
        TestResponse r = client.get("/greetings/Alice/");
        assertEquals(200, r.status());
        assertEquals("text/html; charset=utf-8", r.header("content-type"));
        assertEquals("<h1>Hello, Alice!</h1><p>Nice to meet you.</p>", r.text());
        assertNull(r.templateName());
    }

    @Test
    @DisplayName("passes the query string, from the path or from a map")
    void passesTheQueryString() {
        assertEquals("<h1>Search Results</h1><p>You searched for: django</p><p>Showing page: 2</p>",
                client.get("/greetings/search/?q=django&page=2").text());
        assertEquals("<h1>Search Results</h1><p>You searched for: a &amp; b</p><p>Showing page: 1</p>",
                client.get("/greetings/search/", Map.of("q", "a & b")).text());
    }

    @Test
    @DisplayName("shows the template rendered and its context")
    void showsTheTemplateAndContext() {
        TestResponse r = client.get("/greetings/hello/<Bob&Co>/");
        assertEquals("greetings/hello.html", r.templateName());
        assertEquals("<Bob&Co>", r.context().get("name"));
        assertTrue(r.context().containsKey("request"));
        assertEquals("<h1>Hello, &lt;Bob&amp;Co&gt;!</h1><p>Path /greetings/hello/&lt;Bob&amp;Co&gt;/</p>\n", r.text());
    }

    @Test
    @DisplayName("returns redirects unfollowed by default, and follows them on request")
    void followsRedirectsOnRequest() {
        TestResponse r = client.get("/greetings/go-home/");
        assertEquals(302, r.status());
        assertEquals("/greetings/", r.location());
        TestResponse followed = client.followRedirects(true).get("/greetings/go-home/");
        assertEquals(200, followed.status());
        assertEquals(List.of("/greetings/"), followed.redirectChain());
        assertEquals("<h1>Welcome to the App!</h1><p>This is the homepage.</p>", followed.text());
    }

    @Test
    @DisplayName("posts a form")
    void postsAForm() {
        assertEquals("method=POST who=Zoë &amp; co", client.post("/greetings/echo/", Map.of("who", "Zoë & co")).text());
    }

    @Test
    @DisplayName("posts JSON and reads a JSON response")
    void postsJson() {
        TestResponse r = client.postJson("/greetings/json/", Map.of("x", 2, "y", 40));
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals("{\"sum\":42}", r.text());
        assertEquals(Map.of("sum", 42), r.json(Map.class));
    }

    @Test
    @DisplayName("keeps the cookies the project sets")
    void keepsCookies() {
        assertEquals("visits=1", client.get("/greetings/cookie/").text());
        assertEquals("visits=2", client.get("/greetings/cookie/").text());
    }

    @Test
    @DisplayName("answers HEAD with the GET's status and headers and no body")
    void answersHead() {
        TestResponse r = client.head("/greetings/");
        assertEquals(200, r.status());
        assertEquals("", r.text());
    }

    @Test
    @DisplayName("gives typed path values to views")
    void givesTypedPathValues() {
        assertEquals("item 43", client.get("/items/0042/").text());
    }

    @Test
    @DisplayName("decodes the path as the server does: a malformed escape is kept literally and gets the 404 page")
    void keepsMalformedEscapes() {
        TestResponse r = client.get("/%zz/");
        assertEquals(404, r.status());
        assertEquals("<h1>Nothing at /%25zz/</h1><p>Resolver404</p>\n", r.text());
        assertEquals("<h1>Hello, Café!</h1><p>Nice to meet you.</p>", client.get("/greetings/caf%C3%A9/").text());
        assertEquals("<h1>Hello, A+b!</h1><p>Nice to meet you.</p>", client.get("/greetings/a+b/").text());
        try (Client plain = Client.debugMode(FixtureSite.withoutTemplates(true).build())) {
            assertTrue(plain.get("/%zz/").text().contains("<p>The current path, <code>%zz/</code>, didn't match any of"
                    + " these.</p>"));
        }
    }
}
