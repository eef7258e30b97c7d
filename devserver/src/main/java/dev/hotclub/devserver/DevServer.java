package dev.hotclub.devserver;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import dev.hotclub.devserver.livereload.LiveReload;
import dev.hotclub.devserver.reload.Console;
import dev.hotclub.devserver.reload.Generation;
import dev.hotclub.devserver.reload.GenerationFactory;
import dev.hotclub.devserver.reload.HostCheck;
import dev.hotclub.devserver.reload.ReloadingHandler;
import dev.hotclub.devserver.reload.RequestWatch;
import dev.hotclub.devserver.reload.Reloader;
import dev.hotclub.devserver.watch.ChangeBatch;
import dev.hotclub.devserver.watch.ProjectWatcher;
import dev.hotclub.devserver.reload.ProjectGenerationFactory;
import dev.hotclub.project.Limits;
import dev.hotclub.server.HotclubServer;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * runserver: serves a project with hot reload. Undertow starts once; a watcher feeds changes to the
 * reload thread, which compiles, loads and swaps project generations behind one {@link ReloadingHandler}.
 *
 * <pre>{@code
 * try (DevServer server = DevServer.start(DevServer.Options.of(projectDir, "127.0.0.1", 0,
 *         DependencyClasspath.none(), System.out))) {
 *     URI home = server.uri().resolve("/greetings/");
 * }
 * }</pre>
 */
public final class DevServer implements AutoCloseable {
    static {
        // XNIO runs Undertow's workers on JBoss Threads' EnhancedQueueExecutor by default. Since JBoss Threads 3.9
        // (taken for JDK 24+, pom.xml) that pool keeps one old project generation's class loader reachable after
        // reloads (NoLeaksTest); its own switch, this property, puts the workers on a plain ThreadPoolExecutor. Only the dev
        // server swaps class loaders, so only it turns the pool off; set the property to override.
        if (System.getProperty("jboss.threads.eqe.disable") == null) {
            System.setProperty("jboss.threads.eqe.disable", "true");
        }
    }


    /**
     * @param projectDir   the project (the folder of its pom.xml)
     * @param host         the address to listen on
     * @param port         the port, 0 for any free one
     * @param dependencies where the project's dependencies come from ({@code MavenDependencyClasspath} in real use)
     * @param out          the console
     * @param requestLog   where each request's log line goes
     * @param factory      builds a generation from its class loader
     * @param stuckAfter   a request whose view runs longer than this is reported on the console, once
     */
    public record Options(Path projectDir, String host, int port, DependencyClasspath dependencies, PrintStream out,
                          Consumer<String> requestLog, GenerationFactory factory, Duration stuckAfter) {

        /** How long a view runs before the console shows where it is. */
        public static final Duration STUCK_AFTER = Duration.ofSeconds(10);

        /** Serves the project found through its ProjectProvider; the console and the request log go to {@code out}. */
        public static Options of(Path projectDir, String host, int port, DependencyClasspath dependencies, PrintStream out) {
            return new Options(projectDir, host, port, dependencies, out, out::println, new ProjectGenerationFactory(),
                STUCK_AFTER);
        }

        /** These options with the request log going to {@code requestLog} (runserver: stderr, as Django). */
        public Options withRequestLog(Consumer<String> requestLog) {
            return new Options(projectDir, host, port, dependencies, out, requestLog, factory, stuckAfter);
        }

        /** These options with requests reported once their view has run for {@code stuckAfter}. */
        public Options withStuckAfter(Duration stuckAfter) {
            return new Options(projectDir, host, port, dependencies, out, requestLog, factory, stuckAfter);
        }
    }

    /**
     * The dev server's limits: the defaults, with a short shutdown grace, so that CONTROL-C lets a request in flight
     * finish but never waits long for a stuck view.
     */
    static final Limits LIMITS = Limits.defaults().withShutdownGrace(Duration.ofSeconds(3));

    private final Path projectDir;
    private final String host;
    private final ScheduledExecutorService reloadThread;
    private final ReloadingHandler handler;
    private final Reloader reloader;
    private final Console console;
    private final LiveReload liveReload = new LiveReload();
    private HotclubServer server;
    private ProjectWatcher watcher;
    private RequestWatch requestWatch;
    private int port;

    private DevServer(Options options) {
        this.projectDir = options.projectDir().toAbsolutePath().normalize();
        this.host = options.host();
        this.reloadThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hotclub-reload");
            t.setDaemon(true);
            return t;
        });
        this.handler = new ReloadingHandler(projectDir, liveReload);
        this.console = new Console(options.out(), projectDir);
        this.reloader = new Reloader(projectDir, options.dependencies(), options.factory(), handler, console, liveReload);
    }

    public static DevServer start(Options options) {
        Path dir = options.projectDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("src/main/java"))) {
            throw new IllegalArgumentException("'" + dir + "' is not a Hotclub project: it has no src/main/java."
                + " Run the dev server in a project's folder (the one with pom.xml).");
        }
        DevServer server = new DevServer(options);
        try {
            server.run(options);
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    private void run(Options options) {
        console.watching();
        handler.holdRequests(); // requests that come before the first generation wait for it
        Future<Generation> first = reloadThread.submit(() -> {
            try {
                return reloader.start();
            } finally {
                handler.releaseRequests();
            }
        });
        watcher = new ProjectWatcher(projectDir, reloadThread, reloader::onChanges, reloader::changeSeen);
        // The host check first: the dev server's own pages (live reload, the build-error page) included.
        server = HotclubServer.start(new HostCheck(liveReload.routes(handler), handler), options.host(), options.port(),
            liveReload.withoutOwnRequests(options.requestLog()), LIMITS);
        port = server.port();
        requestWatch = new RequestWatch(server::requestsInFlight, options.stuckAfter(), console).start();
        Generation generation;
        try {
            generation = first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the project", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot build the project: " + e.getCause(), e.getCause());
        }
        reloadThread.execute(reloader::afterReload);
        if (generation != null) {
            console.checks(generation.warnings());
            console.notices(generation.notices());
        }
        console.banner(HotclubVersion.get(), generation != null ? generation.projectName() : projectDir.getFileName().toString(),
            uri().toString());
    }

    /** The port the server listens on (the real one when started on port 0). */
    public int port() {
        return port;
    }

    public URI uri() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shownHost + ":" + port + "/");
    }

    /** The generation being served, if the sources build. */
    public Optional<Generation> currentGeneration() {
        return handler.currentGeneration();
    }

    /** The live-reload channel: its connections (tests wait for the browser's before saving). */
    public LiveReload liveReload() {
        return liveReload;
    }

    /** Makes new requests wait, as when the watcher sees a change (tests use it to order a request and a reload). */
    void holdRequests() {
        handler.holdRequests();
    }

    void releaseRequests() {
        handler.releaseRequests();
    }

    /** Runs a reload for {@code batch} as the watcher would, and waits for it (tests drive reloads this way). */
    void reload(ChangeBatch batch) {
        if (batch.reloadsPages()) {
            reloader.changeSeen();
        }
        try {
            reloadThread.submit(() -> reloader.onChanges(batch)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * CONTROL-C: stops watching and serving, and nothing more, because the process is about to end. What
     * {@link #close()} adds costs an idle server seconds on a small machine and gives nothing at exit:
     * waiting for the reload thread (after a start from the compiled-classes cache it warms javac up with a
     * full compile that does not stop when interrupted) and releasing the generation (its class loader,
     * FreeMarker's and Jackson's caches; Jackson is first loaded just to be cleared when no request used JSON).
     * A cache save in progress is atomic (written aside, then moved): at worst the next start compiles.
     */
    public void stopForExit() {
        if (watcher != null) {
            watcher.close();
        }
        reloadThread.shutdownNow();
        liveReload.close(); // an open tab's event stream would otherwise hold the stop for the whole grace period
        if (server != null) {
            server.close();
        }
    }

    @Override
    public void close() {
        if (requestWatch != null) {
            requestWatch.close();
        }
        if (watcher != null) {
            watcher.close();
        }
        reloadThread.shutdownNow();
        try {
            reloadThread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        liveReload.close();
        if (server != null) {
            server.close();
        }
        reloader.close();
        // The pools outlive reloads (they belong to the framework's loader), not the dev server.
        dev.hotclub.db.Databases.closeAll();
    }
}
