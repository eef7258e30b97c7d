package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PomChangeTest {

    @TempDir
    Path dir;

    @TempDir
    Path library;

    @Test
    void aChangeToThePomResolvesTheDependenciesAgainAndTheProjectSeesTheNewOne() throws Exception {
        Path source = Files.createDirectories(library.resolve("lib")).resolve("Shout.java");
        Files.writeString(source, "package lib;\npublic final class Shout {\n"
            + "    public static String shout(String s) { return s.toUpperCase(); }\n}\n");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, source.toString())).isZero();

        FixtureProject project = new FixtureProject(dir);
        AtomicReference<List<Path>> dependencies = new AtomicReference<>(List.of());
        try (DevServer server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, projectDir -> dependencies.get(),
                new PrintStream(OutputStream.nullOutputStream())))) {
            HttpPoller http = new HttpPoller(server.uri());
            project.write("src/main/java/hello/Views.java",
                FixtureProject.views("x").replace("HttpResponse.ok(\"x\")", "HttpResponse.ok(lib.Shout.shout(\"hello\"))"));
            assertThat(http.await("/hello/", r -> r.statusCode() == 500).body()).contains("package lib does not exist");

            dependencies.set(List.of(library));
            project.write("pom.xml", Files.readString(project.path("pom.xml")).replace("<version>1</version>", "<version>2</version>"));

            assertThat(http.await("/hello/", r -> r.statusCode() == 200).body()).isEqualTo("HELLO");
            ClassLoader generationLoader = server.currentGeneration().orElseThrow().loader();
            assertThat(generationLoader.loadClass("lib.Shout").getClassLoader()).isSameAs(generationLoader.getParent());
        }
    }
}
