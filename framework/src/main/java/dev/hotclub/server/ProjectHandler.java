package dev.hotclub.server;

import dev.hotclub.http.BadRequest;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.NonBlockingView;
import dev.hotclub.http.internal.Json;
import dev.hotclub.http.internal.RequestScope;
import dev.hotclub.project.Middleware;
import dev.hotclub.project.Project;
import dev.hotclub.server.internal.AllowedHostsMiddleware;
import dev.hotclub.server.internal.ErrorResponses;
import dev.hotclub.server.internal.ReceivedBody;
import dev.hotclub.server.internal.RequestBodyReader;
import dev.hotclub.server.internal.RequestsInFlight;
import dev.hotclub.server.internal.StaticFilesMiddleware;
import dev.hotclub.server.internal.UndertowExchanges;
import dev.hotclub.templates.TemplateEngine;
import dev.hotclub.urls.ResolverMatch;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
    private final Middleware.Next chain;
    private final boolean ioThreadAllowed;
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
        this.errors = new ErrorResponses(project, templates);
        this.scope = new RequestScope(project, project.resolver(), templates);
        List<Middleware> all = new ArrayList<>();
        // Django's get_host() on every request, outermost: a disallowed Host never reaches a middleware, static
        // files or a view.
        all.add(new AllowedHostsMiddleware());
        all.addAll(project.middleware());
        this.middleware = List.copyOf(all);
        this.chain = chain(project.staticUrl() != null ? new StaticFilesMiddleware(project) : null);
        this.ioThreadAllowed = !project.debug() && project.middleware().isEmpty();
    }

    /**
     * Django's handler chain: each middleware wraps the rest, and each layer (the view's too) turns an
     * exception into its error page (Django's {@code convert_exception_to_response}), so that every middleware
     * gets a response, a 404 or 500 included. Static files are served innermost, after every middleware and
     * without a URL resolution, so that their responses get the security headers too.
     */
    private Middleware.Next chain(Middleware staticFiles) {
        Middleware.Next next = this::resolveAndCallView;
        if (staticFiles != null) {
            Middleware.Next view = next;
            next = layer(staticFiles, view);
        }
        for (int i = middleware.size() - 1; i >= 0; i--) {
            next = layer(middleware.get(i), next);
        }
        return next;
    }

    private Middleware.Next layer(Middleware outer, Middleware.Next inner) {
        return request -> {
            HttpResponse response;
            try {
                response = outer.process(request, inner);
            } catch (Throwable t) {
                return errorPage(request, t);
            }
            if (response == null) {
                return errorPage(request, new IllegalStateException("The middleware " + describe(outer)
                        + " didn't return an HttpResponse object. It returned null instead."));
            }
            return response;
        };
    }

    private HttpResponse resolveAndCallView(HttpRequest request) {
        // The error page shows the view that raised, so it gets the request the view was given.
        HttpRequest routed = request;
        try {
            ResolverMatch match = project.resolver().resolve(request.path());
            routed = request.withResolverMatch(match);
            for (Middleware m : middleware) {
                HttpResponse early = m.processView(routed, match);
                if (early != null) {
                    return early;
                }
            }
            HttpResponse response = match.view().handle(routed);
            if (response == null) {
                throw new IllegalStateException("The view for the route '" + match.route() + "'"
                        + (match.urlName() == null ? "" : " (" + match.viewName() + ")")
                        + " didn't return an HttpResponse object. It returned null instead.");
            }
            return response;
        } catch (Throwable t) {
            return errorPage(routed, t);
        }
    }

    private HttpResponse errorPage(HttpRequest request, Throwable t) {
        if (t instanceof VirtualMachineError vme && !(t instanceof StackOverflowError)) {
            throw vme;
        }
        return errors.forException(request, t);
    }

    private static String describe(Middleware m) {
        Class<?> type = m.getClass();
        return type.isSynthetic() || type.isHidden() ? "lambda in " + type.getName().replaceAll("\\$\\$Lambda.*", "")
                : type.getName();
    }

    public Project project() {
        return project;
    }

    /**
     * Serves {@code request} through the middleware, the resolver and the view, on the calling thread, with the
     * project's class loader as the thread's context class loader. Never throws: an exception becomes the
     * error page Django would show (see docs/HTTP.md).
     */
    public HttpResponse serve(HttpRequest given) {
        // Views and middleware read the project's settings through the request (request.settings()).
        HttpRequest request = given.withSettings(project.settings());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(project.classLoader());
        try {
            return scope.run(() -> chain.proceed(request));
        } catch (Throwable t) {
            return errorPage(request, t);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Serves the exchange. The body is received first, on Undertow's IO thread ({@link RequestBodyReader}): a slow
     * or stalled client holds no worker thread. The view then runs on a worker thread, with the context class loader
     * the exchange arrived with (the dev server's generation loader).
     */
    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        int lineLength = UndertowExchanges.requestLineLength(exchange);
        if (lineLength > project.limits().maxRequestLineBytes()) {
            UndertowExchanges.sendRequestLineTooLong(exchange, lineLength, project.limits().maxRequestLineBytes());
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (!RequestBodyReader.hasBody(exchange)) {
            if (exchange.isInIoThread() && servesOnIoThread(exchange)) {
                serveOnIoThread(exchange);
                return;
            }
            if (exchange.isInIoThread()) {
                exchange.dispatch((HttpHandler) done -> serveOnWorker(done, ReceivedBody.NONE, loader));
            } else {
                serveOnWorker(exchange, ReceivedBody.NONE, loader);
            }
            return;
        }
        RequestBodyReader.read(exchange, project.limits().maxMemoryBodyBytes(), new RequestBodyReader.Outcome() {
            @Override
            public void received(HttpServerExchange done, ReceivedBody body) {
                done.dispatch((HttpHandler) worker -> serveOnWorker(worker, body, loader));
            }

            @Override
            public void refused(HttpServerExchange done, BadRequest why) {
                if (!done.getConnection().isOpen()) {
                    // Undertow closed the connection (a read timeout, a malformed chunk): nothing can be answered.
                    // Say why on the console; the request log shows "400 0".
                    errors.forException(requestLineOnly(done), why);
                    done.endExchange();
                    return;
                }
                done.dispatch((HttpHandler) worker -> refuseOnWorker(worker, why, loader));
            }
        });
    }

    // The exchange stays non-blocking: UndertowExchanges writes a page or a file with Undertow's sender, which leaves
    // what a slow reader has not taken yet to the IO thread, and frees this worker at once.
    private void serveOnWorker(HttpServerExchange exchange, ReceivedBody body, ClassLoader loader) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        RequestsInFlight.running(exchange);
        HttpRequest request = null;
        try {
            request = UndertowExchanges.toRequest(exchange, body);
            UndertowExchanges.write(exchange, responseFilter.filter(request, serve(request)));
        } catch (BadRequest e) {
            // The request itself could not be read: the error page gets what the request line says.
            UndertowExchanges.write(exchange, errors.forException(requestLineOnly(exchange), e));
        } finally {
            RequestsInFlight.done(exchange);
            thread.setContextClassLoader(previous);
            UndertowExchanges.deleteUploads(request != null ? request.FILES() : body.files());
        }
    }

    /** Answers a body Hotclub refused with the 400 page that says why. */
    private void refuseOnWorker(HttpServerExchange exchange, BadRequest why, ClassLoader loader) throws Exception {
        HttpRequest request = requestLineOnly(exchange);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            UndertowExchanges.write(exchange, errors.forException(request, why));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The path of {@code exchange} as {@link HttpRequest#path()} gives it to a view (Django's {@code request.path}):
     * decoded from the request line, {@code ;params} kept. For a server around the project that answers a request
     * itself, such as the dev server's build-error page.
     */
    public static String requestPath(HttpServerExchange exchange) {
        return UndertowExchanges.path(exchange);
    }

    private static HttpRequest requestLineOnly(HttpServerExchange exchange) {
        return HttpRequest.builder(exchange.getRequestMethod().toString(), UndertowExchanges.path(exchange))
                .queryString(exchange.getQueryString()).build();
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
        HttpRequest request = UndertowExchanges.requestHead(exchange).body(new byte[0]).build();
        UndertowExchanges.write(exchange, responseFilter.filter(request, serve(request)));
    }

    /** Releases this generation: its templates and the framework caches that saw its classes. */
    @Override
    public void close() {
        templates.close();
        Json.forgetClasses();
    }
}
