package dev.hotclub.server.internal.lifecycle;

import java.time.Duration;

/**
 * Closes a server from a JVM shutdown hook (SIGTERM, SIGINT), and makes sure the process ends: the JVM waits for
 * its hooks, so a close that hangs (a handler that never returns from releasing something) would keep a stopped
 * server alive forever. Past the grace period and a margin, the process is halted.
 */
public final class ShutdownOnSignal {
    /** Beyond the grace period: Undertow's own stop and releasing the project. */
    static final Duration MARGIN = Duration.ofSeconds(5);

    private ShutdownOnSignal() {
    }

    public static void register(Runnable stop, Duration grace) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopOrHalt(stop, grace), "hotclub-shutdown"));
        // A JVM ended by SIGTERM exits with 143, which systemd and orchestrators count as a failure. A server
        // asked to stop that drained its requests has done what it was asked: exit 0, through the same hook.
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> System.exit(0));
            } catch (IllegalArgumentException e) {
                // The signal is reserved (the JVM was started with -Xrs, say): the default exit code stays.
            }
        }
    }

    private static void stopOrHalt(Runnable stop, Duration grace) {
        Thread closing = new Thread(() -> {
            try {
                stop.run();
            } catch (RuntimeException e) {
                System.err.println("Stopping the server failed: " + e);
            }
        }, "hotclub-close");
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(grace.plus(MARGIN).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive()) {
            System.err.println("The server did not stop within " + grace.plus(MARGIN).toSeconds() + " s; halting.");
            Runtime.getRuntime().halt(1);
        }
    }
}
