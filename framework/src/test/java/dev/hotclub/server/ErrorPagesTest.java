package dev.hotclub.server;

import dev.hotclub.testing.AsServed;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Error pages")
class ErrorPagesTest {

    private static TestResponse get(Project project, String path) {
        try (Client client = AsServed.client(project)) {
            return client.get(path);
        }
    }

    @Nested
    @DisplayName("with the project's 404.html")
    class WithTemplate {
        @Test
        @DisplayName("no match renders 404.html with request_path and exception, in debug mode too")
        void noMatchRendersTemplate() {
            for (boolean debug : new boolean[] {true, false}) {
                TestResponse r = get(FixtureSite.builder(debug).build(), "/nope/<script>/");
                assertEquals(404, r.status());
                assertEquals("404.html", r.templateName());
                assertEquals("<h1>Nothing at /nope/%3Cscript%3E/</h1><p>Resolver404</p>\n", r.text());
            }
        }

        @Test
        @DisplayName("Http404 from a view shows its message")
        void http404Message() {
            TestResponse r = get(FixtureSite.builder(false).build(), "/greetings/profile/zed/");
            assertEquals(404, r.status());
            assertEquals("<h1>Nothing at /greetings/profile/zed/</h1><p>User not found</p>\n", r.text());
        }

        @Test
        @DisplayName("request_path is the path quoted as Python's quote() does, as Django's page_not_found gives it")
        void requestPathQuoted() {
            TestResponse r = get(FixtureSite.builder(false).build(), "/nope/a(b)@café/");
            assertEquals("<h1>Nothing at /nope/a%28b%29%40caf%C3%A9/</h1><p>Resolver404</p>\n", r.text());
        }

        @Test
        @DisplayName("in debug mode the context also has the patterns tried")
        void debugContextHasPatterns() {
            TestResponse r = get(FixtureSite.builder(true).build(), "/nope/");
            assertEquals(List.of("greetings/", "items/<int:id>/ [name='item']"), r.context().get("tried"));
            assertEquals(r.context().get("tried"), r.context().get("patterns"));
            assertFalse(get(FixtureSite.builder(false).build(), "/nope/").context().containsKey("tried"));
        }
    }

    @Nested
    @DisplayName("without a 404.html")
    class WithoutTemplate {
        @Test
        @DisplayName("production answers Django's plain Not Found")
        void productionPlain() {
            TestResponse r = get(FixtureSite.withoutTemplates(false).build(), "/nope/");
            assertEquals(404, r.status());
            assertEquals("<h1>Not Found</h1><p>The requested resource was not found on this server.</p>", r.text());
        }

        @Test
        @DisplayName("debug mode lists the patterns tried, in Django's words, with the path escaped")
        void debugTechnicalPage() {
            TestResponse r = get(FixtureSite.withoutTemplates(true).build(), "/greetings/x/<script>alert(1)</script>");
            assertEquals(404, r.status());
            String html = r.text();
            assertTrue(html.contains("<p>Using the URLconf defined in <code>dev.hotclub.fixture.FixtureSite</code>,"
                    + " Hotclub tried these URL patterns, in this order:</p>\n<ol>\n<li>greetings/ [name=&#x27;home&#x27;]</li>\n"
                    + "<li>greetings/ search/ [name=&#x27;search&#x27;]</li>\n"), html);
            assertTrue(html.contains("<li>greetings/ &lt;str:name&gt;/ [name=&#x27;personalized_greeting&#x27;]</li>\n"
                    + "<li>items/&lt;int:id&gt;/ [name=&#x27;item&#x27;]</li>\n</ol>\n"), html);
            assertTrue(html.contains("<p>The current path, <code>greetings/x/&lt;script&gt;alert(1)&lt;/script&gt;</code>,"
                    + " didn't match any of these.</p>"), html);
            assertFalse(html.contains("<script>"), html);
            String list = html.substring(html.indexOf("<ol>"), html.indexOf("</ol>") + 6);
            assertEquals("<ol>\n"
                    + "<li>greetings/ [name=&#x27;home&#x27;]</li>\n"
                    + "<li>greetings/ search/ [name=&#x27;search&#x27;]</li>\n"
                    + "<li>greetings/ go-home/ [name=&#x27;go_home&#x27;]</li>\n"
                    + "<li>greetings/ profile/&lt;str:username&gt;/ [name=&#x27;show_profile&#x27;]</li>\n"
                    + "<li>greetings/ hello/&lt;str:name&gt;/ [name=&#x27;hello&#x27;]</li>\n"
                    + "<li>greetings/ boom/ [name=&#x27;boom&#x27;]</li>\n"
                    + "<li>greetings/ broken-template/ [name=&#x27;broken_template&#x27;]</li>\n"
                    + "<li>greetings/ echo/ [name=&#x27;echo&#x27;]</li>\n"
                    + "<li>greetings/ json/ [name=&#x27;json&#x27;]</li>\n"
                    + "<li>greetings/ cookie/ [name=&#x27;cookie&#x27;]</li>\n"
                    + "<li>greetings/ upload/ [name=&#x27;upload&#x27;]</li>\n"
                    + "<li>greetings/ thread/ [name=&#x27;thread&#x27;]</li>\n"
                    + "<li>greetings/ person/&lt;str:name&gt;/ [name=&#x27;person&#x27;]</li>\n"
                    + "<li>greetings/ &lt;str:name&gt;/ [name=&#x27;personalized_greeting&#x27;]</li>\n"
                    + "<li>items/&lt;int:id&gt;/ [name=&#x27;item&#x27;]</li>\n</ol>\n",
                    list, "every pattern, in order, with its name");
        }

        @Test
        @DisplayName("the debug page for the root path says the empty path did not match")
        void emptyPath() {
            assertTrue(get(FixtureSite.withoutTemplates(true).build(), "/").text()
                    .contains("<p>The empty path didn't match any of these.</p>"));
        }

        @Test
        @DisplayName("the debug page for Http404 names the view and its message")
        void debugHttp404() {
            String html = get(FixtureSite.withoutTemplates(true).build(), "/greetings/profile/zed/").text();
            assertTrue(html.contains("<pre class=\"exception_value\">User not found</pre>"), html);
            assertTrue(html.contains("<tr><th>Raised by:</th><td>greetings:show_profile (route"
                    + " &#x27;greetings/profile/&lt;str:username&gt;/&#x27;)</td></tr>"), html);
        }
    }

    @Nested
    @DisplayName("for an exception in a view")
    class ServerErrors {
        @Test
        @DisplayName("production answers Django's plain 500 page")
        void productionPlain() {
            TestResponse r = get(FixtureSite.withoutTemplates(false).build(), "/greetings/boom/");
            assertEquals(500, r.status());
            assertEquals("<h1>Server Error (500)</h1>", r.text());
        }

        @Test
        @DisplayName("debug mode shows the exception, escaped, with the user's source line")
        void debugTechnicalPage() {
            TestResponse r = get(FixtureSite.builder(true).build(), "/greetings/boom/");
            assertEquals(500, r.status());
            String html = r.text();
            assertTrue(html.contains("<h1>java.lang.IllegalStateException <span>at /greetings/boom/</span></h1>\n"
                    + "<pre class=\"exception_value\">Boom &lt;b&gt;bold&lt;/b&gt; &amp; broken</pre>"), html);
            assertTrue(html.contains("<li class=\"here\"><pre>        throw new IllegalStateException(&quot;Boom"
                    + " &lt;b&gt;bold&lt;/b&gt; &amp; broken&quot;);</pre></li>"), html);
            assertTrue(html.contains("<tr><th>Exception Location:</th><td><pre>dev.hotclub.fixture.Views.boom(Views.java:"), html);
        }

        @Test
        @DisplayName("debug mode lists the request's query, cookies and headers, escaped, secrets hidden")
        void requestInformation() {
            try (Client client = AsServed.client(FixtureSite.builder(true).build())) {
                String html = client.send(HttpRequest.builder("GET", "/greetings/boom/")
                        .queryString("q=%3Cx%3E&api_key=123").header("Cookie", "sessionid=abc; theme=dark")
                        .header("User-Agent", "<agent>").build()).text();
                assertTrue(html.contains("<tr><th>q</th><td><pre>&lt;x&gt;</pre></td></tr>"), html);
                assertTrue(html.contains("<tr><th>api_key</th><td><pre>********************</pre></td></tr>"), html);
                assertTrue(html.contains("<tr><th>sessionid</th><td><pre>********************</pre></td></tr>"), html);
                assertTrue(html.contains("<tr><th>theme</th><td><pre>dark</pre></td></tr>"), html);
                assertTrue(html.contains("<tr><th>User-Agent</th><td><pre>&lt;agent&gt;</pre></td></tr>"), html);
                assertFalse(html.contains("abc"), html);
            }
        }

        @Test
        @DisplayName("a template error in debug mode shows the template, its line and source")
        void templateError() {
            String html = get(FixtureSite.builder(true).build(), "/greetings/broken-template/").text();
            assertTrue(html.contains("<p>In template <code>greetings/broken.html</code>, error at line <b>2</b>,"
                    + " column 6</p>"), html);
            assertTrue(html.contains("<li class=\"here\"><pre>&lt;p&gt;${missing.value}&lt;/p&gt;</pre></li>"), html);
            String template = html.substring(html.indexOf("<div id=\"template\">"), html.indexOf("<div id=\"traceback\">"));
            assertTrue(template.contains("<pre class=\"exception_value\">The following has evaluated to null or missing:\n"
                    + "==&gt; missing  [in template &quot;greetings/broken.html&quot; at line 2, column 6]"), template);
        }

        @Test
        @DisplayName("a view returning null is an error that says so")
        void nullResponse() {
            Project project = Project.named("n").debug(true).urls(path("x/", request -> null, "x")).build();
            String html = get(project, "/x/").text();
            assertTrue(html.contains("The view for the route &#x27;x/&#x27; (x) didn&#x27;t return an HttpResponse"
                    + " object. It returned null instead."), html);
        }
    }

    @Test
    @DisplayName("a broken 404.html is shown as a template error in debug mode, a plain 500 in production")
    void broken404Template(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("404.html"), "<h1>${nothing.here}</h1>");
        TestResponse debug = get(FixtureSite.builder(true).templateDirs(dir).build(), "/nope/");
        assertEquals(500, debug.status());
        assertTrue(debug.text().contains("<p>In template <code>404.html</code>, error at line <b>1</b>, column 7</p>"),
                debug.text());
        TestResponse production = get(FixtureSite.builder(false).templateDirs(dir).build(), "/nope/");
        assertEquals(500, production.status());
        assertEquals("<h1>Server Error (500)</h1>", production.text());
    }

    @Test
    @DisplayName("production renders the project's 500.html and 400.html with no context; debug mode still shows the technical page")
    void productionErrorTemplates(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("500.html"), "<h1>Sorry</h1><p>${request???c}</p>");
        Files.writeString(dir.resolve("400.html"), "<h1>Bad</h1><p>${request???c}</p>");
        TestResponse error = get(FixtureSite.builder(false).templateDirs(dir).build(), "/greetings/boom/");
        assertEquals(500, error.status());
        assertEquals("<h1>Sorry</h1><p>false</p>", error.text());
        assertEquals("500.html", error.templateName());
        assertEquals(Map.of(), error.context());
        TestResponse bad = get(FixtureSite.builder(false).templateDirs(dir).build(),
                "/greetings/search/?" + "a&".repeat(1000) + "a");
        assertEquals(400, bad.status());
        assertEquals("<h1>Bad</h1><p>false</p>", bad.text());
        TestResponse debug = get(FixtureSite.builder(true).templateDirs(dir).build(), "/greetings/boom/");
        assertEquals(500, debug.status());
        assertTrue(debug.text().contains("<h1>java.lang.IllegalStateException <span>at /greetings/boom/</span></h1>"),
                debug.text());
    }

    @Test
    @DisplayName("a bad request is a 400, plain in production")
    void badRequest() {
        String query = "?a=1" + "&a=1".repeat(1000);
        TestResponse r = get(FixtureSite.withoutTemplates(false).build(), "/greetings/search/" + query);
        assertEquals(400, r.status());
        assertEquals("<h1>Bad Request (400)</h1>", r.text());
        TestResponse debug = get(FixtureSite.withoutTemplates(true).build(), "/greetings/search/" + query);
        assertEquals(400, debug.status());
        assertTrue(debug.text().contains("The number of GET/POST parameters exceeded 1000"), debug.text());
    }
}
