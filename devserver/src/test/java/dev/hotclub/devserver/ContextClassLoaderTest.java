package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The dev server runs views with the generation's class loader")
class ContextClassLoaderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a view finds a service the project names in its own META-INF/services")
    void viewFindsTheProjectsService() {
        FixtureProject project = new FixtureProject(dir);
        project.write("src/main/java/hello/Greeter.java", """
            package hello;

            public interface Greeter {
                String greet();
            }
            """);
        project.write("src/main/java/hello/FrenchGreeter.java", """
            package hello;

            public final class FrenchGreeter implements Greeter {
                @Override
                public String greet() {
                    return "Bonjour";
                }
            }
            """);
        project.write("src/main/resources/META-INF/services/hello.Greeter", "hello.FrenchGreeter\n");
        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("greet/", request -> dev.hotclub.http.HttpResponse.ok(java.util.ServiceLoader
                        .load(hello.Greeter.class).findFirst().map(hello.Greeter::greet).orElse("no greeter")))"""));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (DevServer server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
                new PrintStream(console, true, StandardCharsets.UTF_8)).withRequestLog(line -> { }))) {
            HttpResponse<String> response = new HttpPoller(server.uri()).get("/greet/");
            assertThat(response.body()).as(console.toString(StandardCharsets.UTF_8)).isEqualTo("Bonjour");
        }
    }
}
