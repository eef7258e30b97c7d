import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Save-to-visible latency of live reload in headless Chromium, in a project generated from the starter template
 * and served by its ./manage runserver: a Java view edit, a template edit and a stylesheet edit, each saved N
 * times. The page itself records when the change is on screen (a requestAnimationFrame callback in the new
 * document, or the frame at which the body's computed colour changes), in the machine's wall clock, which the
 * save's time is read from too; the browser is polled for that record afterwards, so polling costs nothing to
 * the figure. Run by live.sh; not part of mvn verify.
 *
 * Usage: java -cp SELENIUM_CLASSPATH LiveReloadBenchmark.java PROJECT_DIR PORT [SAVES]
 */
public final class LiveReloadBenchmark {

    private static final int WARM_UP = 5;
    /** A developer does not save twice within a reload; the pause also lets the tab settle on its new document. */
    private static final long PAUSE_MILLIS = 400;

    /** Shown on screen: records "text@time" when the frame with this document is about to be painted. */
    private static final String SHOWN_SCRIPT = "<script>requestAnimationFrame(function () {"
        + " sessionStorage.setItem('bench-shown', document.getElementById('marker').textContent + '@' + Date.now()"
        + " + '@' + Math.round(performance.timeOrigin) + '@' + Math.round(performance.timeOrigin"
        + " + performance.getEntriesByType('navigation')[0].responseEnd)); });</script>";
    /** Records "colour@time" at the first frame where the body's computed colour is a new one. */
    private static final String COLOUR_SCRIPT = "<script>(function watch(last) {"
        + " var c = getComputedStyle(document.body).color;"
        + " if (c !== last) window.benchColour = c + '@' + Date.now();"
        + " requestAnimationFrame(function () { watch(c); }); })('');</script>";

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        int saves = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        URI base = URI.create("http://127.0.0.1:" + port);

        Path views = project.resolve("src/main/java/greetings/Views.java");
        Path template = project.resolve("src/main/resources/greetings/templates/greetings/hello.html");
        Path stylesheet = project.resolve("static/bench.css");
        Files.createDirectories(stylesheet.getParent());
        Files.writeString(stylesheet, colourRule(0));
        replace(views, "<p>This is the homepage.</p>", "<p id='marker'>This is the homepage.</p>" + SHOWN_SCRIPT.replace("\"", "\\\""));
        Files.writeString(template, templateText("first"));

        Process server = start(project, port);
        ChromeDriverService service = null;
        ChromeDriver browser = null;
        Path profile = Files.createTempDirectory("bench-chromium-");
        try {
            awaitUp(base.resolve("/greetings/"));
            Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
            service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort().withSilent(true).build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
            browser = new ChromeDriver(service, options);

            browser.get(base.resolve("/greetings/").toString());
            String java = Files.readString(views);
            measureReload("Java view edit", browser, saves, i -> Files.writeString(views,
                java.replace("This is the homepage.", "This is the homepage, save " + i + ".")),
                i -> "This is the homepage, save " + i + ".");

            browser.get(base.resolve("/greetings/alice/").toString());
            measureReload("template edit", browser, saves, i -> Files.writeString(template, templateText("save " + i)),
                i -> "Nice to meet you, save " + i + ".");

            browser.executeScript("window.benchSameDocument = true;");
            report("stylesheet edit, save to applied (no reload)", measureStylesheet(browser, saves, stylesheet));
            if (!Boolean.TRUE.equals(browser.executeScript("return window.benchSameDocument === true"))) {
                throw new IllegalStateException("a stylesheet save reloaded the page");
            }

        } finally {
            if (browser != null) {
                browser.quit();
            }
            if (service != null) {
                service.stop();
            }
            stop(server);
        }
    }

    private static String templateText(String marker) {
        return "<!DOCTYPE html>\n<html><head><link rel=\"stylesheet\" href=\"/static/bench.css\"></head><body>\n"
            + "<h1>Hello, ${name}!</h1><p id=\"marker\">Nice to meet you, " + marker + ".</p>\n"
            + SHOWN_SCRIPT + "\n" + COLOUR_SCRIPT + "\n</body></html>\n";
    }

    private static String colourRule(int i) {
        return "body { color: rgb(" + (i % 200) + ", 0, 100); }\n";
    }

    interface Save {
        void save(int i) throws IOException;
    }

    interface Expected {
        String text(int i);
    }

    /**
     * Saves, then waits for the page's record of the new text; the latency is the record's time less the save's.
     * The new document's time origin (when the tab started the reload) splits it in two.
     */
    private static void measureReload(String label, ChromeDriver browser, int saves, Save save, Expected expected) throws Exception {
        List<Double> latencies = new ArrayList<>();
        List<Double> toReload = new ArrayList<>();
        List<Double> toResponse = new ArrayList<>();
        for (int i = 0; i < WARM_UP + saves; i++) {
            awaitConnected(browser);
            long saved = System.currentTimeMillis();
            save.save(i);
            String prefix = expected.text(i) + "@";
            String[] record = await(browser, "return sessionStorage.getItem('bench-shown')", prefix)
                .substring(prefix.length()).split("@");
            if (i >= WARM_UP) {
                latencies.add((double) (Long.parseLong(record[0]) - saved));
                toReload.add((double) (Long.parseLong(record[1]) - saved));
                toResponse.add((double) (Long.parseLong(record[2]) - saved));
            }
            Thread.sleep(PAUSE_MILLIS);
        }
        report(label + ", save to visible", latencies);
        report(label + ", of which save to the reload's start (watcher, build, event)", toReload);
        report(label + ", of which save to the page's last byte received", toResponse);
    }

    /** Waits until the tab's live-reload script has heard from the dev server: a save now reaches it. */
    private static void awaitConnected(ChromeDriver browser) throws InterruptedException {
        await(browser, "return window.hotclubLiveReload && window.hotclubLiveReload.connected ? 'yes' : 'no'", "yes");
    }

    private static List<Double> measureStylesheet(ChromeDriver browser, int saves, Path stylesheet) throws Exception {
        List<Double> latencies = new ArrayList<>();
        for (int i = 1; i <= WARM_UP + saves; i++) {
            awaitConnected(browser);
            long saved = System.currentTimeMillis();
            Files.writeString(stylesheet, colourRule(i));
            String prefix = "rgb(" + (i % 200) + ", 0, 100)@";
            String record = await(browser, "return window.benchColour", prefix);
            if (i > WARM_UP) {
                latencies.add((double) (Long.parseLong(record.substring(prefix.length())) - saved));
            }
            Thread.sleep(PAUSE_MILLIS);
        }
        return latencies;
    }

    private static String await(ChromeDriver browser, String script, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Object last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = browser.executeScript(script);
                if (last instanceof String s && s.startsWith(prefix)) {
                    return s;
                }
            } catch (WebDriverException betweenDocuments) {
                // the tab is reloading
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("The tab never showed '" + prefix + "'; last record: " + last);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " no longer contains '" + from + "': update the benchmark");
        }
        Files.writeString(file, text.replace(from, to));
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

    private static void awaitUp(URI uri) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(uri).build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(uri + " did not answer 200 in time");
    }

    private static void report(String what, List<Double> latencies) {
        System.out.printf(Locale.ROOT, "%s (%d saves): p50 %.0f ms, p90 %.0f ms, min %.0f ms, max %.0f ms%n",
            what, latencies.size(), percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 0),
            percentile(latencies, 100));
    }

    /** Nearest-rank percentile (0: the minimum). */
    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
