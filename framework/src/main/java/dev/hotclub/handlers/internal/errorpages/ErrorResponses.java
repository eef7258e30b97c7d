package dev.hotclub.handlers.internal.errorpages;

import dev.hotclub.utils.ConsoleText;
import dev.hotclub.utils.HotclubVersion;
import dev.hotclub.http.BadRequest;
import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.TemplateResponse;
import dev.hotclub.utils.PercentEncoding;
import dev.hotclub.project.Project;
import dev.hotclub.templates.TemplateEngine;
import dev.hotclub.templates.TemplateError;
import dev.hotclub.urls.Resolver404;
import dev.hotclub.urls.Route;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a view or middleware threw into the error page Django would show (its
 * {@code response_for_exception} and {@code django.views.defaults}), with one difference: the project's
 * {@code 404.html} is used in debug mode too, since users expect to see their own page. What Django's
 * {@code django.request} logger says goes to the SLF4J logger {@value #LOGGER}: "Not Found" (debug mode only) and
 * "Bad Request" as warnings, "Internal Server Error" and its stack trace as an error.
 */
public final class ErrorResponses {
    static final String NOT_FOUND = "<h1>Not Found</h1><p>The requested resource was not found on this server.</p>";
    static final String BAD_REQUEST = "<h1>Bad Request (400)</h1>";
    static final String SERVER_ERROR = "<h1>Server Error (500)</h1>";
    public static final String LOGGER = "dev.hotclub.request";

    private final Project project;
    private final TemplateEngine templates;
    private final SourceFiles sources;
    private final Logger log;

    public ErrorResponses(Project project, TemplateEngine templates) {
        this(project, templates, LoggerFactory.getLogger(LOGGER));
    }

    ErrorResponses(Project project, TemplateEngine templates, Logger log) {
        this.project = project;
        this.templates = templates;
        this.sources = new SourceFiles(project.baseDir());
        this.log = log;
    }

    /** The response for {@code error}, thrown while serving {@code request}; never throws. */
    public HttpResponse forException(HttpRequest request, Throwable error) {
        try {
            if (error instanceof Http404 || error instanceof Resolver404) {
                return notFound(request, error);
            }
            if (error instanceof BadRequest) {
                // The exception as text: SLF4J would print a trailing Throwable argument's stack trace.
                log.warn("Bad Request: {}\n  {}", ConsoleText.escape(request.path()), ConsoleText.escape(error.toString()));
                return project.debug() ? technical500(request, error, 400) : plainOrTemplate("400.html", BAD_REQUEST, 400);
            }
            logServerError(request, error);
            return project.debug() ? technical500(request, error, 500) : plainOrTemplate("500.html", SERVER_ERROR, 500);
        } catch (RuntimeException | Error pageFailure) {
            // The error page itself failed (a broken 404.html, say): log it and answer plainly.
            logServerError(request, pageFailure);
            return project.debug() ? technical500(request, pageFailure, 500) : new HttpResponse(SERVER_ERROR, 500);
        }
    }

    private HttpResponse notFound(HttpRequest request, Throwable error) {
        if (project.debug() && error instanceof Resolver404 r404 && r404.tried().isEmpty()) {
            // Django's technical_404_response: a project with no URL patterns yet gets the welcome page, on any path.
            return new HttpResponse(WelcomePage.html(project.name(), HotclubVersion.get()));
        }
        if (project.debug()) {
            // What Django's django.request logger prints on runserver's console in debug mode.
            // The path is escaped as Django escapes it (CVE-2025-48432), so a request cannot write to the terminal.
            log.warn("Not Found: {}", ConsoleText.escape(request.path()));
        }
        List<String> tried = error instanceof Resolver404 r404 ? r404.tried().stream().map(Route::describe).toList() : List.of();
        String message = error.getMessage();
        boolean fromView = error instanceof Http404;
        if (templates.exists("404.html")) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("request_path", PercentEncoding.quote(request.path()));
            context.put("exception", fromView && message != null ? message : error.getClass().getSimpleName());
            context.put("request", request);
            if (project.debug()) {
                context.put("patterns", tried);
                context.put("tried", tried);
            }
            return new TemplateResponse("404.html", context, templates.render("404.html", context), 404);
        }
        if (!project.debug()) {
            return new HttpResponse(NOT_FOUND, 404);
        }
        String raisedBy = fromView && request.resolverMatch() != null ? viewName(request) : null;
        if (fromView && raisedBy == null) {
            raisedBy = TechnicalNotFoundPage.MIDDLEWARE;
        }
        return new HttpResponse(TechnicalNotFoundPage.html(request, project.urlConfOrigin(), tried, raisedBy,
                fromView ? message : null), 404);
    }

    private HttpResponse plainOrTemplate(String template, String plain, int status) {
        if (templates.exists(template)) {
            return new TemplateResponse(template, Map.of(), templates.render(template, Map.of()), status);
        }
        return new HttpResponse(plain, status);
    }

    private HttpResponse technical500(HttpRequest request, Throwable error, int status) {
        Optional<String> templateSource = error instanceof TemplateError te ? templates.source(te.templateName())
                : Optional.empty();
        return new HttpResponse(TechnicalServerErrorPage.html(request, error, sources, templateSource), status);
    }

    private void logServerError(HttpRequest request, Throwable error) {
        // The trace as text, not as SLF4J's Throwable argument: its lines are escaped (a message may quote the
        // request) and a StackOverflowError's repeated frames folded, whatever logging backend prints it.
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        ConsoleText.printStackTrace(error, new PrintStream(trace, true, StandardCharsets.UTF_8));
        log.error("Internal Server Error: {}\n{}", ConsoleText.escape(request.path()),
                trace.toString(StandardCharsets.UTF_8).stripTrailing());
    }

    private static String viewName(HttpRequest request) {
        var match = request.resolverMatch();
        return match.urlName() != null ? match.viewName() + " (route '" + match.route() + "')"
                : "the view of route '" + match.route() + "'";
    }
}
