package dev.hotclub.views;

import static dev.hotclub.urls.Urls.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Generic views and the Paginator")
class GenericViewsTest {
    /** Questions as maps: FreeMarker reads public classes only, and a test's nested record is not one. */
    static final List<Map<String, Object>> QUESTIONS = IntStream.rangeClosed(1, 23)
            .mapToObj(i -> Map.<String, Object>of("id", i, "text", "Q" + i)).toList();

    @TempDir
    Path templates;
    Client client;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(templates.resolve("about.html"), "About ${title} for ${name}");
        Files.writeString(templates.resolve("index.html"), "<#list latest as q>${q.text} </#list>"
                + "<#if is_paginated>| page ${page_obj.number} of ${paginator.num_pages}, ${page_obj.start_index}-"
                + "${page_obj.end_index}<#if page_obj.has_next> next=${page_obj.next_page_number}</#if></#if>");
        Files.writeString(templates.resolve("detail.html"), "${question.text}=${object.text}");
        Project project = Project.named("views").debug(true).allowedHosts("testserver").templateDirs(templates)
                .urls(path("about/<str:name>/", TemplateView.of("about.html").extraContext(Map.of("title", "us"))),
                        path("old/<int:pk>/", RedirectView.to("/polls/%(pk)s/")),
                        path("go/<int:pk>/", RedirectView.toPattern("detail").permanent(true).queryString(true)),
                        path("gone/", RedirectView.to(null)),
                        path("polls/", ListView.of(() -> QUESTIONS).template("index.html").contextObjectName("latest")
                                .paginateBy(10).orphans(3), "index"),
                        path("all/", ListView.of(() -> QUESTIONS.subList(0, 3)).template("index.html")
                                .contextObjectName("latest")),
                        path("none/", ListView.of(List::of).template("index.html").allowEmpty(false)),
                        path("polls/<int:pk>/", DetailView.<Map<String, Object>>byPk("question", pk -> QUESTIONS.stream()
                                .filter(q -> q.get("id").equals(pk)).findFirst()).template("detail.html"), "detail"),
                        path("untemplated/", TemplateView.of(null)))
                .build();
        client = dev.hotclub.testing.AsServed.client(project);
    }

    /** A 404 whose (debug) page gives Django's message. */
    private void assertNotFound(String path, String message) {
        var response = client.get(path);
        assertEquals(404, response.status());
        assertTrue(response.text().contains(dev.hotclub.http.Html.escape(message)), response.text());
    }

    @Test
    @DisplayName("TemplateView renders with the URL's kwargs and extra context; answers GET only")
    void templateView() {
        assertEquals("About us for ann", client.get("/about/ann/").text());
        assertEquals(405, client.post("/about/ann/", Map.of()).status());
        assertEquals("GET, HEAD, OPTIONS", client.post("/about/ann/", Map.of()).header("Allow"));
    }

    @Test
    @DisplayName("RedirectView fills the URL's kwargs, reverses a pattern, keeps the query string, or answers 410")
    void redirectView() {
        assertEquals(302, client.get("/old/7/").status());
        assertEquals("/polls/7/", client.get("/old/7/").location());
        assertEquals(301, client.get("/go/7/?x=1").status());
        assertEquals("/polls/7/?x=1", client.get("/go/7/?x=1").location());
        assertEquals(410, client.get("/gone/").status());
    }

    @Test
    @DisplayName("ListView paginates with page_obj and gives Django's 404s for pages that do not exist")
    void listView() {
        assertEquals("Q1 Q2 Q3 Q4 Q5 Q6 Q7 Q8 Q9 Q10 | page 1 of 2, 1-10 next=2", client.get("/polls/").text());
        assertEquals("Q11 Q12 Q13 Q14 Q15 Q16 Q17 Q18 Q19 Q20 Q21 Q22 Q23 | page 2 of 2, 11-23",
                client.get("/polls/?page=last").text());
        assertNotFound("/polls/?page=3", "Invalid page (3): That page contains no results");
        assertNotFound("/polls/?page=x", "Page is not \u201clast\u201d, nor can it be converted to an int.");
        assertEquals("Q1 Q2 Q3 ", client.get("/all/").text());
        assertNotFound("/none/", "Empty list and \u201cListView.allow_empty\u201d is False.");
    }

    @Test
    @DisplayName("DetailView finds the object by pk, else a 404 naming it")
    void detailView() {
        assertEquals("Q7=Q7", client.get("/polls/7/").text());
        assertNotFound("/polls/99/", "No question found matching the query");
    }

    @Test
    @DisplayName("a view without its template says what to add")
    void missingTemplate() {
        assertEquals(500, client.get("/untemplated/").status());
    }

    @Test
    @DisplayName("Paginator: Django's pages, orphans and errors")
    void paginator() {
        Paginator<Map<String, Object>> paginator = new Paginator<>(ObjectSource.of(QUESTIONS), 10, 3, true);
        assertEquals(2, paginator.numPages());
        assertEquals(List.of(1, 2), paginator.pageRange());
        Page<Map<String, Object>> two = paginator.page(2);
        assertEquals(List.of(11, 23, 13), List.of(two.startIndex(), two.endIndex(), two.size()));
        assertEquals("That page number is not an integer",
                assertThrows(PageNotAnInteger.class, () -> paginator.page("x")).getMessage());
        assertEquals("That page number is less than 1",
                assertThrows(EmptyPage.class, () -> paginator.page(0)).getMessage());
        assertEquals("That page contains no results",
                assertThrows(EmptyPage.class, () -> paginator.page(3)).getMessage());
        assertEquals("<Page 2 of 2>", paginator.page("2").toString());
        assertEquals("<Page 1 of 2>", paginator.getPage("x").toString());
        assertEquals("<Page 2 of 2>", paginator.getPage(99).toString());
        Paginator<Map<String, Object>> empty = new Paginator<>(List.of(), 10);
        assertEquals(1, empty.numPages());
        assertEquals(List.of(0, 0), List.of(empty.page(1).startIndex(), empty.page(1).endIndex()));
    }
}
