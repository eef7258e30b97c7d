package dev.hotclub.benchmarks;

import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.http.Html;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.QueryDict;
import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.server.ProjectHandler;
import dev.hotclub.urls.UrlConf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One request through {@link ProjectHandler#serve} (middleware, resolve, view, error pages; no socket): the
 * framework's own cost per request, for a hand-built page, a FreeMarker page, a production 404 and an
 * APPEND_SLASH redirect; and parsing a typical query string.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PipelineBenchmark {
    private ProjectHandler handler;
    // The same project with the middleware list a generated project has (Django's startproject defaults).
    private ProjectHandler defaults;
    private Path templates;
    private final HttpRequest html = HttpRequest.builder("GET", "/greetings/alice/").build();
    private final HttpRequest template = HttpRequest.builder("GET", "/greetings/hello/alice/").build();
    private final HttpRequest search = HttpRequest.builder("GET", "/greetings/search/").queryString("q=django&page=2").build();
    private final HttpRequest missing = HttpRequest.builder("GET", "/nope/").build();
    private final HttpRequest unslashed = HttpRequest.builder("GET", "/greetings/alice").build();

    @Setup
    public void setUp() throws IOException {
        templates = Files.createTempDirectory("hotclub-bench");
        Files.createDirectories(templates.resolve("greetings"));
        Files.writeString(templates.resolve("greetings/hello.html"), "<h1>Hello, ${name}!</h1><p>${request.path}</p>");
        UrlConf greetings = UrlConf.named("greetings",
                path("", request -> HttpResponse.ok("<h1>Welcome</h1>"), "home"),
                path("search/", request -> HttpResponse.ok("<p>" + Html.escape(request.GET().get("q", "")) + " "
                        + Html.escape(request.GET().get("page", "1")) + "</p>"), "search"),
                path("hello/<str:name>/", request -> render(request, "greetings/hello.html",
                        Map.of("name", request.arg("name"))), "hello"),
                path("<str:name>/", request -> HttpResponse.ok("<h1>Hello, " + Html.escape(request.arg("name"))
                        + "!</h1>"), "greet"));
        // The requests' host is the builder's default, testserver: allowed, so every request is served, not a 400.
        handler = new ProjectHandler(Project.named("bench").allowedHosts("testserver").templateDirs(templates)
                .middleware(new CommonMiddleware())
                .urls(path("greetings/", include(greetings))).build());
        defaults = new ProjectHandler(Project.named("bench").allowedHosts("testserver").templateDirs(templates)
                .secretKey("bench-secret")
                .middleware(new SecurityMiddleware(), new SessionMiddleware(), new CommonMiddleware(),
                        new CsrfViewMiddleware(), new XFrameOptionsMiddleware())
                .urls(path("greetings/", include(greetings))).build());
    }

    @TearDown
    public void tearDown() throws IOException {
        handler.close();
        defaults.close();
        Files.delete(templates.resolve("greetings/hello.html"));
        Files.delete(templates.resolve("greetings"));
        Files.delete(templates);
    }

    @Benchmark
    public HttpResponse handBuiltPage() {
        return handler.serve(html);
    }

    @Benchmark
    public HttpResponse templatePage() {
        return handler.serve(template);
    }

    @Benchmark
    public HttpResponse queryStringPage() {
        return handler.serve(search);
    }

    /** {@link #handBuiltPage} through the five default middleware: their cost per request. */
    @Benchmark
    public HttpResponse handBuiltPageDefaultMiddleware() {
        return defaults.serve(html);
    }

    /** {@link #templatePage} through the default middleware. */
    @Benchmark
    public HttpResponse templatePageDefaultMiddleware() {
        return defaults.serve(template);
    }

    @Benchmark
    public HttpResponse notFound() {
        return handler.serve(missing);
    }

    @Benchmark
    public HttpResponse appendSlashRedirect() {
        return handler.serve(unslashed);
    }

    @Benchmark
    public QueryDict parseQuery() {
        return QueryDict.parse("q=caf%C3%A9+au+lait&page=2&tags=a&tags=b&empty=&flag");
    }
}
