package dev.hotclub.benchmarks.db;

import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import dev.hotclub.server.ProjectHandler;
import dev.hotclub.templates.TemplateEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * TechEmpower's fortunes page without the database and the socket: the 12 rows of {@code schema.sql} plus the one
 * added at request time, sorted and made into the page's UTF-8 bytes: written by hand by the plain JDBC server's
 * own code ({@code handWritten}, {@link JdbcTfb#fortunesHtml}), rendered from HotclubTfb's template by the template
 * engine from {@code values()} maps ({@code templateMaps}, as {@link HotclubTfb}) and from model instances
 * ({@code templateModels}), and through the whole pipeline ({@code pipeline}: resolve, {@code render}, the
 * response). What the fortunes test costs Hotclub beyond its query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FortunesRenderBenchmark {
    static final List<String> MESSAGES = List.of(
            "fortune: No such file or directory",
            "A computer scientist is someone who fixes things that aren't broken.",
            "After enough decimal places, nobody gives a damn.",
            "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
            "A computer program does what you tell it to do, not what you want it to do.",
            "Emacs is a nice operating system, but I prefer UNIX. \u2014 Tom Christaensen",
            "Any program that runs right is obsolete.",
            "A list is only as strong as its weakest link. \u2014 Donald Knuth",
            "Feature: A bug with seniority.",
            "Computers make very fast, very accurate mistakes.",
            "<script>alert(\"This should not be displayed in a browser alert box.\");</script>",
            "\u30d5\u30ec\u30fc\u30e0\u30ef\u30fc\u30af\u306e\u30d9\u30f3\u30c1\u30de\u30fc\u30af");
    private Path templates;
    private TemplateEngine engine;
    private ProjectHandler handler;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final List<Fortune> models = new ArrayList<>();
    private final HttpRequest request = HttpRequest.builder("GET", "/fortunes").build();

    @Setup
    public void setUp() throws IOException {
        for (int i = 0; i < MESSAGES.size(); i++) {
            rows.add(Map.of("id", (long) i + 1, "message", MESSAGES.get(i)));
            models.add(new Fortune(i + 1, MESSAGES.get(i)));
        }
        templates = Files.createTempDirectory("hotclub-bench");
        // The template HotclubTfb renders, from the benchmarks' resources.
        try (InputStream template = FortunesRenderBenchmark.class.getResourceAsStream("/templates/tfb/fortunes.html")) {
            Files.copy(template, templates.resolve("fortunes.html"));
        }
        engine = TemplateEngine.forFolders(false, templates);
        handler = new ProjectHandler(Project.named("bench").allowedHosts("testserver").templateDirs(templates)
                .urls(path("fortunes", r -> render(r, "fortunes.html", Map.of("fortunes", sortedRows())), "fortunes"))
                .build());
    }

    @TearDown
    public void tearDown() throws IOException {
        handler.close();
        Files.delete(templates.resolve("fortunes.html"));
        Files.delete(templates);
    }

    private List<Map<String, Object>> sortedRows() {
        return HotclubTfb.withAddedFortune(new ArrayList<>(rows));
    }

    @Benchmark
    public byte[] handWritten() {
        return JdbcTfb.fortunesHtml(Tfb.withAddedFortune(new ArrayList<>(models))).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] templateMaps() {
        return engine.render("fortunes.html", Map.of("fortunes", sortedRows())).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] templateModels() {
        List<Fortune> fortunes = Tfb.withAddedFortune(new ArrayList<>(models));
        return engine.render("fortunes.html", Map.of("fortunes", fortunes)).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public HttpResponse pipeline() {
        return handler.serve(request);
    }
}
