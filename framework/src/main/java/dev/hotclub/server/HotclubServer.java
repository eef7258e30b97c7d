package dev.hotclub.server;

import dev.hotclub.project.Limits;
import dev.hotclub.project.Project;
import dev.hotclub.conf.Settings;
import dev.hotclub.project.RequestLogFormat;
import dev.hotclub.server.internal.logging.ConsoleLog;
import dev.hotclub.server.internal.logging.QuietLogging;
import dev.hotclub.server.internal.lifecycle.ReadinessHandler;
import dev.hotclub.server.internal.logging.RequestLogHandler;
import dev.hotclub.server.internal.lifecycle.ShutdownOnSignal;
import dev.hotclub.server.internal.lifecycle.StartLine;
import dev.hotclub.server.internal.undertow.StrictFraming;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.xnio.Options;

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

    /** How long Undertow.stop() waits for worker threads once the grace period is over. */
    private static final int STOP_TIMEOUT_MILLIS = 200;

    private final Undertow undertow;
    private final GracefulShutdownHandler graceful;
    private final RequestsInFlight inFlight;
    private final Duration grace;
    private final AutoCloseable owned;
    private final ConsoleLog console;
    private final String host;
    private final int port;
    private boolean closed;

    private HotclubServer(Undertow undertow, GracefulShutdownHandler graceful, RequestsInFlight inFlight,
                          Duration grace, AutoCloseable owned, ConsoleLog console, String host) {
        this.undertow = undertow;
        this.graceful = graceful;
        this.inFlight = inFlight;
        this.grace = grace;
        this.owned = owned;
        this.console = console;
        this.host = host;
        this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** The production entry point, kept for {@code java -cp ... dev.hotclub.server.HotclubServer}: see {@link Launcher}. */
    public static void main(String[] args) {
        Launcher.main(args);
    }

    /**
     * Serves {@code project} on {@code host:port}, each request logged to the console (stderr, as Django) in the
     * project's {@link RequestLogFormat}, with the readiness check when READINESS_URL is set; {@link #close()} also
     * releases the project's handler.
     */
    public static HotclubServer start(Project project, String host, int port) {
        RequestLogFormat format = RequestLogFormat.of(project.settings());
        ProjectHandler handler = new ProjectHandler(project);
        return start(ReadinessHandler.around(handler, project), host, port, null, format,
                project.settings().get(Limits.LIMITS), handler, project.settings().get(Settings.NUM_PROXIES), handler);
    }

    /** Serves any Undertow handler on {@code host:port}, each request logged to the console (stderr, as Django). */
    public static HotclubServer start(HttpHandler handler, String host, int port) {
        return start(handler, host, port, null, RequestLogFormat.DJANGO, limitsOf(handler), null, 0, handler);
    }

    /** As {@link #start(HttpHandler, String, int)}, the request log lines going to {@code requestLog}. */
    public static HotclubServer start(HttpHandler handler, String host, int port, Consumer<String> requestLog) {
        return start(handler, host, port, requestLog, RequestLogFormat.DJANGO, limitsOf(handler), null, 0, handler);
    }

    /** As {@link #start(HttpHandler, String, int, Consumer)}, with these limits and timeouts. */
    public static HotclubServer start(HttpHandler handler, String host, int port, Consumer<String> requestLog,
                                      Limits limits) {
        return start(handler, host, port, requestLog, RequestLogFormat.DJANGO, limits, null, 0, handler);
    }

    private static Limits limitsOf(HttpHandler handler) {
        return handler instanceof ProjectHandler projectHandler ? projectHandler.project().settings().get(Limits.LIMITS) : Limits.defaults();
    }

    /** As {@link #start(HttpHandler, String, int, Consumer)}, the lines in {@code format}. */
    public static HotclubServer start(HttpHandler handler, String host, int port, Consumer<String> requestLog,
                                      RequestLogFormat format) {
        return start(handler, host, port, requestLog, format, limitsOf(handler), null, 0, handler);
    }

    /**
     * Whether every request's body is read by a {@link ProjectHandler} that cuts a stalled body after the server's
     * read timeout itself: then the socket-wide read timeout, which Undertow arms and disarms around every request
     * (a timer queue insertion and removal each), is left off. Any other handler may read a body its own way, so
     * the socket keeps it.
     */
    private static boolean watchesBodies(HttpHandler innermost, Limits limits) {
        return innermost instanceof ProjectHandler projectHandler
                && projectHandler.readTimeout().equals(limits.readTimeout());
    }

    // A null requestLog is the console, written in batches by a ConsoleLog that close() flushes. innermost is the
    // handler that serves (before the readiness check is put in front of it).
    private static HotclubServer start(HttpHandler handler, String host, int port, Consumer<String> requestLog,
                                       RequestLogFormat format, Limits limits, AutoCloseable owned, int numProxies,
                                       HttpHandler innermost) {
        RequestsInFlight inFlight = new RequestsInFlight(handler);
        GracefulShutdownHandler graceful = new GracefulShutdownHandler(inFlight);
        ConsoleLog console = requestLog == null ? new ConsoleLog(System.err, ConsoleLog.stderrCharset()) : null;
        Undertow.Builder builder = Undertow.builder();
        if (!watchesBodies(innermost, limits)) {
            builder.setSocketOption(Options.READ_TIMEOUT, (int) limits.readTimeout().toMillis());
        }
        Undertow undertow = builder
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
                // The request head: Undertow stops reading and closes the connection past this size, so a client
                // cannot grow it without bound; ProjectHandler answers a long request line under it with a 414.
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, limits.maxHeaderBytes())
                .setServerOption(UndertowOptions.MAX_HEADERS, limits.maxHeaders())
                // A head that trickles in is cut after headerTimeout, however steadily it trickles.
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) limits.headerTimeout().toMillis())
                // A connection that sends nothing for readTimeout is closed: a kept-alive connection with no next
                // request, one that never sends a request; a body that stalls is cut by the ProjectHandler reading it
                // (RequestBodyReader), or by the socket's read timeout set above for any other handler.
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, (int) limits.readTimeout().toMillis())
                // A client that stops reading its response frees the worker thread writing it after writeTimeout.
                .setSocketOption(Options.WRITE_TIMEOUT, (int) limits.writeTimeout().toMillis())
                // close() has already waited the grace period for requests in flight; what still runs then (a view
                // stuck in a loop) must not keep Undertow.stop() waiting for the worker pool forever.
                .setServerOption(UndertowOptions.SHUTDOWN_TIMEOUT, STOP_TIMEOUT_MILLIS)
                // Framing Undertow's parser would read leniently is refused first (RFC 9112: a 400, then close).
                .setHandler(new RequestLogHandler(new StrictFraming(graceful), format, numProxies,
                        console != null ? console : requestLog))
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
        return new HotclubServer(undertow, graceful, inFlight, limits.shutdownGrace(), owned, console, host);
    }

    /** The framework's version, from its build (the start line and the dev server's banner show it). */
    public static String version() {
        return StartLine.version();
    }

    /** The port served, the one chosen when started with port 0. */
    public int port() {
        return port;
    }

    public String host() {
        return host;
    }

    /** The requests being served right now, oldest first (the dev server reports those that run too long). */
    public List<RequestInFlight> requestsInFlight() {
        return inFlight.snapshot();
    }

    /**
     * Closes this server gracefully when the JVM is asked to stop (SIGTERM, SIGINT / CONTROL-C): see
     * {@link #close()}. Should closing still be under way well past the grace period, the process is halted, so a
     * stop never hangs.
     */
    public HotclubServer closeOnShutdown() {
        // The process is ending: releasing the project's caches would only cost time (loading Jackson and
        // java.beans just to clear them took most of a second).
        ShutdownOnSignal.register(() -> stop(false), grace);
        return this;
    }

    /**
     * Stops gracefully: answers 503 to any new request, lets the requests in flight finish for up to the project's
     * shutdown grace ({@link Limits#shutdownGrace()}), then closes the listening socket and every connection and
     * stops the server whatever still runs (a view stuck in a loop is named on stderr and left behind).
     * Returns at once when nothing is in flight. Calling it again does nothing.
     */
    @Override
    public void close() {
        stop(true);
    }

    private void stop(boolean releaseProject) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        // From now on a new request (on a new or a kept-alive connection) is answered 503, as Undertow's graceful
        // shutdown does; the listening socket itself closes when the requests in flight are done. (Suspending the
        // listener first is no use: Undertow's suspend() also closes every open connection, cutting the requests
        // in flight.)
        graceful.shutdown();
        boolean finished;
        try {
            finished = graceful.awaitShutdown(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            List<RequestInFlight> left = inFlight.snapshot();
            if (!left.isEmpty()) {
                System.err.println("Stopping with " + left.size() + (left.size() == 1 ? " request" : " requests")
                        + " still running after the " + grace.toMillis() / 1000.0 + " s shutdown grace period: "
                        + left.stream().map(RequestInFlight::toString).collect(Collectors.joining(", ")));
            }
        }
        undertow.stop();
        if (console != null) {
            console.close();
        }
        if (releaseProject && owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException("Releasing the project handler failed", e);
            }
        }
    }
}
