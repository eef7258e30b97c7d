package dev.hotclub.benchmarks;

import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.benchmarks.db.Fortune;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import dev.hotclub.server.ProjectHandler;
import dev.hotclub.templates.TemplateEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
 * added at request time, sorted and made into the page's UTF-8 bytes, written by hand as the plain JDBC server
 * writes it ({@code handWritten}), by the template engine from {@code values()} maps ({@code templateMaps}, as
 * {@code HotclubTfb}) and from model instances ({@code templateModels}), and through the whole pipeline
 * ({@code pipeline}: resolve, {@code render}, the response). What the fortunes test costs Hotclub beyond its query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FortunesRenderBenchmark {
    static final String ADDED = "Additional fortune added at request time.";
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
    static final String TEMPLATE = "<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th>"
            + "<th>message</th></tr><#list fortunes as fortune><tr><td>${fortune.id}</td><td>${fortune.message}</td></tr>"
            + "</#list></table></body></html>";

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
            Fortune fortune = new Fortune();
            fortune.id = (long) i + 1;
            fortune.message = MESSAGES.get(i);
            models.add(fortune);
        }
        templates = Files.createTempDirectory("hotclub-bench");
        Files.writeString(templates.resolve("fortunes.html"), TEMPLATE);
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
        List<Map<String, Object>> fortunes = new ArrayList<>(rows);
        fortunes.add(Map.of("id", 0L, "message", ADDED));
        fortunes.sort(Comparator.comparing(fortune -> (String) fortune.get("message")));
        return fortunes;
    }

    @Benchmark
    public byte[] handWritten() {
        List<Fortune> fortunes = new ArrayList<>(models);
        Fortune added = new Fortune();
        added.id = 0L;
        added.message = ADDED;
        fortunes.add(added);
        fortunes.sort(Comparator.comparing(fortune -> fortune.message));
        StringBuilder html = new StringBuilder(2048)
                .append("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table>")
                .append("<tr><th>id</th><th>message</th></tr>");
        for (Fortune fortune : fortunes) {
            html.append("<tr><td>").append(fortune.id).append("</td><td>");
            for (int i = 0; i < fortune.message.length(); i++) {
                char c = fortune.message.charAt(i);
                switch (c) {
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '&' -> html.append("&amp;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&#39;");
                    default -> html.append(c);
                }
            }
            html.append("</td></tr>");
        }
        return html.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] templateMaps() {
        return engine.render("fortunes.html", Map.of("fortunes", sortedRows())).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] templateModels() {
        List<Fortune> fortunes = new ArrayList<>(models);
        Fortune added = new Fortune();
        added.id = 0L;
        added.message = ADDED;
        fortunes.add(added);
        fortunes.sort(Comparator.comparing(fortune -> fortune.message));
        return engine.render("fortunes.html", Map.of("fortunes", fortunes)).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public HttpResponse pipeline() {
        return handler.serve(request);
    }
}
