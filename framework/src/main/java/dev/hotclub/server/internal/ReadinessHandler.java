package dev.hotclub.server.internal;

import dev.hotclub.project.Project;
import dev.hotclub.urls.ImproperlyConfigured;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

/**
 * The readiness check a load balancer or a deploy script polls: when the READINESS_URL setting names a path, a
 * GET or HEAD of exactly that path answers 200 "ready" as soon as the server listens, before host validation,
 * middleware and the URLconf (a probe addresses the instance by its IP, which ALLOWED_HOSTS rightly refuses).
 * Off unless set: nothing is reserved in a project's URL space by default. docs/DEPLOY.md, "Readiness".
 */
public final class ReadinessHandler implements HttpHandler {
    /** The setting, in the project's code or, when the code does not set it, in the environment. */
    public static final String SETTING = "READINESS_URL";
    static final String BODY = "ready\n";

    private final String path;
    private final HttpHandler next;

    private ReadinessHandler(String path, HttpHandler next) {
        this.path = path;
        this.next = next;
    }

    /** {@code next}, behind the readiness check when {@code project} asks for one. */
    public static HttpHandler around(HttpHandler next, Project project) {
        Object configured = project.settings().contains(SETTING) ? project.settings().get(SETTING) : System.getenv(SETTING);
        if (configured == null || configured.toString().isEmpty()) {
            return next;
        }
        return new ReadinessHandler(checked(configured), next);
    }

    private static String checked(Object configured) {
        String path = configured.toString();
        if (!path.startsWith("/") || path.chars().anyMatch(c -> c == '?' || c == '#' || c <= ' ' || c == '%')) {
            throw new ImproperlyConfigured("The " + SETTING + " setting must be a plain URL path starting with '/',"
                    + " such as '/-/ready/'; it is '" + path + "'. Set it to a path your URLconf does not use, or"
                    + " unset it to turn the readiness check off.");
        }
        return path;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!exchange.getRequestPath().equals(path)) {
            next.handleRequest(exchange);
            return;
        }
        // Never cached: a proxy must ask this instance each time.
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        if (!exchange.getRequestMethod().equals(Methods.GET) && !exchange.getRequestMethod().equals(Methods.HEAD)) {
            exchange.setStatusCode(405);
            exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseSender().send(BODY);
    }
}
