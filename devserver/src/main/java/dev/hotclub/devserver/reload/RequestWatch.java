package dev.hotclub.devserver.reload;

import dev.hotclub.server.RequestInFlight;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reports, once, a request whose view has run longer than a threshold: its method and path, the thread, and the
 * stack of the view's code, so that a view stuck in a loop or waiting on something is seen without a debugger
 * (the request log only shows a request when it completes).
 */
public final class RequestWatch implements AutoCloseable {
    /** Frames from here down are the framework and Undertow serving the view: not what the user wants to see. */
    private static final String SERVING_FRAMES = "dev.hotclub.handlers.BaseHandler";

    private final Supplier<List<RequestInFlight>> requests;
    private final Duration after;
    private final Console console;
    private final Set<RequestInFlight> reported = Collections.newSetFromMap(new WeakHashMap<>());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hotclub-request-watch");
        t.setDaemon(true);
        return t;
    });

    public RequestWatch(Supplier<List<RequestInFlight>> requests, Duration after, Console console) {
        this.requests = requests;
        this.after = after;
        this.console = console;
    }

    /** Looks at the requests in flight every quarter of the threshold (at most every second). */
    public RequestWatch start() {
        long period = Math.max(50, Math.min(1000, after.toMillis() / 4));
        timer.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
        return this;
    }

    void check() {
        for (RequestInFlight request : requests.get()) {
            Thread thread = request.thread();
            if (thread == null || request.age().compareTo(after) < 0 || reported.contains(request)) {
                continue;
            }
            reported.add(request);
            console.message(report(request, thread));
        }
    }

    static String report(RequestInFlight request, Thread thread) {
        StringBuilder text = new StringBuilder("The request ").append(request.method()).append(' ')
                .append(request.target()).append(" has been running for ").append(request.age().toSeconds())
                .append(" s on thread ").append(thread.getName()).append("; its view is at:");
        StackTraceElement[] stack = thread.getStackTrace();
        int shown = 0;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith(SERVING_FRAMES)) {
                break;
            }
            if (frame.getClassName().contains("$$Lambda")) {
                continue; // the method reference to the view: no source line to show
            }
            // As the project's own code reads, without the class loader's name Java puts in front.
            text.append("\n\tat ").append(frame.getClassName()).append('.').append(frame.getMethodName()).append('(')
                .append(frame.isNativeMethod() ? "Native Method" : frame.getFileName() == null ? "Unknown Source"
                    : frame.getFileName() + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : ""))
                .append(')');
            if (++shown == 40) {
                text.append("\n\t...");
                break;
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
