package dev.hotclub.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The template engine")
class TemplateEngineTest {
    @TempDir
    Path dir;

    private TemplateEngine engine(boolean debug) {
        return TemplateEngine.forFolders(debug, dir);
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    @DisplayName(".html and .ftlh templates escape HTML, .ftl ones do not")
    void autoescape() throws IOException {
        write("a.html", "<p>${x}</p>");
        write("b.ftlh", "<p>${x}</p>");
        write("c.ftl", "<p>${x}</p>");
        try (TemplateEngine e = engine(true)) {
            Map<String, Object> ctx = Map.of("x", "<script>alert('x')</script>");
            assertEquals("<p>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</p>", e.render("a.html", ctx));
            assertEquals("<p>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</p>", e.render("b.ftlh", ctx));
            assertEquals("<p><script>alert('x')</script></p>", e.render("c.ftl", ctx));
        }
    }

    public record Person(String name) {
        public String shout() {
            return name.toUpperCase();
        }
    }

    @Test
    @DisplayName("Java accessors read as properties: ${person.name}")
    void accessorsAsProperties() throws IOException {
        write("p.html", "${person.name} ${person.shout}");
        try (TemplateEngine e = engine(true)) {
            assertEquals("Ann ANN", e.render("p.html", Map.of("person", new Person("Ann"))));
        }
    }

    @Test
    @DisplayName("a missing template lists where it was looked for")
    void missingTemplate() {
        try (TemplateEngine e = engine(true)) {
            TemplateDoesNotExist ex = assertThrows(TemplateDoesNotExist.class, () -> e.render("nope.html", Map.of()));
            assertEquals("Template 'nope.html' does not exist. Looked for it in:\n  " + dir.toAbsolutePath().normalize()
                    + "/nope.html", ex.getMessage());
            assertFalse(e.exists("nope.html"));
        }
    }

    @Test
    @DisplayName("a syntax error names the template, the line and FreeMarker's message")
    void syntaxError() throws IOException {
        write("bad.html", "<p>ok</p>\n<#if x>\n<p>never closed</p>\n");
        try (TemplateEngine e = engine(true)) {
            TemplateError ex = assertThrows(TemplateError.class, () -> e.render("bad.html", Map.of("x", true)));
            assertEquals("bad.html", ex.templateName());
            assertTrue(ex.line() >= 2, "line " + ex.line());
            assertTrue(ex.getMessage().startsWith("Template bad.html, line " + ex.line() + ", column "), ex.getMessage());
            assertTrue(ex.detail().contains("#if"), ex.detail());
            assertTrue(e.exists("bad.html"));
        }
    }

    @Test
    @DisplayName("a rendering error names the template, the line and the missing value")
    void renderingError() throws IOException {
        write("missing.html", "<h1>x</h1>\n<p>${user.name}</p>\n");
        try (TemplateEngine e = engine(true)) {
            TemplateError ex = assertThrows(TemplateError.class, () -> e.render("missing.html", Map.of()));
            assertEquals(2, ex.line());
            assertTrue(ex.detail().startsWith("The following has evaluated to null or missing:\n==> user"), ex.detail());
        }
    }

    @Test
    @DisplayName("in debug mode an edited template is read again at once")
    void debugReloads() throws IOException {
        write("t.html", "one");
        try (TemplateEngine e = engine(true)) {
            assertEquals("one", e.render("t.html", Map.of()));
            write("t.html", "two, longer");
            Files.setLastModifiedTime(dir.resolve("t.html"),
                    java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
            assertEquals("two, longer", e.render("t.html", Map.of()));
        }
    }

    @Test
    @DisplayName("a template name cannot climb out of its folder")
    void noClimbing() throws IOException {
        write("inside.html", "in");
        try (TemplateEngine e = TemplateEngine.forFolders(true, dir.resolve("sub"))) {
            assertFalse(e.exists("../inside.html"));
        }
    }
}
