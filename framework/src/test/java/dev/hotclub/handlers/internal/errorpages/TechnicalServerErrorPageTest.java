package dev.hotclub.handlers.internal.errorpages;

import dev.hotclub.handlers.internal.errorpages.TechnicalServerErrorPage;
import dev.hotclub.handlers.internal.errorpages.SourceFiles;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.HttpRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TechnicalServerErrorPageTest {

    @Test
    void theExceptionLocationNamesTheUsersMethodWithoutTheClassLoaderThatLoadedIt() {
        // The dev server loads each generation in a class loader named like this one; a frame's toString()
        // would start with "hotclub-generation-3//".
        IllegalStateException error = new IllegalStateException("boom");
        error.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("hotclub-generation-3", null, null, "greetings.Views", "boom", "Views.java", 45),
            new StackTraceElement("dev.hotclub.server.ProjectHandler", "callView", "ProjectHandler.java", 71),
        });
        String html = TechnicalServerErrorPage.html(HttpRequest.builder("GET", "/greetings/boom/").build(), error,
                new SourceFiles(Path.of("no-such-project")), Optional.empty());
        assertTrue(html.contains("<tr><th>Exception Location:</th><td><pre>greetings.Views.boom(Views.java:45)</pre>"),
                html);
    }

    @Test
    void aUserFrameWithoutASourceFileNameIsLocatedAsAnUnknownSourceAsInTheTraceback() {
        IllegalStateException error = new IllegalStateException("boom");
        error.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("greetings.Views", "boom", null, -1),
            new StackTraceElement("dev.hotclub.server.ProjectHandler", "callView", "ProjectHandler.java", 71),
        });
        String html = TechnicalServerErrorPage.html(HttpRequest.builder("GET", "/greetings/boom/").build(), error,
                new SourceFiles(Path.of("no-such-project")), Optional.empty());
        assertTrue(html.contains("<tr><th>Exception Location:</th><td><pre>greetings.Views.boom(Unknown Source)</pre>"),
                html);
        assertTrue(html.contains("<li class=\"frame\"><code>greetings.Views.boom</code> (Unknown Source)</li>"), html);
    }
}
