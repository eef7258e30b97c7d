import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Save-to-served latency of the dev server, in a project generated from the starter template:
 * a Java view edit and a template edit, each saved N times and polled until the new text is served;
 * and cold start of ./manage runserver to the first 200. Run by run.sh; not part of mvn verify.
 *
 * Usage: java ReloadBenchmark.java PROJECT_DIR PORT [SAVES] [COLD_STARTS]
 */
public final class ReloadBenchmark {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final long POLL_MILLIS = 2;

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        int saves = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int coldStarts = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        URI base = URI.create("http://127.0.0.1:" + port);

        // The first start resolves the project's dependencies with Maven and caches them in .hotclub/: a developer
        // pays that once per pom.xml, so that start is not measured.
        List<Double> cold = new ArrayList<>();
        List<Double> coldCompiling = new ArrayList<>();
        for (int i = 0; i <= 2 * coldStarts; i++) {
            boolean compiling = i > coldStarts;
            if (compiling) {
                forgetCompiledClasses(project); // as after an edit made while the server was not running
            }
            Process server = start(project, port);
            long started = System.nanoTime();
            awaitStatus(base.resolve("/greetings/"), 200, 300_000);
            if (i > 0) {
                (compiling ? coldCompiling : cold).add(millisSince(started));
            }
            stop(server);
        }

        Process server = start(project, port);
        try {
            awaitStatus(base.resolve("/greetings/"), 200, 60_000);
            Path views = project.resolve("src/main/java/greetings/Views.java");
            Path template = project.resolve("src/main/resources/greetings/templates/greetings/hello.html");
            List<Double> java = measure(views, "This is the homepage.", base.resolve("/greetings/"), saves);
            List<Double> templates = measure(template, "Nice to meet you.", base.resolve("/greetings/alice/"), saves);

            System.out.printf(Locale.ROOT, "cold start to first 200, sources unchanged (%d runs): p50 %.0f ms, max %.0f ms%n",
                cold.size(), percentile(cold, 50), percentile(cold, 100));
            System.out.printf(Locale.ROOT, "cold start to first 200, compiling the sources (%d runs): p50 %.0f ms, max %.0f ms%n",
                coldCompiling.size(), percentile(coldCompiling, 50), percentile(coldCompiling, 100));
            report("Java view edit", java);
            report("template edit", templates);
        } finally {
            stop(server);
        }
    }

    /** Saves {@code file} {@code saves} times (after a few warm-up saves), each time with a new marker after {@code anchor}. */
    private static List<Double> measure(Path file, String anchor, URI page, int saves) throws Exception {
        String original = Files.readString(file);
        if (!original.contains(anchor)) {
            throw new IllegalStateException(file + " no longer contains '" + anchor + "': update the benchmark");
        }
        List<Double> latencies = new ArrayList<>();
        int warmUp = 5;
        try {
            for (int i = 0; i < warmUp + saves; i++) {
                String marker = anchor + " edit" + i + "-" + System.nanoTime();
                String edited = original.replace(anchor, marker);
                long saved = System.nanoTime();
                Files.writeString(file, edited);
                awaitBody(page, marker, 30_000);
                if (i >= warmUp) {
                    latencies.add(millisSince(saved));
                }
                Thread.sleep(100); // a developer does not save twice within a reload
            }
        } finally {
            Files.writeString(file, original);
        }
        return latencies;
    }

    private static void forgetCompiledClasses(Path project) throws IOException {
        try (var cached = Files.newDirectoryStream(project.resolve(".hotclub"), "classes-*.bin")) {
            for (Path file : cached) {
                Files.delete(file);
            }
        }
    }

    private static Process start(Path project, int port) throws IOException {
        Files.createDirectories(project.resolve(".hotclub"));
        return new ProcessBuilder(project.resolve("manage").toString(), "runserver", "127.0.0.1:" + port)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(project.resolve(".hotclub/benchmark-server.log").toFile())
            .start();
    }

    private static void stop(Process server) throws InterruptedException {
        server.toHandle().descendants().forEach(ProcessHandle::destroy);
        server.destroy();
        server.waitFor();
    }

    private static void awaitStatus(URI uri, int status, long timeoutMillis) throws Exception {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            try {
                if (get(uri).statusCode() == status) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException(uri + " did not answer " + status + " in time");
    }

    private static void awaitBody(URI uri, String text, long timeoutMillis) throws Exception {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get(uri);
            if (response.statusCode() == 200 && response.body().contains(text)) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException(uri + " never showed " + text);
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e6;
    }

    private static void report(String what, List<Double> latencies) {
        System.out.printf(Locale.ROOT, "%s, save to served (%d saves): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
            what, latencies.size(), percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 100));
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
