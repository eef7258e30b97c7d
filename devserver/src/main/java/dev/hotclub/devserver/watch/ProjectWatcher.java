package dev.hotclub.devserver.watch;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a project folder (sources, resources, templates, static files, {@code pom.xml}) and hands
 * each save's changes, coalesced, to a consumer on the dev server's reload thread.
 *
 * <p>One save is several events (truncate then write; or write a temporary, delete, rename), not always
 * in one batch of the OS's. Events are gathered until the watcher is idle and no event came for a short
 * quiet period, then delivered as one {@link ChangeBatch}. {@code onFirstEvent} runs as soon as a change
 * that reloads the pages is seen ({@link ChangeBatch#reloadsPages()}: anything but a stylesheet), before the
 * batch is complete: the server holds new requests for the coming generation (or the complete template)
 * instead of serving the old one, and tells the browsers to reload now, while the batch is still being built.
 * Every batch that {@link ChangeBatch#reloadsPages() reloads the pages} was announced so, exactly once.
 *
 * <p>Folders that are never sources ({@code target/}, {@code .hotclub/}, {@code .git/}, tests) are not
 * even registered: the custom tree visitor skips them, which keeps {@code mvn test} in the project from
 * flooding the watcher.
 */
public final class ProjectWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 20;

    private final Path project;
    private final Consumer<ChangeBatch> onBatch;
    private final Runnable onFirstEvent;
    private final ScheduledExecutorService reloadThread;
    private final ExecutorService watcherThread;
    private final DirectoryWatcher watcher;

    private final Object lock = new Object();
    private final Set<Path> javaSources = new HashSet<>();
    private final Set<Path> templatesOrStatic = new HashSet<>();
    private boolean resources;
    private boolean buildFile;
    private boolean overflow;
    private boolean announced;
    private ScheduledFuture<?> flush;

    /**
     * Starts watching {@code project}. {@code reloadThread} runs {@code onBatch}, one batch at a time;
     * the watcher gets a thread of its own, ended by {@link #close()}.
     */
    public ProjectWatcher(Path project, ScheduledExecutorService reloadThread, Consumer<ChangeBatch> onBatch,
                          Runnable onFirstEvent) {
        this.project = project.toAbsolutePath().normalize();
        this.onBatch = onBatch;
        this.onFirstEvent = onFirstEvent;
        this.reloadThread = reloadThread;
        this.watcherThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hotclub-watcher");
            t.setDaemon(true);
            return t;
        });
        try {
            watcher = DirectoryWatcher.builder()
                .path(this.project)
                .fileTreeVisitor(new SourceTreeVisitor(this.project))
                .listener(new Listener())
                .build();
        } catch (IOException e) {
            watcherThread.shutdownNow();
            throw new UncheckedIOException("Cannot watch " + this.project, e);
        }
        watcher.watchAsync(watcherThread);
    }

    private final class Listener implements DirectoryChangeListener {
        @Override
        public void onEvent(DirectoryChangeEvent event) {
            boolean reloadsPages;
            synchronized (lock) { // also orders onFirstEvent before the flush that releases the requests it holds
                if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                    overflow = true;
                    reloadsPages = true;
                } else {
                    Path path = event.path();
                    ChangeKind kind = ChangeKind.of(project, path, event.isDirectory());
                    switch (kind) {
                        case JAVA_SOURCE -> javaSources.add(path);
                        case RESOURCE -> resources = true;
                        case BUILD_FILE -> buildFile = true;
                        case TEMPLATE_OR_STATIC -> templatesOrStatic.add(path);
                        case IGNORED -> {
                            return;
                        }
                    }
                    reloadsPages = ChangeBatch.reloadsPages(kind, path);
                }
                // An earlier change of the batch that reloads the pages has already announced it.
                if (reloadsPages && !announced) {
                    announced = true;
                    onFirstEvent.run();
                }
                scheduleFlush();
            }
        }

        @Override
        public void onIdle(int count) {
            synchronized (lock) {
                if (flush != null) {
                    scheduleFlush();
                }
            }
        }

        @Override
        public void onException(Exception e) {
            System.err.println("File watcher error: " + e);
        }
    }

    private void scheduleFlush() {
        if (flush != null) {
            flush.cancel(false);
        }
        if (!reloadThread.isShutdown()) {
            flush = reloadThread.schedule(this::flush, QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void flush() {
        ChangeBatch batch;
        synchronized (lock) {
            batch = new ChangeBatch(javaSources, resources, buildFile, templatesOrStatic, overflow);
            javaSources.clear();
            templatesOrStatic.clear();
            resources = buildFile = overflow = announced = false;
            flush = null;
        }
        onBatch.accept(batch);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            watcherThread.shutdownNow();
            awaitWatcherThread(); // an event it is handling could otherwise schedule a flush after the cancel below
            synchronized (lock) {
                if (flush != null) {
                    flush.cancel(false);
                }
            }
        }
    }

    private void awaitWatcherThread() {
        try {
            watcherThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Registers every folder of the project except those that never hold sources. */
    private record SourceTreeVisitor(Path project) implements FileTreeVisitor {
        @Override
        public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile) throws IOException {
            if (!Files.isDirectory(start)) {
                if (Files.exists(start)) {
                    onFile.call(start);
                }
                return;
            }
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (dir.startsWith(project) && ChangeKind.isUnwatched(project.relativize(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    onDirectory.call(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    onFile.call(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // deleted while we walked
                }
            });
        }
    }
}
