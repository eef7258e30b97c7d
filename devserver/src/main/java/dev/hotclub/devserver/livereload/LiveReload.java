package dev.hotclub.devserver.livereload;

import dev.hotclub.devserver.watch.ChangeBatch;
import dev.hotclub.server.ProjectHandler;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.sse.ServerSentEventConnection;
import io.undertow.server.handlers.sse.ServerSentEventHandler;
import java.io.IOException;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Live reload: tells the browser tabs showing the dev server's pages what a save changed. Every page the
 * dev server serves with DEBUG on carries a small script ({@link #script}); it listens (one connection per
 * browser, through a SharedWorker) to {@value #EVENTS}, a path the dev server answers itself, before the
 * project's URLconf. The events:
 * <ul>
 *   <li>{@code reload}: sent as soon as the watcher sees the first change of a save that reloads the pages
 *       (Java sources, resources, {@code pom.xml}, templates, static files other than stylesheets), while the
 *       dev server holds new requests: the tab starts reloading while the save is compiled, and its request
 *       waits for the outcome, the new generation or the error page (every URL shows it while the sources do
 *       not build; the next save reloads it into the page again). The page keeps its scroll position;</li>
 *   <li>{@code stylesheet}: only stylesheets changed; the page swaps its stylesheets in place;</li>
 *   <li>{@code hello}, sent to each new connection: this server's id and the number of the last event. A
 *       page reloads once when it was served by another server (the dev server restarted) or missed an
 *       event between being served and connecting.</li>
 * </ul>
 */
public final class LiveReload implements AutoCloseable {

    /** Everything under this path is the dev server's own; the project never sees these requests. */
    public static final String RESERVED_PREFIX = "/__hotclub__/";
    public static final String EVENTS = RESERVED_PREFIX + "livereload/events";
    public static final String WORKER = RESERVED_PREFIX + "livereload/worker.js";
    /** The project setting that turns the script off ({@code .setting("LIVE_RELOAD", false)}). */
    public static final String SETTING = "LIVE_RELOAD";

    /** How soon a browser reconnects after losing the connection (a restart): EventSource's {@code retry}. */
    private static final long RETRY_MILLIS = 250;
    /** A request log line (Django's format, the dev server's) of {@link #EVENTS} or {@link #WORKER}. */
    private static final Pattern OWN_REQUEST_LINE = Pattern.compile(
        "\\[[^\\]]*\\] \"GET (" + Pattern.quote(EVENTS) + "|" + Pattern.quote(WORKER) + ") HTTP/");
    /** A comment line this often finds connections whose tab is gone. */
    private static final long KEEP_ALIVE_MILLIS = 15_000;

    private final String serverId = UUID.randomUUID().toString();
    private final ServerSentEventHandler events = new ServerSentEventHandler(this::connected);
    private final ClientScripts scripts = ClientScripts.load();
    private long version;
    /** Whether the error page gets the script: as the last generation built decided (DEBUG, the setting). */
    private volatile boolean errorPageScript = true;
    private volatile boolean closed;

    /** Wraps the dev server's handler: the reserved paths are answered here, everything else goes to {@code next}. */
    public HttpHandler routes(HttpHandler next) {
        return new ReservedPaths(next, this::events, scripts.worker());
    }

    /**
     * The event stream; once the server is stopping, a 503 instead: Undertow would run a new stream's setup on an
     * IO thread that is going away, and log that it failed. The browser tries again, and finds the next server.
     */
    private void events(HttpServerExchange exchange) throws Exception {
        if (closed) {
            exchange.setStatusCode(503);
            exchange.getResponseSender().send("The dev server is stopping.");
            return;
        }
        events.handleRequest(exchange);
    }

    /**
     * The response filter of a generation's project handler: the script in every page, when {@code wanted}
     * (DEBUG on and the project does not turn live reload off).
     */
    public ProjectHandler.ResponseFilter responseFilter(boolean wanted) {
        errorPageScript = wanted;
        if (!wanted) {
            return ProjectHandler.ResponseFilter.NONE;
        }
        return (request, response) -> PageInjection.isPage(response)
            ? PageInjection.insert(response, script(false)) : response;
    }

    /** The dev server's error page (the sources do not build), with the script. */
    public String intoErrorPage(String html) {
        return errorPageScript ? PageInjection.insert(html, script(true)) : html;
    }

    /** The script tag a page gets, stamped with this server and the last event's number. */
    String script(boolean errorPage) {
        long current;
        synchronized (this) {
            current = version;
        }
        return "<script data-hotclub-livereload data-server=\"" + serverId + "\" data-version=\"" + current + "\""
            + (errorPage ? " data-error-page" : "") + ">" + scripts.page() + "</script>";
    }

    /**
     * Tells the browsers to reload now. The caller holds new requests first, so that a tab's reload waits for
     * what the save leads to instead of getting the page as it was.
     */
    public void reloadPages() {
        send("reload");
    }

    /**
     * Tells the browsers what a batch that does not reload the pages led to (the others were announced by
     * {@link #reloadPages()}): only stylesheets changed, so the pages swap them; {@code serving} is false
     * when the sources do not build, and then every page is the error page: nothing to swap.
     */
    public void afterChanges(ChangeBatch batch, boolean serving) {
        if (serving && batch.onlyStylesheets()) {
            send("stylesheet");
        }
    }

    /**
     * The request log without the lines of live reload's own requests (the event stream, which is logged when a
     * tab goes away, and the worker's script): the console shows the project's requests, as in Django.
     */
    public Consumer<String> withoutOwnRequests(Consumer<String> requestLog) {
        return line -> {
            if (!OWN_REQUEST_LINE.matcher(line).lookingAt()) {
                requestLog.accept(line);
            }
        };
    }

    /** How many tabs (or SharedWorkers) listen. */
    public int connections() {
        return events.getConnections().size();
    }

    private synchronized void send(String event) {
        version++;
        String data = data();
        for (ServerSentEventConnection connection : events.getConnections()) {
            connection.send(data, event, null, null);
        }
    }

    private synchronized void connected(ServerSentEventConnection connection, String lastEventId) {
        try {
            connection.setKeepAliveTime(KEEP_ALIVE_MILLIS);
            connection.sendRetry(RETRY_MILLIS);
            connection.send(data(), "hello", null, null);
        } catch (RuntimeException stopping) {
            // The server is stopping (its IO threads refuse the keep-alive task): the tab reconnects to the next one.
            closeQuietly(connection);
        }
    }

    private String data() {
        return "{\"server\":\"" + serverId + "\",\"version\":" + version + "}";
    }

    /** Closes the browsers' connections, so that stopping the server does not wait for them. */
    @Override
    public void close() {
        closed = true;
        events.getConnections().forEach(LiveReload::closeQuietly);
    }

    private static void closeQuietly(ServerSentEventConnection connection) {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            // the tab is gone already
        }
    }
}
