package dev.hotclub.http;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hotclub.urls.Resolver;
import dev.hotclub.urls.UrlConf;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HttpRequest")
class HttpRequestTest {
    private static final View VIEW = request -> HttpResponse.ok("");
    private static final Resolver RESOLVER = Resolver.build(UrlConf.of(
            path("items/<int:id>/<uuid:key>/<str:name>/", VIEW, "item")));

    private static HttpRequest routed(String path) {
        return HttpRequest.builder("GET", path).build().withResolverMatch(RESOLVER.resolve(path));
    }

    @Test
    @DisplayName("gives the path, the full path re-encoded with the query, and the host")
    void paths() {
        HttpRequest r = HttpRequest.builder("get", "/caf\u00e9 au lait/").queryString("q=1&r=%C3%A9")
                .host("127.0.0.1:8000").build();
        assertEquals("GET", r.method());
        assertEquals("/café au lait/", r.path());
        assertEquals("/caf%C3%A9%20au%20lait/?q=1&r=%C3%A9", r.fullPath());
        assertEquals("127.0.0.1:8000", r.host());
        assertEquals("é", r.GET().get("r"));
    }

    @Test
    @DisplayName("headers are case-insensitive and cookies are parsed as Django's parse_cookie")
    void headersAndCookies() {
        HttpRequest r = HttpRequest.builder("GET", "/").header("X-Thing", "1")
                .header("Cookie", "a=1; b=\"two\"; flag; a=3").build();
        assertEquals("1", r.header("x-thing"));
        assertEquals(Map.of("a", "3", "b", "two", "", "flag"), r.cookies());
        assertNull(r.cookie("missing"));
    }

    @Test
    @DisplayName("POST() parses an url-encoded body, and nothing else")
    void postFields() {
        HttpRequest form = HttpRequest.builder("POST", "/").header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .body("who=Zo%C3%AB&who=Al+Bo".getBytes(StandardCharsets.UTF_8)).build();
        assertEquals("Al Bo", form.POST().get("who"));
        assertEquals(2, form.POST().getList("who").size());
        HttpRequest json = HttpRequest.builder("POST", "/").header("Content-Type", "application/json")
                .body("{\"x\":1}".getBytes(StandardCharsets.UTF_8)).build();
        assertEquals(0, json.POST().size());
        assertArrayEquals("{\"x\":1}".getBytes(StandardCharsets.UTF_8), json.body());
    }

    record Point(int x, int y) {
    }

    @Test
    @DisplayName("json() reads the body with Jackson; a body that is not JSON is a BadRequest")
    void jsonBody() {
        HttpRequest ok = HttpRequest.builder("POST", "/").body("{\"x\":1,\"y\":2}".getBytes(StandardCharsets.UTF_8)).build();
        assertEquals(new Point(1, 2), ok.json(Point.class));
        HttpRequest bad = HttpRequest.builder("POST", "/").body("{oops".getBytes(StandardCharsets.UTF_8)).build();
        BadRequest e = assertThrows(BadRequest.class, () -> bad.json(Point.class));
        assertEquals("The request body is not JSON for a Point: ", e.getMessage().substring(0, 42));
    }

    @Test
    @DisplayName("path values come typed: int, uuid, string, and through a generic accessor")
    void typedArgs() {
        HttpRequest r = routed("/items/0042/6ba7b810-9dad-11d1-80b4-00c04fd430c8/bob/");
        assertEquals(42, r.intArg("id"));
        assertEquals(42L, r.longArg("id"));
        assertEquals("42", r.arg("id"));
        assertEquals(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), r.uuidArg("key"));
        assertEquals("bob", r.arg("name"));
        assertEquals(Integer.valueOf(42), r.arg("id", Integer.class));
    }

    @Test
    @DisplayName("asking for a value the route does not capture names the route and what it captures")
    void unknownArg() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> routed("/items/1/6ba7b810-9dad-11d1-80b4-00c04fd430c8/bob/").arg("nme"));
        assertEquals("The route 'items/<int:id>/<uuid:key>/<str:name>/' captures no value named 'nme'; it captures"
                + " id, key, name", e.getMessage());
    }

    @Test
    @DisplayName("asking for the wrong type says which converter to use")
    void wrongType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> routed("/items/1/6ba7b810-9dad-11d1-80b4-00c04fd430c8/bob/").intArg("name"));
        assertEquals("The value 'name' captured by the route 'items/<int:id>/<uuid:key>/<str:name>/' is the String"
                + " \"bob\", not an int: use <int:name> in the route instead of <str:name>, or read the text with"
                + " request.arg(\"name\")", e.getMessage());
    }

    @Test
    @DisplayName("a query string of more than 1000 fields fails when GET() is read")
    void tooManyFields() {
        HttpRequest r = HttpRequest.builder("GET", "/").queryString("a=1" + "&a=1".repeat(1000)).build();
        assertThrows(TooManyFieldsSent.class, r::GET);
    }
}
