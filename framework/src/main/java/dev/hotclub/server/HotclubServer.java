package dev.hotclub.server;

import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import dev.hotclub.server.internal.ConsoleLog;
import dev.hotclub.server.internal.QuietLogging;
import dev.hotclub.server.internal.RequestLogHandler;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/**
 * Hotclub's HTTP server: Undertow serving one handler, with Django's request log on the console.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     HotclubServer.start(new Site().project(), "0.0.0.0", 8000);
 * }
 * }</pre>
 *
 * Port 0 picks a free port; {@link #port()} tells which. The dev server passes its own handler, which
 * delegates to the current generation's {@link ProjectHandler}.
 */
public final class HotclubServer implements AutoCloseable {
    static {
        QuietLogging.apply();
    }

    private final Undertow undertow;
    private final AutoCloseable owned;
    private final ConsoleLog console;
    private final String host;
    private final int port;

    private HotclubServer(Undertow undertow, AutoCloseable owned, ConsoleLog console, String host) {
        this.undertow = undertow;
        this.owned = owned;
        this.console = console;
        this.host = host;
        this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /**
     * A production entry point: {@code java -cp <project and its dependencies> dev.hotclub.server.HotclubServer
     * [ADDR:]PORT} serves the project the class path's {@link ProjectProvider} file names, on 127.0.0.1:8000 by
     * default, until the process is stopped.
     */
    public static void main(String[] args) {
        if (args.length > 1) {
            System.err.println("Usage: HotclubServer [ADDR:]PORT");
            System.exit(2);
        }
        String address = args.length == 1 ? args[0] : "127.0.0.1:8000";
        int colon = address.lastIndexOf(':');
        String host = colon < 0 ? "127.0.0.1" : address.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(colon < 0 ? address : address.substring(colon + 1));
        } catch (NumberFormatException e) {
            System.err.println("\"" + address + "\" is not a port number or address:port pair.");
            System.exit(2);
            return;
        }
        Project project = ProjectProvider.find(Thread.currentThread().getContextClassLoader()).project();
        HotclubServer server = start(project, host, port);
        System.err.println("Serving " + project.name() + " at http://" + host + ":" + server.port() + "/");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "hotclub-shutdown"));
    }

    /**
     * Serves {@code project} on {@code host:port}, each request logged to the console (stderr, as Django) in the
     * project's {@link RequestLogFormat}; {@link #close()} also releases the project's handler.
     */
    public static HotclubServer start(Project project, String host, int port) {
        RequestLogFormat format = RequestLogFormat.of(project);
        ProjectHandler handler = new ProjectHandler(project);
        return start(handler, host, port, null, format, handler);
    }

    /** Serves any Undertow handler on {@code host:port}, each request logged to the console (stderr, as Django). */
    public static HotclubServer start(HttpHandler handler, String host, int port) {
        return start(handler, host, port, null, RequestLogFormat.DJANGO, null);
    }

    /** As {@link #start(HttpHandler, String, int)}, the request log lines going to {@code requestLog}. */
    public static HotclubServer start(HttpHandler handler, String host, int port, Consumer<String> requestLog) {
        return start(handler, host, port, requestLog, RequestLogFormat.DJANGO, null);
    }

    /** As {@link #start(HttpHandler, String, int, Consumer)}, the lines in {@code format}. */
    public static HotclubServer start(HttpHandler handler, String host, int port, Consumer<String> requestLog,
                                      RequestLogFormat format) {
        return start(handler, host, port, requestLog, format, null);
    }

    // A null requestLog is the console, written in batches by a ConsoleLog that close() flushes.
    private static HotclubServer start(HttpHandler handler, String host, int port, Consumer<String> requestLog,
                                       RequestLogFormat format, AutoCloseable owned) {
        ConsoleLog console = requestLog == null ? new ConsoleLog(System.err) : null;
        Undertow undertow = Undertow.builder()
                .addHttpListener(port, host)
                // Undertow would answer a bare 400 past 1000 query fields; QueryDict applies Django's limit
                // itself, with a page that says why.
                .setServerOption(UndertowOptions.MAX_PARAMETERS, 100_000)
                // The path is decoded by Hotclub as Django does (an invalid escape kept as written, bytes that are
                // not UTF-8 percent-encoded again, ";" kept). Undertow's parser still refuses a request line with a
                // malformed escape (/%zz/) with a bare 400 before any handler runs; no option turns that off.
                .setServerOption(UndertowOptions.DECODE_URL, false)
                // Undertow's default caps (a bare 413 past 2 MB) would stop file uploads too. As in Django, uploads
                // have no limit (they go to temporary files); the request reader applies Django's 2.5 MB limit to
                // other bodies, with a page that says why.
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                .setServerOption(UndertowOptions.MULTIPART_MAX_ENTITY_SIZE, -1L)
                .setHandler(new RequestLogHandler(handler, format, console != null ? console : requestLog))
                .build();
        try {
            undertow.start();
        } catch (RuntimeException e) {
            if (console != null) {
                console.close();
            }
            if (e.getCause() instanceof BindException bind) {
                throw new IllegalStateException("Cannot listen on " + host + ":" + port + ": " + bind.getMessage()
                        + ". Another server may be using the port: stop it, or choose another port.", e);
            }
            throw e;
        }
        return new HotclubServer(undertow, owned, console, host);
    }

    /** The port served, the one chosen when started with port 0. */
    public int port() {
        return port;
    }

    public String host() {
        return host;
    }

    /** Stops accepting connections and stops the server. */
    @Override
    public void close() {
        undertow.stop();
        if (console != null) {
            console.close();
        }
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException("Releasing the project handler failed", e);
            }
        }
    }
}
