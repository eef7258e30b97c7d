package dev.hotclub.server.internal.logging;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Undertow, XNIO and JBoss Threads from printing their versions at start: jboss-logging is sent to
 * java.util.logging, where these loggers only pass warnings.
 */
public final class QuietLogging {
    // java.util.logging keeps loggers weakly: hold them, or their level is forgotten.
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("io.undertow"), Logger.getLogger("org.xnio"),
            Logger.getLogger("org.jboss"));

    private QuietLogging() {
    }

    /** Call before the first Undertow class is used. */
    public static void apply() {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    }
}
