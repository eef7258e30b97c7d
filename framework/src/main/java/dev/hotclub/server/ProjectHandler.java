package dev.hotclub.server;

import dev.hotclub.http.BadRequest;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves one project generation: middleware, URL resolution, the view (on a worker thread, never Undertow's
 * IO thread), error pages and templates. It owns the generation's {@link TemplateEngine}; {@link #close()}
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
    private final ResponseFilter responseFilter;

    /**
     * Changes each response after {@link #serve} made it (error pages included) and before it is written: what
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
        this.responseFilter = responseFilter;
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
            UndertowExchanges.write(exchange, responseFilter.filter(request, serve(request)));
        } finally {
            UndertowExchanges.deleteUploads(request);
        }
    }

    /** Releases this generation: its templates and the framework caches that saw its classes. */
    @Override
    public void close() {
        templates.close();
        Json.forgetClasses();
    }
}
