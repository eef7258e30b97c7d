package dev.hotclub.devserver.reload;

import dev.hotclub.devserver.livereload.LiveReload;
import dev.hotclub.server.ProjectHandler;
import dev.hotclub.server.RequestInFlight;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one handler Undertow runs for the dev server's whole life. It reads the current state through one
 * atomic reference: a generation (served by its project handler) or a build failure (the error page).
 * While a reload is under way, new requests wait for it (on a worker thread, never the IO thread) and are
 * then served by the new generation: no error, no stale code. Requests already running keep a reference
 * to their generation until they complete.
 */
public final class ReloadingHandler implements HttpHandler {

    private static final long MAX_WAIT_SECONDS = 120;

    private final Path projectDir;
    private final LiveReload liveReload;
    private final AtomicReference<ServerState> state = new AtomicReference<>();
    private final Object gateLock = new Object();
    private int reloadsUnderWay;
    private volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);

    public ReloadingHandler(Path projectDir, LiveReload liveReload) {
        this.projectDir = projectDir;
        this.liveReload = liveReload;
    }

    /** From now until the matching {@link #releaseRequests()}, new requests wait. */
    public void holdRequests() {
        synchronized (gateLock) {
            if (reloadsUnderWay++ == 0) {
                gate = new CompletableFuture<>();
            }
        }
    }

    public void releaseRequests() {
        synchronized (gateLock) {
            if (reloadsUnderWay > 0 && --reloadsUnderWay == 0) {
                gate.complete(null);
            }
        }
    }

    /** Serves {@code generation} from now on; returns what was served before (the caller retires it). */
    ServerState swap(ServerState next) {
        return state.getAndSet(next);
    }

    /** The generation being served, if the sources build. */
    public Optional<Generation> currentGeneration() {
        return state.get() instanceof ServerState.Serving serving ? Optional.of(serving.generation()) : Optional.empty();
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        CompletableFuture<Void> pending = gate;
        if (!pending.isDone()) {
            if (exchange.isInIoThread()) {
                exchange.dispatch(this);
                return;
            }
            awaitReload(pending);
        }
        serve(exchange);
    }

    /** The dev server holds requests while it builds the first generation too, so none is served before it. */
    private static void awaitReload(CompletableFuture<Void> pending) throws InterruptedException {
        try {
            pending.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // serve whatever is current
        }
    }

    private void serve(HttpServerExchange exchange) throws Exception {
        while (true) {
            ServerState current = state.get();
            if (current == null) {
                exchange.setStatusCode(503);
                exchange.getResponseSender().send("The dev server is starting.");
                return;
            }
            if (current instanceof ServerState.Broken broken) {
                sendErrorPage(exchange, broken.failure());
                return;
            }
            Generation generation = ((ServerState.Serving) current).generation();
            if (!generation.enter()) {
                continue; // swapped out and released meanwhile: read the new one
            }
            Object request = describe(exchange);
            generation.started(request);
            exchange.addExchangeCompleteListener((done, next) -> {
                generation.finished(request);
                generation.exit();
                next.proceed();
            });
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(generation.loader());
            try {
                generation.handler().handleRequest(exchange);
            } finally {
                thread.setContextClassLoader(previous);
            }
            return;
        }
    }

    /** What the console says of a request: the server's record of it, or its request line. */
    private static Object describe(HttpServerExchange exchange) {
        RequestInFlight request = RequestInFlight.of(exchange).orElse(null);
        if (request != null) {
            return new Object() {
                @Override
                public String toString() {
                    return request.method() + " " + request.target();
                }
            };
        }
        String line = exchange.getRequestMethod() + " " + exchange.getRequestURI();
        return new Object() {
            @Override
            public String toString() {
                return line;
            }
        };
    }

    private void sendErrorPage(HttpServerExchange exchange, ReloadFailure failure) {
        exchange.setStatusCode(500);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getResponseSender().send(
            liveReload.intoErrorPage(ErrorPage.render(failure, projectDir, ProjectHandler.requestPath(exchange))));
    }
}
