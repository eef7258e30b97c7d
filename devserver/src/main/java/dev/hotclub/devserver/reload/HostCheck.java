package dev.hotclub.devserver.reload;

import dev.hotclub.devserver.livereload.LiveReload;
import dev.hotclub.http.DisallowedHost;
import dev.hotclub.http.Html;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.project.Env;
import dev.hotclub.project.Project;
import dev.hotclub.conf.Settings;
import dev.hotclub.server.ProjectHandler;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Django's host check ({@code request.get_host()} against ALLOWED_HOSTS) in front of every path the dev server
 * answers itself: the live-reload events and script, and the build-error page with the source around the error.
 * Without it a page of any site whose name resolves to 127.0.0.1 (DNS rebinding) could read them. A request for the
 * project, while a generation serves it, goes on: the project checks its host first and answers with its own page.
 * The hosts are the last generation's (ALLOWED_HOSTS, DEBUG's local names); before one is built, the environment's.
 */
public final class HostCheck implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger("dev.hotclub.request");
    private final HttpHandler next;
    private final ReloadingHandler reloading;
    private volatile Settings lastGood;

    public HostCheck(HttpHandler next, ReloadingHandler reloading) {
        this.next = next;
        this.reloading = reloading;
        // runserver's defaults (DEBUG on) and the environment, as a generation gets them.
        this.lastGood = Env.withDefaults(Map.of("DEBUG", "true"), () -> Project.named("devserver").build().settings());
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Generation serving = reloading.currentGeneration().orElse(null);
        if (serving != null && serving.handler() instanceof ProjectHandler project) {
            lastGood = project.project().settings();
        }
        String path = ProjectHandler.requestPath(exchange);
        boolean ownPath = path.startsWith(LiveReload.RESERVED_PREFIX);
        if (serving != null && !ownPath) {
            next.handleRequest(exchange);
            return;
        }
        HttpRequest.Builder head = HttpRequest.builder(exchange.getRequestMethod().toString(), path)
                .host(exchange.getHostAndPort());
        String forwardedHost = exchange.getRequestHeaders().getFirst("X-Forwarded-Host");
        if (forwardedHost != null) {
            head.header("X-Forwarded-Host", forwardedHost);
        }
        try {
            head.build().withSettings(lastGood).host();
        } catch (DisallowedHost e) {
            // As the project's own check says it (Django's "Bad Request: /path" and the reason).
            LOG.warn("Bad Request: {}\n  {}", path, e);
            exchange.setStatusCode(400);
            exchange.setPersistent(false);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
            exchange.getResponseSender().send("<h1>Bad Request (400)</h1>\n<p>DisallowedHost: " + Html.escape(e.getMessage())
                    + "</p>\n");
            return;
        }
        next.handleRequest(exchange);
    }
}
