package dev.hotclub.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * GETs pages of a running dev server, and polls (with a bound, not a timed assertion) until one shows a change.
 * Bodies are what the project's views made: the live-reload script the dev server adds to each page is taken
 * out (LiveReloadTest and LiveReloadBrowserTest are about that script).
 */
final class HttpPoller {

    private static final Pattern LIVE_RELOAD_SCRIPT = Pattern.compile(
        "<script data-hotclub-livereload[^>]*>.*?</script>", Pattern.DOTALL);
    static final HttpResponse.BodyHandler<String> WITHOUT_LIVE_RELOAD = info ->
        HttpResponse.BodySubscribers.mapping(HttpResponse.BodyHandlers.ofString().apply(info), HttpPoller::withoutLiveReload);

    private static final Duration BOUND = Duration.ofSeconds(30);

    private final HttpClient client;
    private final URI base;

    HttpPoller(URI base) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    HttpPoller(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** GETs {@code path} with {@code headers} (name, value, name, value...). */
    HttpResponse<String> get(String path, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), WITHOUT_LIVE_RELOAD);
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** GETs {@code path} until {@code until} holds, then returns that response; fails after the bound with the last one. */
    HttpResponse<String> await(String path, Predicate<HttpResponse<String>> until) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(path);
            if (until.test(last)) {
                return last;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("GET " + path + " never showed the change; last response: "
            + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    /** {@code body} without the dev server's live-reload script. */
    static String withoutLiveReload(String body) {
        return LIVE_RELOAD_SCRIPT.matcher(body).replaceAll("");
    }

    HttpClient client() {
        return client;
    }
}
