package dev.hotclub.handlers.internal.errorpages;

import dev.hotclub.handlers.internal.errorpages.ErrorResponses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.BadRequest;
import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.project.Project;
import dev.hotclub.templates.TemplateEngine;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import dev.hotclub.handlers.internal.errorpages.RecordingLogger.Logged;
import org.slf4j.event.Level;

@DisplayName("What the error pages log, as Django's django.request logger")
class ErrorResponsesConsoleTest {

    private static List<Logged> logged(boolean debug, Throwable error) {
        Project project = FixtureSite.withoutTemplates(debug).build();
        RecordingLogger log = new RecordingLogger();
        try (TemplateEngine templates = dev.hotclub.handlers.ProjectTemplates.engine(project)) {
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
        assertEquals(1, serverError.size(), serverError.toString());
        assertEquals(Level.ERROR, serverError.get(0).level());
        // The trace is in the message, escaped and folded by the framework, whatever backend prints it.
        assertTrue(serverError.get(0).message().startsWith("Internal Server Error: /nope/\n"
                + "java.lang.IllegalStateException: boom\n\tat "), serverError.get(0).message());
    }
}
