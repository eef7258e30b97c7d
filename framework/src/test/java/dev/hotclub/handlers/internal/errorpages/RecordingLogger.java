package dev.hotclub.handlers.internal.errorpages;

import dev.hotclub.handlers.internal.errorpages.ErrorResponses;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that keeps what it is given, for tests of what the framework logs. */
final class RecordingLogger extends LegacyAbstractLogger {
    /** What was logged: level, message and the throwable passed with it. */
    record Logged(Level level, String message, Throwable throwable) {
    }

    private static final long serialVersionUID = 1L;
    final transient List<Logged> logged = new ArrayList<>();

    RecordingLogger() {
        this.name = ErrorResponses.LOGGER;
    }

    @Override
    public boolean isTraceEnabled() {
        return true;
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
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
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        logged.add(new Logged(level, MessageFormatter.basicArrayFormat(pattern, arguments), throwable));
    }
}
