package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A view with typed parameters is bound again on every reload, its new signature checked")
class TypedViewReloadTest {

    @TempDir
    Path dir;

    FixtureProject project;
    DevServer server;
    HttpPoller http;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        project = new FixtureProject(dir);
        project.write("src/main/java/hello/HelloApp.java", """
            package hello;

            import static dev.hotclub.urls.Urls.path;

            import dev.hotclub.project.App;
            import dev.hotclub.urls.UrlConf;

            public final class HelloApp implements App {
                @Override
                public UrlConf urls() {
                    return UrlConf.named("hello",
                        path("<int:question_id>/", Numbers::question, "question"));
                }
            }
            """);
        project.write("src/main/java/hello/Numbers.java", numbers("int questionId", "\"number \" + (questionId + 1)"));
        server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
            new PrintStream(console, true, StandardCharsets.UTF_8)));
        http = new HttpPoller(server.uri());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String numbers(String parameter, String body) {
        return """
            package hello;

            import dev.hotclub.http.HttpRequest;
            import dev.hotclub.http.HttpResponse;

            final class Numbers {
                static HttpResponse question(HttpRequest request, %s) {
                    return HttpResponse.ok(%s);
                }
            }
            """.formatted(parameter, body);
    }

    private static boolean shows(HttpResponse<String> response, String text) {
        return response.statusCode() == 200 && response.body().equals(text);
    }

    @Test
    void aChangedSignatureIsPickedUpAndAWrongOneShownUntilItIsFixed() {
        http.await("/hello/41/", r -> shows(r, "number 42"));

        project.write("src/main/java/hello/Numbers.java", numbers("Integer questionId", "\"boxed \" + questionId"));
        http.await("/hello/41/", r -> shows(r, "boxed 41"));

        project.write("src/main/java/hello/Numbers.java", numbers("long pk", "\"pk \" + pk"));
        HttpResponse<String> error = http.await("/hello/41/", r -> r.statusCode() == 500);
        String message = "The view Numbers.question(HttpRequest, long) at Numbers.java:8 takes a parameter 'pk', but"
            + " the route 'hello/<int:question_id>/' captures no value of that name: it captures question_id (in app"
            + " 'hello', HelloApp.java:12). Name the parameter after a captured value (question_id as questionId or"
            + " question_id), or remove it.";
        assertThat(error.body()).contains("<title>Error while building the project at /hello/41/</title>")
            .contains(dev.hotclub.http.Html.escape(message));
        assertThat(console.toString(StandardCharsets.UTF_8)).contains(message);

        project.write("src/main/java/hello/Numbers.java", numbers("long questionId", "\"long \" + questionId"));
        http.await("/hello/41/", r -> shows(r, "long 41"));
    }
}
