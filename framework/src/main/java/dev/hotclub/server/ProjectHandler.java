package dev.hotclub.server;

import dev.hotclub.handlers.BaseHandler;
import dev.hotclub.http.BadRequest;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.NonBlockingView;
import dev.hotclub.http.RequestLogNote;
import dev.hotclub.project.Limits;
import dev.hotclub.project.Project;
import dev.hotclub.server.internal.logging.RequestLogHandler;
import dev.hotclub.server.internal.undertow.ReceivedBody;
import dev.hotclub.server.internal.undertow.RequestBodyReader;
import dev.hotclub.server.internal.undertow.UndertowExchanges;
import dev.hotclub.urls.ResolverMatch;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.time.Duration;

/**
 * The Undertow adapter of one project generation: it decodes the request's path once, receives the body (on the IO
 * thread: a slow client holds no worker), hands the request to the generation's {@link BaseHandler} (middleware,
 * URL resolution, the view, error pages, templates) on a worker thread, or on the IO thread for a
 * {@link NonBlockingView} when nothing in the way may block, and writes the response. {@link #close()} releases the
 * generation.
 *
 * <pre>{@code
 * ProjectHandler handler = new ProjectHandler(project);
 * HotclubServer server = HotclubServer.start(handler, "127.0.0.1", 8000);
 * }</pre>
 */
public final class ProjectHandler implements HttpHandler, AutoCloseable {
    private final BaseHandler pipeline;
    private final Project project;
    private final boolean ioThreadAllowed;
    private final ResponseFilter responseFilter;
    private final Limits limits;

    /**
     * Changes each response after the pipeline made it (error pages included) and before it is written: what
     * a server around the project adds to every page, such as the dev server's live-reload script.
     */
    @FunctionalInterface
    public interface ResponseFilter {
        ResponseFilter NONE = (request, response) -> response;

        HttpResponse filter(HttpRequest request, HttpResponse response);
    }

    public ProjectHandler(Project project) {
        this(project, ResponseFilter.NONE);
    }

    /** A handler whose responses pass through {@code responseFilter} before they are written. */
    public ProjectHandler(Project project, ResponseFilter responseFilter) {
        this.project = project;
        this.pipeline = new BaseHandler(project);
        this.responseFilter = responseFilter;
        this.limits = project.settings().get(Limits.LIMITS);
        // A URLconf without a non-blocking view (most) is not resolved on the IO thread just to find none.
        this.ioThreadAllowed = !project.debug() && project.middleware().isEmpty()
                && project.resolver().routes().stream().anyMatch(route -> route.view() instanceof NonBlockingView);
    }

    public Project project() {
        return project;
    }

    /** How long a request's body may send nothing before its connection is closed (the project's limits). */
    Duration readTimeout() {
        return limits.readTimeout();
    }

    /** The pipeline this adapter serves through (the test {@code Client} uses one without Undertow). */
    public BaseHandler pipeline() {
        return pipeline;
    }

    /** {@link BaseHandler#serve}: the pipeline without Undertow. */
    public HttpResponse serve(HttpRequest request) {
        return pipeline.serve(request);
    }

    /**
     * Serves the exchange. The body is received first, on Undertow's IO thread ({@link RequestBodyReader}): a slow
     * or stalled client holds no worker thread. The pipeline then runs on a worker thread.
     */
    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        int lineLength = UndertowExchanges.requestLineLength(exchange);
        if (lineLength > limits.maxRequestLineBytes()) {
            UndertowExchanges.sendRequestLineTooLong(exchange, lineLength, limits.maxRequestLineBytes());
            return;
        }
        String path = UndertowExchanges.path(exchange);
        if (!RequestBodyReader.hasBody(exchange)) {
            if (exchange.isInIoThread()) {
                ResolverMatch match = ioThreadMatch(exchange, path);
                if (match != null && match.view() instanceof NonBlockingView) {
                    serveOnIoThread(exchange, path, match);
                    return;
                }
                // Resolved here to choose the thread: the worker does not resolve again.
                exchange.dispatch((HttpHandler) done -> serveOnWorker(done, path, ReceivedBody.NONE, match));
            } else {
                serveOnWorker(exchange, path, ReceivedBody.NONE, null);
            }
            return;
        }
        RequestBodyReader.read(exchange, limits.maxMemoryBodyBytes(), limits.readTimeout(), new RequestBodyReader.Outcome() {
            @Override
            public void received(HttpServerExchange done, ReceivedBody body) {
                done.dispatch((HttpHandler) worker -> serveOnWorker(worker, path, body, null));
            }

            @Override
            public void refused(HttpServerExchange done, BadRequest why) {
                if (!done.getConnection().isOpen()) {
                    // Undertow closed the connection (a read timeout, a malformed chunk): nothing can be answered.
                    // Say why on the console; the request log shows "400 0".
                    pipeline.errorResponse(requestLineOnly(done, path), why);
                    done.endExchange();
                    return;
                }
                done.dispatch((HttpHandler) worker -> refuseOnWorker(worker, path, why));
            }
        });
    }

    // The exchange stays non-blocking: UndertowExchanges writes a page or a file with Undertow's sender, which leaves
    // what a slow reader has not taken yet to the IO thread, and frees this worker at once.
    // match: the resolver's match when the IO thread resolved the path already (null: the pipeline resolves).
    private void serveOnWorker(HttpServerExchange exchange, String path, ReceivedBody body, ResolverMatch match)
            throws Exception {
        RequestInFlight inFlight = exchange.getAttachment(RequestsInFlight.KEY);
        if (inFlight != null) {
            inFlight.runningOn(Thread.currentThread());
        }
        HttpRequest request = null;
        try {
            request = UndertowExchanges.toRequest(exchange, path, body);
            if (match != null) {
                request = request.withResolverMatch(match);
            }
            HttpResponse response = pipeline.serve(request);
            RequestLogHandler.note(exchange, RequestLogNote.of(request));
            UndertowExchanges.write(exchange, responseFilter.filter(request, response));
        } catch (BadRequest e) {
            // The request itself could not be read: the error page gets what the request line says.
            UndertowExchanges.write(exchange, pipeline.errorResponse(requestLineOnly(exchange, path), e));
        } finally {
            if (inFlight != null) {
                inFlight.runningOn(null);
            }
            UndertowExchanges.deleteUploads(request != null ? request.FILES() : body.files());
        }
    }

    /** Answers a body Hotclub refused with the 400 page that says why. */
    private void refuseOnWorker(HttpServerExchange exchange, String path, BadRequest why) throws Exception {
        HttpRequest request = requestLineOnly(exchange, path);
        UndertowExchanges.write(exchange, pipeline.errorResponse(request, why));
    }

    /**
     * The path of {@code exchange} as {@link HttpRequest#path()} gives it to a view (Django's {@code request.path}):
     * decoded from the request line, {@code ;params} kept. For a server around the project that answers a request
     * itself, such as the dev server's build-error page.
     */
    public static String requestPath(HttpServerExchange exchange) {
        return UndertowExchanges.path(exchange);
    }

    private static HttpRequest requestLineOnly(HttpServerExchange exchange, String path) {
        return HttpRequest.builder(exchange.getRequestMethod().toString(), path)
                .queryString(exchange.getQueryString()).build();
    }

    /**
     * The match of a request that may be served where Undertow read it, without the hand-off to a worker thread
     * (when its view is a {@link NonBlockingView}), or null: only a request without a body, outside the static files,
     * in a project with DEBUG off (whose error pages are cached templates, where the technical pages read source
     * files), without middleware of its own (which may block) and with a non-blocking view in its URLconf. The
     * pipeline is given the match and does not resolve again.
     */
    private ResolverMatch ioThreadMatch(HttpServerExchange exchange, String path) {
        if (!ioThreadAllowed || !exchange.isRequestComplete()
                || project.staticUrl() != null && path.startsWith(project.staticUrl())) {
            return null;
        }
        return project.resolver().tryResolve(path).orElse(null);
    }

    private void serveOnIoThread(HttpServerExchange exchange, String path, ResolverMatch match) throws IOException {
        HttpRequest request = UndertowExchanges.requestHead(exchange, path).body(new byte[0]).build()
                .withResolverMatch(match);
        UndertowExchanges.write(exchange, responseFilter.filter(request, pipeline.serve(request)));
    }

    /** Releases this generation: its templates and the framework caches that saw its classes. */
    @Override
    public void close() {
        pipeline.close();
    }
}
