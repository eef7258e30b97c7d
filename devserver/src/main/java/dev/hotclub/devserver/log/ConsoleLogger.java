package dev.hotclub.devserver.log;

import java.io.PrintStream;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** One logger of {@link ConsoleLogProvider}: INFO, WARN and ERROR messages to stderr, as they are written. */
final class ConsoleLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    ConsoleLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    /** Everything but the connection pool's lifecycle chatter ("Shutdown initiated..."): its warnings still show. */
    @Override
    public boolean isInfoEnabled() {
        return !name.startsWith("com.zaxxer.hikari");
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
                                               Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
        // System.err as it is now, not as it was at start: tests and embedders may redirect it.
        PrintStream err = System.err;
        synchronized (err) {
            err.println(message);
            if (throwable != null) {
                throwable.printStackTrace(err);
            }
        }
    }
}
