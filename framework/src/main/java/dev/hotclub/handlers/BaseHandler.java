package dev.hotclub.handlers;

import dev.hotclub.db.Databases;
import dev.hotclub.db.QueryReport;
import dev.hotclub.handlers.internal.AllowedHostsMiddleware;
import dev.hotclub.handlers.internal.StaticFilesMiddleware;
import dev.hotclub.handlers.internal.errorpages.ErrorResponses;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.Middleware;
import dev.hotclub.http.RequestAttribute;
import dev.hotclub.project.Project;
import dev.hotclub.templates.TemplateEngine;
import dev.hotclub.urls.CurrentResolver;
import dev.hotclub.urls.ResolverMatch;
import dev.hotclub.utils.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The request pipeline of one project generation, apart from any server (Django's
 * {@code django.core.handlers.base.BaseHandler}): host validation, the middleware chain, static files, URL resolution
 * (once), the view, and the error page of whatever fails. The Undertow adapter ({@code server.ProjectHandler}) and
 * the test {@code Client} both serve through it. It owns the generation's {@link TemplateEngine}; {@link #close()}
 * releases it and the caches that saw the generation's classes.
 *
 * <pre>{@code
 * try (BaseHandler handler = new BaseHandler(project)) {
 *     HttpResponse response = handler.serve(HttpRequest.builder("GET", "/greetings/").build());
 * }
 * }</pre>
 *
 * <p>Per-request hooks have two places, named after Django's: {@link #serve} is where a request starts and finishes
 * (Django's {@code request_started}/{@code request_finished}: the request's database connections, counting queries), and
 * {@link #callView} is where the view runs (Django's {@code ATOMIC_REQUESTS} wraps the view in a transaction
 * there, after the middleware's {@code processView} and inside every middleware). docs/ARCHITECTURE.md.
 */
public final class BaseHandler implements AutoCloseable {
    /**
     * The first exception of a request that became a 500 page (Django's {@code got_request_exception}): the test
     * {@code Client} raises it again in the test, with its stack trace.
     */
    public static final RequestAttribute<Throwable> UNCAUGHT_EXCEPTION =
            RequestAttribute.of("uncaught_exception", Throwable.class);

    private final Project project;
    private final TemplateEngine templates;
    private final ErrorResponses errors;
    private final List<Middleware> middleware;
    private final Middleware.Next chain;

    public BaseHandler(Project project) {
        this.project = project;
        this.templates = ProjectTemplates.engine(project);
        this.errors = new ErrorResponses(project, templates);
        List<Middleware> all = new ArrayList<>();
        // Django's get_host() on every request, outermost: a disallowed Host never reaches a middleware, static
        // files or a view.
        all.add(new AllowedHostsMiddleware());
        if (reportsQueries(project)) {
            all.add(new QueryReport());
        }
        all.addAll(project.middleware());
        this.middleware = List.copyOf(all);
        this.chain = chain(project.staticUrl() != null ? new StaticFilesMiddleware(project) : null);
    }

    /**
     * In DEBUG a project with models gets the query report (count and time per request, the N+1 warning) without
     * adding it; not under a test database (tests run as production, as Django's run with DEBUG off), and not twice.
     */
    private static boolean reportsQueries(Project project) {
        return project.debug() && !Databases.isTestDatabase()
                && project.apps().stream().anyMatch(app -> !app.models().isEmpty())
                && project.middleware().stream().noneMatch(QueryReport.class::isInstance);
    }

    public Project project() {
        return project;
    }

    /** The generation's template engine ({@code render} finds it on the request). */
    public TemplateEngine templates() {
        return templates;
    }

    /**
     * Serves {@code request} through the middleware, the resolver and the view, on the calling thread, with the
     * project's class loader as the thread's context class loader. Never throws: an exception becomes the error page
     * Django would show (see docs/HTTP.md). A request given with its {@link HttpRequest#resolverMatch()} (the
     * adapter's non-blocking path, which resolved to choose its thread) is not resolved again.
     */
    public HttpResponse serve(HttpRequest given) {
        // Views and middleware read the project's settings through the request (request.settings()), and render
        // finds the templates there.
        HttpRequest request = given.withSettings(project.settings());
        request.setAttribute(TemplateEngine.ATTRIBUTE, templates);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(project.classLoader());
        // The request's statements share one pooled connection per database, from the second on.
        Databases.requestStarted();
        try {
            // reverse() and redirect() are not given the request: they find the resolver here (Django's set_urlconf).
            return CurrentResolver.run(project.resolver(), () -> chain.proceed(request));
        } catch (Throwable t) {
            return errorPage(request, t);
        } finally {
            Databases.requestFinished();
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The error page for {@code error} raised while {@code request} was read, before the pipeline could serve it
     * (a body past the size limit, a malformed multipart form): the server answers with it.
     */
    public HttpResponse errorResponse(HttpRequest request, Throwable error) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(project.classLoader());
        try {
            return errors.forException(request, error);
        } finally {
            thread.setContextClassLoader(previous);
        }
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
            ResolverMatch match = request.resolverMatch() != null ? request.resolverMatch()
                    : project.resolver().resolve(request.path());
            routed = request.resolverMatch() == match ? request : request.withResolverMatch(match);
            for (Middleware m : middleware) {
                HttpResponse early = m.processView(routed, match);
                if (early != null) {
                    return early;
                }
            }
            return callView(routed, match);
        } catch (Throwable t) {
            return errorPage(routed, t);
        }
    }

    /** Runs the view: the one place a hook around every view goes (ATOMIC_REQUESTS' transaction). */
    private HttpResponse callView(HttpRequest request, ResolverMatch match) throws Exception {
        HttpResponse response = match.view().handle(request);
        if (response == null) {
            throw new IllegalStateException("The view for the route '" + match.route() + "'"
                    + (match.urlName() == null ? "" : " (" + match.viewName() + ")")
                    + " didn't return an HttpResponse object. It returned null instead.");
        }
        return response;
    }

    private HttpResponse errorPage(HttpRequest request, Throwable t) {
        if (t instanceof VirtualMachineError vme && !(t instanceof StackOverflowError)) {
            throw vme;
        }
        HttpResponse response = errors.forException(request, t);
        if (response.status() == 500 && request.attribute(UNCAUGHT_EXCEPTION) == null) {
            request.setAttribute(UNCAUGHT_EXCEPTION, t);
        }
        return response;
    }

    private static String describe(Middleware m) {
        Class<?> type = m.getClass();
        return type.isSynthetic() || type.isHidden() ? "lambda in " + type.getName().replaceAll("\\$\\$Lambda.*", "")
                : type.getName();
    }

    /** Releases this generation: its templates and the framework caches that saw its classes. */
    @Override
    public void close() {
        templates.close();
        Json.forgetClasses();
    }
}
