package dev.hotclub.server;

import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import dev.hotclub.test.TestResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Django's default_urlconf: a new project's page while its URLconf is empty, in debug mode only. */
@DisplayName("The welcome page")
class WelcomePageTest {

    private static TestResponse get(Project project, String path) {
        try (Client client = dev.hotclub.testing.AsServed.client(project)) {
            return client.get(path);
        }
    }

    @Test
    @DisplayName("a debug project without URL patterns shows Django's congratulations at / and on any path, as a 200")
    void emptyUrlConfInDebug() {
        Project project = Project.named("blog").debug(true).build();
        for (String path : new String[] {"/", "/anything/"}) {
            TestResponse r = get(project, path);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text())
                .contains("<title>The install worked successfully! Congratulations!</title>")
                .contains("<h1>The install worked successfully! Congratulations!</h1>")
                .contains("You are seeing this page because <code>DEBUG=true</code> is in your environment and you have"
                    + " not configured any URLs.")
                .contains("Project <code>blog</code>");
        }
    }

    @Test
    @DisplayName("with DEBUG off it is the plain 404, as Django's")
    void emptyUrlConfWithoutDebug() {
        TestResponse r = get(Project.named("blog").debug(false).allowedHosts("testserver").build(), "/");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text()).doesNotContain("Congratulations");
    }

    @Test
    @DisplayName("once the URLconf has a pattern, an unmatched / is the debug 404 listing it")
    void anyPatternEndsIt() {
        TestResponse r = get(Project.named("blog").debug(true)
            .urls(path("news/", request -> HttpResponse.ok("news"), "news")).build(), "/");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text()).doesNotContain("Congratulations").contains("<li>news/ [name=&#x27;news&#x27;]</li>");
    }
}
