package dev.hotclub.devserver.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small stand-in for the repository's starter-template/: project package {@code mysite}, app {@code greetings}. */
public final class StarterFixture {

    private StarterFixture() {
    }

    public static Path write(Path dir) throws IOException {
        write(dir, "pom.xml", """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>dev.hotclub</groupId>
              <artifactId>mysite</artifactId>
              <version>0.1.0-SNAPSHOT</version>
              <name>mysite</name>
            </project>
            """);
        write(dir, "src/main/resources/META-INF/services/dev.hotclub.project.ProjectProvider", "mysite.Site\n");
        write(dir, "src/main/java/mysite/Site.java", """
            package mysite;

            import static dev.hotclub.urls.Urls.*;

            import dev.hotclub.project.Project;
            import dev.hotclub.project.ProjectProvider;
            import greetings.GreetingsApp;

            public final class Site implements ProjectProvider {
                @Override
                public Project project() {
                    return Project.named("mysite")
                        .secretKey("hotclub-insecure-starter-fixture-key")
                        .urls(
                            path("greetings/", include(new GreetingsApp())))
                        .build();
                }
            }
            """);
        write(dir, "src/main/java/greetings/GreetingsApp.java", """
            package greetings;

            import static dev.hotclub.urls.Urls.path;

            import dev.hotclub.http.HttpResponse;
            import dev.hotclub.project.App;
            import dev.hotclub.urls.UrlConf;

            public final class GreetingsApp implements App {
                @Override
                public UrlConf urls() {
                    return UrlConf.named("greetings", path("", request -> HttpResponse.ok("Hello from mysite"), "home"));
                }
            }
            """);
        write(dir, "src/test/java/mysite/SiteTest.java", "package mysite;\n\nclass SiteTest {\n}\n");
        write(dir, "templates/404.html", "<h1>Not found on mysite</h1>\n");
        write(dir, "README.md", "# mysite\n\nThe mysite project. Not mysites or mysite_old.\n");
        write(dir, "target/classes/stale.class", "stale");
        write(dir, ".hotclub/classpath-abc.txt", "stale");
        return dir;
    }

    private static void write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
