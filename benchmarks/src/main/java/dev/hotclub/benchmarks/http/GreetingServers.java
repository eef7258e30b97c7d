package dev.hotclub.benchmarks.http;

import static dev.hotclub.urls.Urls.path;

import dev.hotclub.http.Html;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.View;
import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.server.HotclubServer;
import dev.hotclub.project.Limits;
import dev.hotclub.server.ProjectHandler;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;
import java.util.Locale;
import org.xnio.Options;

/**
 * The two servers {@code benchmarks/http/run.sh} compares, serving the seed's greeting view
 * ({@code /greetings/Alice/} answers {@code <h1>Hello, Alice!</h1>}):
 *
 * <ul>
 * <li>{@code undertow PORT}: plain Undertow with Hotclub's threading, a {@link BlockingHandler} (the request
 *     dispatched to a worker thread, blocking mode) answering through the response sender; no log.
 * <li>{@code hotclub PORT}: the project served by {@link HotclubServer}, DEBUG off, ALLOWED_HOSTS
 *     {@code 127.0.0.1}, the request log on stderr; with {@code -Dbench.ioThread=true} the view is a
 *     {@code NonBlockingView}, served on the IO thread.
 * <li>{@code hotclub-middleware PORT}: the same with the starter project's five default middleware
 *     (security, sessions, common, CSRF, X-Frame-Options).
 * <li>{@code hotclub-nolog PORT}: {@code hotclub} with each log line formatted, then dropped: no writer thread,
 *     no write to stderr. Against {@code hotclub}, what writing the request log costs.
 * <li>{@code undertow-options PORT}: {@code undertow} with the server and socket options {@link HotclubServer}
 *     sets (the read, write and parse timeouts among them). Against {@code undertow}, what those cost.
 * <li>{@code undertow-ioend PORT}: plain Undertow as Hotclub writes a page: the view on a worker thread
 *     (non-blocking mode), the page handed back to the connection's IO thread, which sends it and ends the
 *     exchange (no spin in Undertow's read listener: benchmarks/README.md). Against {@code hotclub}, what
 *     Hotclub itself costs once both avoid that spin.
 * </ul>
 *
 * Both run the same view code ({@link #page(String)}); what differs is the framework around it.
 */
public final class GreetingServers {
    private static final String PREFIX = "/greetings/";

    private GreetingServers() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: GreetingServers undertow|undertow-options|undertow-ioend|hotclub|hotclub-nolog|hotclub-middleware PORT");
            System.exit(2);
        }
        int port = Integer.parseInt(args[1]);
        switch (args[0]) {
            case "undertow" -> plainUndertow(port, false);
            case "undertow-options" -> plainUndertow(port, true);
            case "undertow-ioend" -> undertowEndingOnIoThread(port);
            case "hotclub" -> hotclub(port, false, true);
            case "hotclub-nolog" -> hotclub(port, false, false);
            case "hotclub-middleware" -> hotclub(port, true, true);
            default -> {
                System.err.println("Unknown server \"" + args[0] + "\": undertow, undertow-options, undertow-ioend, hotclub,"
                        + " hotclub-nolog or hotclub-middleware");
                System.exit(2);
            }
        }
        System.out.println("Serving " + args[0] + " on 127.0.0.1:" + port);
    }

    /** The view's work: the greeting page for {@code name}. */
    static String page(String name) {
        return "<h1>Hello, " + Html.escape(capitalize(name)) + "!</h1>";
    }

    /** The name in {@code /greetings/NAME/} (one segment), or null for any other path: the plain servers' routing. */
    private static String greetingName(String path) {
        int end = path.length() - 1;
        return path.startsWith(PREFIX) && end > PREFIX.length() && path.charAt(end) == '/'
                && path.indexOf('/', PREFIX.length()) == end ? path.substring(PREFIX.length(), end) : null;
    }

    private static void plainUndertow(int port, boolean hotclubOptions) {
        Undertow.Builder builder = Undertow.builder();
        if (hotclubOptions) {
            // As HotclubServer sets them, with the default Limits.
            Limits limits = Limits.defaults();
            builder.setServerOption(UndertowOptions.MAX_PARAMETERS, 100_000)
                    .setServerOption(UndertowOptions.DECODE_URL, false)
                    .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                    .setServerOption(UndertowOptions.MULTIPART_MAX_ENTITY_SIZE, -1L)
                    .setServerOption(UndertowOptions.MAX_HEADER_SIZE, limits.maxHeaderBytes())
                    .setServerOption(UndertowOptions.MAX_HEADERS, limits.maxHeaders())
                    .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) limits.headerTimeout().toMillis())
                    .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, (int) limits.readTimeout().toMillis())
                    .setSocketOption(Options.READ_TIMEOUT, (int) limits.readTimeout().toMillis())
                    .setSocketOption(Options.WRITE_TIMEOUT, (int) limits.writeTimeout().toMillis());
        }
        builder
                .addHttpListener(port, "127.0.0.1")
                .setHandler(new BlockingHandler(exchange -> {
                    String name = greetingName(exchange.getRelativePath());
                    if (name != null) {
                        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, HttpResponse.DEFAULT_CONTENT_TYPE);
                        exchange.getResponseSender().send(page(name));
                    } else {
                        exchange.setStatusCode(404);
                        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, HttpResponse.DEFAULT_CONTENT_TYPE);
                        exchange.getResponseSender().send("<h1>Not Found</h1>");
                    }
                }))
                .build()
                .start();
    }

    private static void undertowEndingOnIoThread(int port) {
        Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(exchange -> exchange.dispatch((HttpHandler) worker -> {
                    String name = greetingName(worker.getRelativePath());
                    String html = name != null ? page(name) : "<h1>Not Found</h1>";
                    worker.dispatch(worker.getIoThread(), (HttpHandler) io -> {
                        io.setStatusCode(name != null ? 200 : 404);
                        io.getResponseHeaders().put(Headers.CONTENT_TYPE, HttpResponse.DEFAULT_CONTENT_TYPE);
                        io.getResponseSender().send(html);
                    });
                }))
                .build()
                .start();
    }

    private static void hotclub(int port, boolean defaultMiddleware, boolean writeLog) {
        View greet = request -> HttpResponse.ok(page(request.arg("name")));
        Project.Builder builder = Project.named("greetings")
                .debug(false)
                // DEBUG off answers every host not listed with a 400, as Django does.
                .allowedHosts("127.0.0.1")
                .secretKey("benchmark-secret-key-benchmark-secret-key-benchmark-secret-key");
        if (defaultMiddleware) {
            builder.middleware(new SecurityMiddleware(), new SessionMiddleware(), new CommonMiddleware(),
                    new CsrfViewMiddleware(), new XFrameOptionsMiddleware());
        }
        Project project = builder
                .urls(path("greetings/<str:name>/", Boolean.getBoolean("bench.ioThread") ? View.nonBlocking(greet::handle)
                        : greet, "greet"))
                .build();
        if (writeLog) {
            HotclubServer.start(project, "127.0.0.1", port);
        } else {
            HotclubServer.start(new ProjectHandler(project), "127.0.0.1", port, line -> { });
        }
    }

    // Python's str.capitalize(), as the seed's view.
    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT)).toString();
    }
}
