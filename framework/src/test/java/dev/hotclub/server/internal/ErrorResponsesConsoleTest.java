package dev.hotclub.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.fixture.FixtureSite;
import dev.hotclub.http.BadRequest;
import dev.hotclub.http.Http404;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.project.Project;
import dev.hotclub.templates.TemplateEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What the error pages print on the console, as Django's django.request logger")
class ErrorResponsesConsoleTest {

    private static String console(boolean debug, Throwable error) {
        Project project = FixtureSite.withoutTemplates(debug).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TemplateEngine templates = TemplateEngine.forProject(project);
             PrintStream console = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new ErrorResponses(project, templates, console).forException(HttpRequest.builder("GET", "/nope/").build(), error);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a 404 prints \"Not Found: <path>\" in debug mode, nothing in production")
    void notFound() {
        assertEquals("Not Found: /nope/" + System.lineSeparator(), console(true, new Http404("gone")));
        assertEquals("", console(false, new Http404("gone")));
    }

    @Test
    @DisplayName("a 400 prints \"Bad Request: <path>\" and the reason, a 500 \"Internal Server Error: <path>\" and the trace")
    void badRequestAndServerError() {
        assertEquals("Bad Request: /nope/\n  dev.hotclub.http.BadRequest: bad" + System.lineSeparator(),
                console(false, new BadRequest("bad")));
        String error = console(false, new IllegalStateException("boom"));
        assertTrue(error.startsWith("Internal Server Error: /nope/" + System.lineSeparator()
                + "java.lang.IllegalStateException: boom" + System.lineSeparator() + "\tat "), error);
    }
}
