package dev.hotclub.templates;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.http.Html;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import dev.hotclub.urls.NoReverseMatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Every template")
class TemplateHelpersTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private String render(String template, Map<String, ?> context) throws IOException {
        Files.writeString(dir.resolve("t.html"), template);
        try (TemplateEngine engine = engine("/static/")) {
            return engine.render("t.html", context);
        }
    }

    private TemplateEngine engine(String staticUrl) {
        Project project = Project.named("site")
                .templateDirs(dir)
                .staticUrl(staticUrl)
                .urls(path("polls/", r -> HttpResponse.ok(""), "index"),
                        path("polls/<int:question_id>/", r -> HttpResponse.ok(""), "detail"),
                        path("archive/<int:year>/<slug:slug>/", r -> HttpResponse.ok(""), "archive"))
                .build();
        return dev.hotclub.handlers.ProjectTemplates.engine(project, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private String consoleText() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("has url() with positional or named values, as Django's {% url %}")
    void url() throws IOException {
        assertEquals("/polls/ /polls/1234/ /polls/7/ /archive/2026/hi/",
                render("${url('index')} ${url('detail', q.id)} ${url('detail', 7)} "
                        + "${url('archive', {'year': 2026, 'slug': 'hi'})}", Map.of("q", Map.of("id", 1234))));
    }

    @Test
    @DisplayName("has static(), as Django's {% static %}")
    void staticFiles() throws IOException {
        assertEquals("/static/polls/style.css /static/polls/a%20b.css /static/x.js",
                render("${static('polls/style.css')} ${static('polls/a b.css')} ${static('/x.js')}", Map.of()));
        Files.writeString(dir.resolve("s.html"), "${static('x.css')}");
        try (TemplateEngine engine = engine("/assets/")) {
            assertEquals("/assets/x.css", engine.render("s.html", Map.of()));
        }
        try (TemplateEngine engine = engine(null)) {
            TemplateError e = assertThrows(TemplateError.class, () -> engine.render("s.html", Map.of()));
            assertEquals("static('x.css') needs the project's staticUrl, which is null (staticUrl(null) turned static"
                    + " files off). Set staticUrl(\"/static/\") or your CDN's path.", e.raised().getMessage());
        }
    }

    @Test
    @DisplayName("prints numbers as Django does: no thousands separator, Python's float digits")
    void numbers() throws IOException {
        Map<String, Object> values = Map.of("year", 2026, "big", 1234567890123L, "huge", new BigInteger("12345678901234567890"),
                "price", new BigDecimal("19.90"), "half", 0.5, "one", 1.0, "large", 1e20, "tiny", 1.5e-5,
                "third", 1.0 / 3, "f", 2.5f);
        assertEquals("2026 1234567890123 12345678901234567890 19.90 0.5 1.0 1e+20 1.5e-05 0.3333333333333333 2.5",
                render("${year} ${big} ${huge} ${price} ${half} ${one} ${large} ${tiny} ${third} ${f}", values));
        assertEquals("value=\"1234\" 2027 12345678.0 -0.0 nan inf",
                render("value=\"${id}\" ${year + 1} ${m} ${nz} ${nan} ${inf}", Map.of("id", 1234, "year", 2026,
                        "m", 12345678.0, "nz", -0.0, "nan", Double.NaN, "inf", Double.POSITIVE_INFINITY)));
    }

    @Test
    @DisplayName("prints booleans as Django does")
    void booleans() throws IOException {
        assertEquals("True False", render("${yes} ${no}", Map.of("yes", true, "no", false)));
    }

    @Test
    @DisplayName("prints dates and times in Django's default formats, and takes Django's format characters")
    void dates() throws IOException {
        LocalDateTime morning = LocalDateTime.of(2026, 12, 2, 7, 5, 9);
        Map<String, Object> values = Map.of("dt", morning, "d", LocalDate.of(2026, 9, 21), "t", LocalTime.of(15, 0),
                "midnight", LocalDateTime.of(2026, 3, 1, 0, 0), "noon", LocalTime.NOON);
        assertEquals("Dec. 2, 2026, 7:05 a.m. | Sept. 21, 2026 | 3 p.m. | March 1, 2026, midnight | noon",
                render("${dt} | ${d} | ${t} | ${midnight} | ${noon}", values));
        assertEquals("2026-12-02 07:05:09 | Wed, 2nd December 26 | 2026 12",
                render("${dt?string('@django Y-m-d H:i:s')} | ${dt?string('@django D, jS F y')} | ${dt.year} ${dt.monthValue}", values));
        assertEquals("day 2 at 7", render("${dt?string('@django \\\\d\\\\a\\\\y j \\\\a\\\\t G')}", values));
    }

    @Test
    @DisplayName("shows a date with a zone in the template's time zone, and a java.util.Date as a date-time")
    void zonedDates() throws IOException {
        Instant instant = ZonedDateTime.of(2026, 12, 2, 19, 30, 0, 0, ZoneId.systemDefault()).toInstant();
        assertEquals("Dec. 2, 2026, 7:30 p.m. Dec. 2, 2026, 7:30 p.m. Dec. 2, 2026, 7:30 p.m.",
                render("${instant} ${zoned} ${date}", Map.of("instant", instant,
                        "zoned", instant.atZone(ZoneId.of("Pacific/Kiritimati")), "date", Date.from(instant))));
    }

    @Test
    @DisplayName("escapes HTML with the same escaper as Html.escape, writing ' as &#x27; as Django does")
    void oneEscaper() throws Exception {
        String text = "<a href=\"x\">Tom & Jerry's</a>";
        String escaped = "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt;";
        assertEquals(escaped, Html.escape(text));
        assertEquals(escaped + "|" + escaped + "|<b>" + escaped + "|<i>x</i>",
                render("${t}|${t?esc}|${'<b>'?no_esc + t}|${'<i>x</i>'?no_esc}", Map.of("t", text)));
        Files.writeString(dir.resolve("f.ftlh"), "${t}");
        try (TemplateEngine engine = engine("/static/")) {
            assertEquals(escaped, engine.render("f.ftlh", Map.of("t", text)));
        }
        // HTML made as FreeMarker's own markup (a library's helper) prints as the markup it is.
        assertEquals("<input type=\"hidden\" value=\"x\">", render("${input}",
                Map.of("input", freemarker.core.HTMLOutputFormat.INSTANCE.fromMarkup("<input type=\"hidden\" value=\"x\">"))));
    }

    @Test
    @DisplayName("headlines what a function called by the template threw, with the template's line")
    void exceptionOfAFunction() throws IOException {
        Files.writeString(dir.resolve("t.html"), "<ul>\n  <li>${url('polls:detial', 1)}</li>\n</ul>\n");
        try (TemplateEngine engine = engine("/static/")) {
            TemplateError e = assertThrows(TemplateError.class, () -> engine.render("t.html", Map.of()));
            NoReverseMatch raised = assertInstanceOf(NoReverseMatch.class, e.raised());
            assertTrue(e.getCause() == raised);
            assertEquals(2, e.line());
            assertEquals("Template t.html, line 2, column 9: NoReverseMatch: " + raised.getMessage(), e.getMessage());
            assertEquals("NoReverseMatch: " + raised.getMessage(), e.detail());
            assertTrue(raised.getMessage().contains("polls"), raised.getMessage());
        }
    }

    public static final class Thrower {
        public String getName() {
            throw new IllegalArgumentException("no name today");
        }
    }

    @Test
    @DisplayName("headlines what a getter threw, and keeps FreeMarker's message for a missing variable")
    void exceptionOfAGetterAndAMissingValue() throws IOException {
        Files.writeString(dir.resolve("g.html"), "${person.name}");
        Files.writeString(dir.resolve("m.html"), "\n${nobody.name}");
        try (TemplateEngine engine = engine("/static/")) {
            TemplateError getter = assertThrows(TemplateError.class, () -> engine.render("g.html", Map.of("person", new Thrower())));
            assertEquals("Template g.html, line 1, column 1: IllegalArgumentException: no name today", getter.getMessage());
            TemplateError missing = assertThrows(TemplateError.class, () -> engine.render("m.html", Map.of()));
            assertNull(missing.raised());
            assertTrue(missing.getMessage().startsWith("Template m.html, line 2, column 3: The following has evaluated"
                    + " to null or missing:\n==> nobody"), missing.getMessage());
        }
    }

    @Test
    @DisplayName("warns once on the console when it holds Django tags, saying what to write in FreeMarker")
    void djangoSyntaxWarning() throws IOException {
        Files.writeString(dir.resolve("t.html"), "<h1>Polls</h1>\n{% for question in latest_question_list %}\n"
                + "<a href=\"{% url 'polls:detail' question.id %}\">x</a>\n{% endfor %}\n");
        try (TemplateEngine engine = engine("/static/")) {
            assertEquals("<h1>Polls</h1>\n{% for question in latest_question_list %}\n"
                    + "<a href=&quot;{% url &#x27;polls:detail&#x27; question.id %}&quot;>x</a>\n{% endfor %}\n"
                    .replace("&quot;", "\"").replace("&#x27;", "'"), engine.render("t.html", Map.of()));
            engine.render("t.html", Map.of());
        }
        assertEquals("Template t.html, line 2: {% for question in latest_question_list %} is Django template syntax,"
                + " which FreeMarker serves as text.\n"
                + "  In FreeMarker: <#list latest_question_list as question>\n"
                + "  This template holds 2 more Django tags.\n"
                + "  docs/HTTP.md (Templates) lists the FreeMarker equivalent of each Django tag.\n", consoleText());
    }

    @Test
    @DisplayName("in debug mode, the page of a template with Django tags shows the warning too, at its top")
    void djangoSyntaxWarningOnTheDebugPage() throws IOException {
        Files.writeString(dir.resolve("a.html"), "{% if articles %}<ul></ul>{% endif %}");
        Files.writeString(dir.resolve("clean.html"), "<p>fine</p>");
        Project project = Project.named("site").debug(true).templateDirs(dir).build();
        try (TemplateEngine engine = dev.hotclub.handlers.ProjectTemplates.engine(project, new PrintStream(console, true, StandardCharsets.UTF_8))) {
            String page = engine.render("a.html", Map.of("articles", java.util.List.of()));
            assertTrue(page.startsWith("{% if articles %}<ul></ul>{% endif %}\n<div data-hotclub-warning style=\""), page);
            assertTrue(page.endsWith("\">Template a.html, line 1: {% if articles %} is Django template syntax, which"
                    + " FreeMarker serves as text.\n  In FreeMarker: &lt;#if articles?has_content&gt;\n"
                    + "  This template holds 1 more Django tag.\n"
                    + "  docs/HTTP.md (Templates) lists the FreeMarker equivalent of each Django tag.</div>\n"), page);
            assertEquals("<p>fine</p>", engine.render("clean.html", Map.of()));
        }
        try (TemplateEngine production = engine("/static/")) {
            assertEquals("{% if articles %}<ul></ul>{% endif %}", production.render("a.html", Map.of()), "DEBUG off: the page as written");
        }
    }

    /** As startapp's package-private Views holds them. */
    record Article(int id, String title) {
    }

    static final class Author {
        private final String name;

        Author(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }

    @Test
    @DisplayName("a record that is not public is read all the same, its values usable in url()")
    void nonPublicRecord() throws IOException {
        Files.writeString(dir.resolve("r.html"), "<a href=\"${url('detail', a.id)}\">${a.title}</a> ${a}");
        try (TemplateEngine engine = engine("/static/")) {
            assertEquals("<a href=\"/polls/7/\">News &amp; views</a> Article[id=7, title=News &amp; views]",
                    engine.render("r.html", Map.of("a", new Article(7, "News & views"))));
        }
    }

    @Test
    @DisplayName("a property of another class that is not public is an error that says so and what to do")
    void nonPublicClass() throws IOException {
        Files.writeString(dir.resolve("c.html"), "${author.name}");
        try (TemplateEngine engine = engine("/static/")) {
            TemplateError e = assertThrows(TemplateError.class, () -> engine.render("c.html", Map.of("author", new Author("Ada"))));
            assertTrue(e.getMessage().startsWith("Template c.html, line 1, column 1: The class"
                    + " dev.hotclub.templates.TemplateHelpersTest.Author is not public, so a template cannot read its name:"
                    + " FreeMarker reads only public classes. Make Author and TemplateHelpersTest (which it is nested in)"
                    + " public, or make Author a record (templates read a record's components whatever its access)."),
                    e.getMessage());
        }
    }

    @Test
    @DisplayName("a template without Django tags gives no warning")
    void noWarning() throws IOException {
        render("<p>100% {not a tag} ${'{%'}</p>", Map.of());
        assertEquals("", consoleText());
    }
}
