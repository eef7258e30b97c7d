package dev.hotclub.server;

import dev.hotclub.testing.AsServed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.RequestAttribute;
import dev.hotclub.http.Middleware;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import dev.hotclub.urls.ResolverMatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Middleware")
class MiddlewareTest {

    private static Middleware recording(String name, List<String> log) {
        return (request, next) -> {
            log.add(name + " in");
            HttpResponse response = next.proceed(request);
            log.add(name + " out");
            return response.header("X-" + name, "seen");
        };
    }

    @Test
    @DisplayName("runs in declaration order around the view, the first one outermost")
    void order() {
        List<String> log = new ArrayList<>();
        try (Client client = AsServed.client(FixtureSite.builder(true)
                .middleware(recording("A", log), recording("B", log)).build())) {
            var r = client.get("/greetings/");
            assertEquals(List.of("A in", "B in", "B out", "A out"), log);
            assertEquals("seen", r.header("X-A"));
            assertEquals("seen", r.header("X-B"));
        }
    }

    @Test
    @DisplayName("may answer without calling the view")
    void shortCircuit() {
        Middleware maintenance = (request, next) -> new HttpResponse("<h1>Down for maintenance</h1>", 503);
        try (Client client = AsServed.client(FixtureSite.builder(true).middleware(maintenance).build())) {
            var r = client.get("/greetings/");
            assertEquals(503, r.status());
            assertEquals("<h1>Down for maintenance</h1>", r.text());
        }
    }

    @Test
    @DisplayName("sees the request before resolution, and a view's Http404 as the 404 page")
    void seesErrorsAsResponses() {
        List<Integer> seen = new ArrayList<>();
        Middleware watcher = (request, next) -> {
            assertNull(request.resolverMatch());
            HttpResponse response = next.proceed(request);
            seen.add(response.status());
            return response;
        };
        try (Client client = AsServed.client(FixtureSite.builder(false).middleware(watcher).build())) {
            assertEquals(404, client.get("/greetings/profile/zed/").status());
            assertEquals(List.of(404), seen);
        }
    }

    @Test
    @DisplayName("every middleware adds its header to a 404, a 500 and an error raised by inner middleware")
    void everyMiddlewareSeesEveryResponse() {
        List<String> log = new ArrayList<>();
        Middleware failing = (request, next) -> {
            if (request.path().startsWith("/fail-in-middleware/")) {
                throw new IllegalStateException("middleware failed");
            }
            return next.proceed(request);
        };
        try (Client client = AsServed.client(FixtureSite.builder(false)
                .middleware(recording("A", log), failing, recording("B", log)).build())) {
            for (String path : List.of("/nowhere/", "/greetings/boom/", "/greetings/profile/zed/")) {
                TestResponse r = client.get(path);
                assertEquals("seen", r.header("X-A"), path);
                assertEquals("seen", r.header("X-B"), path);
            }
            TestResponse failed = client.get("/fail-in-middleware/");
            assertEquals(500, failed.status());
            assertEquals("seen", failed.header("X-A"));
            assertNull(failed.header("X-B"), "B is inside the middleware that failed");
        }
    }

    @Test
    @DisplayName("an error page is the project's: a 500 in production is plain, whatever middleware wraps it")
    void errorPagesStayThePages() {
        try (Client client = AsServed.client(FixtureSite.builder(false).middleware(recording("A", new ArrayList<>())).build())) {
            TestResponse r = client.get("/greetings/boom/");
            assertEquals(500, r.status());
            assertEquals("<h1>Server Error (500)</h1>", r.text());
        }
    }

    @Test
    @DisplayName("a middleware that returns null is a 500 naming it")
    void nullFromMiddleware() {
        try (Client client = AsServed.client(FixtureSite.builder(true).middleware(new ReturnsNull()).build())) {
            TestResponse r = client.get("/greetings/");
            assertEquals(500, r.status());
            assertTrue(r.text().contains("The middleware dev.hotclub.server.MiddlewareTest$ReturnsNull didn&#x27;t return"
                    + " an HttpResponse object. It returned null instead."), r.text());
        }
    }

    private static final class ReturnsNull implements Middleware {
        @Override
        public HttpResponse process(HttpRequest request, Next next) {
            return null;
        }
    }

    @Test
    @DisplayName("processView sees the resolved view and its values in middleware order, before the view runs")
    void processViewSeesTheView() {
        List<String> log = new ArrayList<>();
        Middleware first = viewLogger("first", log);
        Middleware second = viewLogger("second", log);
        try (Client client = AsServed.client(FixtureSite.builder(true).middleware(first, second).build())) {
            assertEquals(200, client.get("/greetings/profile/alice/").status());
            assertEquals(List.of("first greetings:show_profile {username=alice}",
                    "second greetings:show_profile {username=alice}"), log);
            log.clear();
            assertEquals(404, client.get("/nowhere/").status());
            assertEquals(List.of(), log, "no view, no processView");
        }
    }

    private static Middleware viewLogger(String name, List<String> log) {
        return new Middleware() {
            @Override
            public HttpResponse process(HttpRequest request, Next next) throws Exception {
                return next.proceed(request);
            }

            @Override
            public HttpResponse processView(HttpRequest request, ResolverMatch match) {
                assertSame(match, request.resolverMatch());
                log.add(name + " " + match.viewName() + " " + match.kwargs());
                return null;
            }
        };
    }

    @Test
    @DisplayName("a response from processView answers instead of the view, and the outer middleware see it")
    void processViewMayAnswer() {
        List<String> log = new ArrayList<>();
        Middleware blocker = new Middleware() {
            @Override
            public HttpResponse process(HttpRequest request, Next next) throws Exception {
                return next.proceed(request);
            }

            @Override
            public HttpResponse processView(HttpRequest request, ResolverMatch match) {
                return "show_profile".equals(match.urlName()) ? HttpResponse.forbidden("<p>No profiles</p>") : null;
            }
        };
        try (Client client = AsServed.client(FixtureSite.builder(true)
                .middleware(recording("A", log), blocker, viewLogger("later", log)).build())) {
            TestResponse r = client.get("/greetings/profile/alice/");
            assertEquals(403, r.status());
            assertEquals("<p>No profiles</p>", r.text());
            assertEquals("seen", r.header("X-A"));
            assertEquals(List.of("A in", "A out"), log, "the later middleware's processView is skipped");
        }
    }

    private static final RequestAttribute<String> VISITOR = RequestAttribute.of("visitor", String.class);

    @Test
    @DisplayName("hands a typed value to the view through a request attribute")
    void requestAttributes() {
        Middleware naming = (request, next) -> next.proceed(request.setAttribute(VISITOR, "Zoë"));
        Project project = Project.named("attrs").middleware(naming)
                .urls(path("who/<str:x>/", request -> HttpResponse.ok("visitor " + request.attribute(VISITOR))))
                .build();
        try (Client client = AsServed.client(project)) {
            assertEquals("visitor Zoë", client.get("/who/me/").text());
        }
    }

    @Test
    @DisplayName("sees static files served too")
    void staticFilesPassThroughMiddleware(@TempDir Path dir) throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("static")).resolve("site.css"), "body{}");
        Project project = Project.named("s").baseDir(dir).middleware(recording("A", new ArrayList<>()))
                .urls(path("", request -> HttpResponse.ok("home"))).build();
        try (Client client = AsServed.client(project)) {
            TestResponse css = client.get("/static/site.css");
            assertEquals(200, css.status());
            assertEquals("seen", css.header("X-A"));
            assertEquals("seen", client.get("/static/missing.css").header("X-A"));
        }
    }
}
