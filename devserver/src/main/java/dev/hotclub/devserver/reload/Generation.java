package dev.hotclub.devserver.reload;

import io.undertow.server.HttpHandler;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One generation of the project: its class loader, the handler serving it, and what to release
 * when it is retired. The dev server holds one reference while
 * the generation is current and every request holds one while it runs on it; the last one out releases
 * it, so requests in flight finish on the generation they started on.
 */
public final class Generation {

    private final int number;
    private final String projectName;
    private final GenerationClassLoader loader;
    private final HttpHandler handler;
    private final List<String> warnings;
    private final List<String> notices;
    private final Runnable release;
    private final AtomicInteger references = new AtomicInteger(1);
    private final Set<Object> running = ConcurrentHashMap.newKeySet();

    public Generation(int number, String projectName, GenerationClassLoader loader, HttpHandler handler,
                      List<String> warnings, Runnable release) {
        this(number, projectName, loader, handler, warnings, List.of(), release);
    }

    public Generation(int number, String projectName, GenerationClassLoader loader, HttpHandler handler,
                      List<String> warnings, List<String> notices, Runnable release) {
        this.notices = List.copyOf(notices);
        this.number = number;
        this.projectName = projectName;
        this.loader = loader;
        this.handler = handler;
        this.warnings = List.copyOf(warnings);
        this.release = release;
    }

    public int number() {
        return number;
    }

    public String projectName() {
        return projectName;
    }

    public GenerationClassLoader loader() {
        return loader;
    }

    public HttpHandler handler() {
        return handler;
    }

    /** The URL checks' warnings, as printed on the console. */
    public List<String> warnings() {
        return warnings;
    }

    /** The migrations' state of the database, one line each (nothing when the schema is up to date). */
    public List<String> notices() {
        return notices;
    }

    /** Takes a reference for a request; false when the generation was already released (read the current one again). */
    boolean enter() {
        while (true) {
            int current = references.get();
            if (current == 0) {
                return false;
            }
            if (references.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** Drops a reference; the last one releases the generation. */
    void exit() {
        if (references.decrementAndGet() == 0) {
            release.run();
        }
    }

    /** Notes a request running on this generation (its toString describes it), until {@link #finished}. */
    void started(Object request) {
        running.add(request);
    }

    void finished(Object request) {
        running.remove(request);
    }

    /** The requests running on this generation now, as "GET /path". */
    public List<String> runningRequests() {
        return running.stream().map(Object::toString).sorted().toList();
    }

    /** Drops the dev server's own reference: called once, when a newer generation replaces this one. */
    void retire() {
        exit();
    }

}
