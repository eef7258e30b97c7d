package dev.hotclub.server;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.Html;
import dev.hotclub.project.Project;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A number of any size in an <int:> route: served, or a 404, never a 500")
class LargePathNumbersTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static java.net.http.HttpResponse<String> get(boolean debug, String path) throws Exception {
        Project project = Project.named("news").allowedHosts("127.0.0.1")
                .debug(debug)
                .templateDirs(FixtureSite.NO_TEMPLATES)
                .urls(path("news/<int:year>/", request -> HttpResponse.ok("year " + request.intArg("year"))),
                        path("id/<int:id>/", request -> HttpResponse.ok("id " + request.longArg("id"))),
                        path("big/<int:n>/", request -> HttpResponse.ok("n " + request.bigIntegerArg("n"))))
                .build();
        // Quiet: the handler prints "Not Found: ..." on the System.err it sees when it is made.
        PrintStream err = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        ProjectHandler made;
        try {
            made = new ProjectHandler(project);
        } finally {
            System.setErr(err);
        }
        try (ProjectHandler handler = made;
             HotclubServer server = HotclubServer.start(handler, "127.0.0.1", 0, line -> { })) {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                    BodyHandlers.ofString());
        }
    }

    @ParameterizedTest(name = "debug={0}")
    @ValueSource(booleans = {true, false})
    void aYearTooLargeForIntArgIsA404NotA500(boolean debug) throws Exception {
        var response = get(debug, "/news/99999999999/");
        assertEquals(404, response.statusCode());
        if (debug) {
            assertTrue(response.body().contains(Html.escape("To take numbers this large, read it with"
                    + " request.longArg(\"year\") or request.bigIntegerArg(\"year\").")), response.body());
        }
    }

    @ParameterizedTest(name = "debug={0}")
    @ValueSource(booleans = {true, false})
    void theAccessorsForLargerNumbersServeThem(boolean debug) throws Exception {
        assertEquals("year 2026", get(debug, "/news/2026/").body());
        assertEquals("id 99999999999", get(debug, "/id/99999999999/").body());
        assertEquals(404, get(debug, "/id/99999999999999999999/").statusCode());
        assertEquals("n 99999999999999999999", get(debug, "/big/99999999999999999999/").body());
    }
}
