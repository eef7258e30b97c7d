package dev.hotclub.server;

import dev.hotclub.http.BadRequest;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.NonBlockingView;
import dev.hotclub.http.internal.Json;
import dev.hotclub.http.internal.RequestScope;
import dev.hotclub.project.Middleware;
import dev.hotclub.project.Project;
import dev.hotclub.server.internal.AppendSlashMiddleware;
import dev.hotclub.server.internal.ErrorResponses;
import dev.hotclub.server.internal.StaticFilesMiddleware;
import dev.hotclub.server.internal.UndertowExchanges;
import dev.hotclub.templates.TemplateEngine;
import dev.hotclub.urls.ResolverMatch;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves one project generation: middleware, URL resolution, the view (on a worker thread; a
 * {@link NonBlockingView} on Undertow's IO thread when nothing else in the way may block), error pages and
 * templates. It owns the generation's {@link TemplateEngine}; {@link #close()}
 * releases it and the caches that saw the generation's classes.
 *
 * <pre>{@code
 * ProjectHandler handler = new ProjectHandler(project);
 * HotclubServer server = HotclubServer.start(handler, "127.0.0.1", 8000);   // or:
 * HttpResponse response = handler.serve(HttpRequest.builder("GET", "/greetings/").build());
 * }</pre>
 */
public final class ProjectHandler implements HttpHandler, AutoCloseable {
    private final Project project;
    private final TemplateEngine templates;
    private final ErrorResponses errors;
    private final RequestScope scope;
    private final List<Middleware> middleware;
    private final boolean ioThreadAllowed;

    public ProjectHandler(Project project) {
        this.project = project;
        this.templates = TemplateEngine.forProject(project);
        this.errors = new ErrorResponses(project, templates, System.err);
        this.scope = new RequestScope(project.resolver(), templates);
        List<Middleware> all = new ArrayList<>();
        if (project.staticUrl() != null) {
            all.add(new StaticFilesMiddleware(project));
        }
        if (project.appendSlash()) {
            all.add(new AppendSlashMiddleware(project.resolver(), project.debug()));
        }
        all.addAll(project.middleware());
        this.middleware = List.copyOf(all);
        this.ioThreadAllowed = !project.debug() && project.middleware().isEmpty();
    }

    /** The middleware chain ending in the view; {@code routed} receives the request the view was given. */
    private Middleware.Next chain(AtomicReference<HttpRequest> routed) {
        Middleware.Next next = request -> callView(request, routed);
        for (int i = middleware.size() - 1; i >= 0; i--) {
            Middleware outer = middleware.get(i);
            Middleware.Next inner = next;
            next = request -> outer.process(request, inner);
        }
        return next;
    }

    private HttpResponse callView(HttpRequest request, AtomicReference<HttpRequest> routed) throws Exception {
        ResolverMatch match = project.resolver().resolve(request.path());
        HttpRequest withMatch = request.withResolverMatch(match);
        routed.set(withMatch);
        HttpResponse response = match.view().handle(withMatch);
        if (response == null) {
            throw new IllegalStateException("The view for the route '" + match.route() + "'"
                    + (match.urlName() == null ? "" : " (" + match.viewName() + ")")
                    + " didn't return an HttpResponse object. It returned null instead.");
        }
        return response;
    }

    public Project project() {
        return project;
    }

    /** This generation's template engine. */
    public TemplateEngine templates() {
        return templates;
    }

    /**
     * Serves {@code request} through the middleware, the resolver and the view, on the calling thread. Never
     * throws: an exception becomes the error page Django would show (see docs/HTTP.md).
     */
    public HttpResponse serve(HttpRequest request) {
        AtomicReference<HttpRequest> routed = new AtomicReference<>();
        try {
            return scope.run(() -> chain(routed).proceed(request));
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError vme && !(t instanceof StackOverflowError)) {
                throw vme;
            }
            // The error page shows the view that raised, so it gets the request the view was given.
            return errors.forException(routed.get() != null ? routed.get() : request, t);
        }
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.isInIoThread()) {
            if (servesOnIoThread(exchange)) {
                serveOnIoThread(exchange);
                return;
            }
            exchange.dispatch(this);
            return;
        }
        exchange.startBlocking();
        HttpRequest request;
        try {
            request = UndertowExchanges.toRequest(exchange);
        } catch (BadRequest e) {
            // Reading the request failed (a body too large, too many form fields): the error page gets what
            // the request line says.
            UndertowExchanges.write(exchange, errors.forException(
                    HttpRequest.builder(exchange.getRequestMethod().toString(), UndertowExchanges.path(exchange)).build(),
                    e));
            return;
        }
        try {
            UndertowExchanges.write(exchange, serve(request));
        } finally {
            UndertowExchanges.deleteUploads(request);
        }
    }

    /**
     * Whether this request is served where Undertow read it, without the hand-off to a worker thread: a request
     * without a body, for a {@link NonBlockingView}, outside the static files, in a project with DEBUG off (whose
     * error pages are cached templates, where the technical pages read source files) and without middleware of its
     * own (which may block). Resolving twice costs a fraction of a microsecond; the hand-off costs tens.
     */
    private boolean servesOnIoThread(HttpServerExchange exchange) {
        if (!ioThreadAllowed || !exchange.isRequestComplete()) {
            return false;
        }
        String path = UndertowExchanges.path(exchange);
        if (project.staticUrl() != null && path.startsWith(project.staticUrl())) {
            return false;
        }
        return project.resolver().tryResolve(path).map(match -> match.view() instanceof NonBlockingView).orElse(false);
    }

    private void serveOnIoThread(HttpServerExchange exchange) throws IOException {
        UndertowExchanges.write(exchange, serve(UndertowExchanges.requestHead(exchange).body(new byte[0]).build()));
    }

    /** Releases this generation: its templates and the framework caches that saw its classes. */
    @Override
    public void close() {
        templates.close();
        Json.forgetClasses();
    }
}
