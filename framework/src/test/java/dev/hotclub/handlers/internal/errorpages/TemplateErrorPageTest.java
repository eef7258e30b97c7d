package dev.hotclub.handlers.internal.errorpages;

import dev.hotclub.handlers.internal.errorpages.ErrorResponses;
import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import dev.hotclub.templates.TemplateEngine;
import dev.hotclub.templates.TemplateError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A template whose url() fails")
class TemplateErrorPageTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("is headlined on the debug 500 page and the console with NoReverseMatch's message and the template's line")
    void headlinesTheRealException() throws IOException {
        Files.writeString(dir.resolve("index.html"), "<ul>\n<li><a href=\"${url('polls:detial', 1)}\">x</a></li>\n</ul>\n");
        Project project = Project.named("site").debug(true).templateDirs(dir)
                .urls(path("polls/<int:id>/", r -> HttpResponse.ok(""), "detail")).build();
        RecordingLogger log = new RecordingLogger();
        try (TemplateEngine templates = dev.hotclub.handlers.ProjectTemplates.engine(project)) {
            TemplateError error = assertThrows(TemplateError.class, () -> templates.render("index.html", Map.of()));
            String message = error.raised().getMessage();
            String page = new ErrorResponses(project, templates, log)
                    .forException(HttpRequest.builder("GET", "/polls/").build(), error).text();
            assertTrue(page.contains("<h1>dev.hotclub.urls.NoReverseMatch <span>at /polls/</span></h1>\n"
                    + "<pre class=\"exception_value\">" + dev.hotclub.http.Html.escape(message) + "</pre>"), page);
            assertTrue(page.contains("<tr><th>Exception Type:</th><td><pre>dev.hotclub.urls.NoReverseMatch</pre></td></tr>"), page);
            assertTrue(page.contains("In template <code>index.html</code>, error at line <b>2</b>"), page);
            assertTrue(page.contains("<li class=\"here\"><pre>&lt;li&gt;&lt;a href=&quot;${url(&#x27;polls:detial&#x27;, 1)}"), page);
        }
        String console = log.logged.get(0).message();
        assertTrue(console.startsWith("Internal Server Error: /polls/\n"
                + "dev.hotclub.templates.TemplateError: Template index.html, line 2, column 16: NoReverseMatch: "), console);
        assertEquals(1, console.split("Caused by: ", -1).length - 1, console);
        assertTrue(console.contains("Caused by: dev.hotclub.urls.NoReverseMatch: "), console);
    }
}
