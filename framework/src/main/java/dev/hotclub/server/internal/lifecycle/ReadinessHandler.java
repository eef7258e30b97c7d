package dev.hotclub.server.internal.lifecycle;

import dev.hotclub.project.Project;
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
    static final String BODY = "ready\n";

    private final String path;
    private final HttpHandler next;

    private ReadinessHandler(String path, HttpHandler next) {
        this.path = path;
        this.next = next;
    }

    /** {@code next}, behind the readiness check when {@code project} asks for one. */
    public static HttpHandler around(HttpHandler next, Project project) {
        String path = project.settings().get(Project.READINESS_URL);
        return path == null || path.isEmpty() ? next : new ReadinessHandler(path, next);
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
