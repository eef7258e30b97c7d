package dev.hotclub.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.BadRequest;
import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.project.Project;
import dev.hotclub.templates.TemplateEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

@DisplayName("What the error pages log, as Django's django.request logger")
class ErrorResponsesConsoleTest {

    /** What was logged: level, message and the throwable passed with it. */
    private record Logged(Level level, String message, Throwable throwable) {
    }

    /** An SLF4J logger that keeps what it is given. */
    private static final class RecordingLogger extends LegacyAbstractLogger {
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

    private static List<Logged> logged(boolean debug, Throwable error) {
        Project project = FixtureSite.withoutTemplates(debug).build();
        RecordingLogger log = new RecordingLogger();
        try (TemplateEngine templates = TemplateEngine.forProject(project)) {
            new ErrorResponses(project, templates, log).forException(HttpRequest.builder("GET", "/nope/").build(), error);
        }
        return log.logged;
    }

    @Test
    @DisplayName("a 404 logs the warning \"Not Found: <path>\" in debug mode, nothing in production")
    void notFound() {
        assertEquals(List.of(new Logged(Level.WARN, "Not Found: /nope/", null)), logged(true, new Http404("gone")));
        assertEquals(List.of(), logged(false, new Http404("gone")));
    }

    @Test
    @DisplayName("a 400 logs the warning \"Bad Request: <path>\" and the reason, a 500 the error \"Internal Server Error: <path>\" with the exception")
    void badRequestAndServerError() {
        assertEquals(List.of(new Logged(Level.WARN, "Bad Request: /nope/\n  dev.hotclub.http.BadRequest: bad", null)),
                logged(false, new BadRequest("bad")));
        IllegalStateException boom = new IllegalStateException("boom");
        List<Logged> serverError = logged(false, boom);
        assertEquals(List.of(new Logged(Level.ERROR, "Internal Server Error: /nope/", boom)), serverError);
        assertSame(boom, serverError.get(0).throwable());
    }
}
