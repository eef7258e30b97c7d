package dev.hotclub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Middleware;
import dev.hotclub.test.Client;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
        try (Client client = new Client(FixtureSite.builder(true)
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
        try (Client client = new Client(FixtureSite.builder(true).middleware(maintenance).build())) {
            var r = client.get("/greetings/");
            assertEquals(503, r.status());
            assertEquals("<h1>Down for maintenance</h1>", r.text());
        }
    }

    @Test
    @DisplayName("sees the request before resolution and the view's exceptions as they pass")
    void seesExceptions() {
        List<String> seen = new ArrayList<>();
        Middleware watcher = (request, next) -> {
            assertNull(request.resolverMatch());
            try {
                return next.proceed(request);
            } catch (Http404 e) {
                seen.add(e.getMessage());
                throw e;
            }
        };
        try (Client client = new Client(FixtureSite.builder(false).middleware(watcher).build())) {
            assertEquals(404, client.get("/greetings/profile/zed/").status());
            assertEquals(List.of("User not found"), seen);
        }
    }
}
