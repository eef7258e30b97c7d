package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import dev.hotclub.devserver.scaffold.AppGenerator;
import dev.hotclub.devserver.scaffold.ProjectGenerator;
import dev.hotclub.devserver.scaffold.StarterFixture;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedProjectTest {

    @TempDir
    Path temp;

    @Test
    void aGeneratedProjectIsServedAndAnAppStartedWhileItRunsIsServedAfterTheReload() throws Exception {
        Path project = new ProjectGenerator(StarterFixture.write(temp.resolve("starter")), HotclubVersion.get())
            .generate("blog", temp.resolve("blog"));
        try (DevServer server = DevServer.start(DevServer.Options.of(project, "127.0.0.1", 0, DependencyClasspath.none(),
                new PrintStream(OutputStream.nullOutputStream())))) {
            HttpPoller http = new HttpPoller(server.uri());
            assertThat(http.get("/greetings/").body()).isEqualTo("Hello from blog");

            AppGenerator.Result result = new AppGenerator(project).generate("news");

            assertThat(result.added()).isTrue();
            String page = http.await("/news/", r -> r.statusCode() == 200).body();
            assertThat(page).contains("<h1>The news app works!</h1>");
            assertThat(http.get("/greetings/").body()).isEqualTo("Hello from blog");
        }
    }
}
