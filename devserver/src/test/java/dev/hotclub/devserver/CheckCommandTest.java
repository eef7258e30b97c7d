package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./manage check --deploy: Django's deployment checks on the project as its jar would run it")
class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("the project is compiled and built without runserver's DEBUG default, and Django's warnings are printed")
    void deployChecks() {
        FixtureProject project = new FixtureProject(dir);
        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("hello/", include(new HelloApp()))""").replace(".debug(true)",
                ".middleware(new dev.hotclub.middleware.SecurityMiddleware(), new dev.hotclub.middleware.CsrfViewMiddleware())"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--program", "./manage", "--project", dir.toString(), "check", "--deploy"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(status).as(said).isZero();
        assertThat(said).startsWith("System check identified some issues:\n\nWARNINGS:\n?: (security.W002) ")
                .contains("\n?: (security.W004) ", "\n?: (security.W008) ", "\n?: (security.W009) ",
                        "\n?: (security.W016) ", "\n?: (security.W020) ALLOWED_HOSTS must not be empty in deployment.\n")
                .doesNotContain("security.W018")
                .endsWith("\nSystem check identified 6 issues (0 silenced).\n");
    }

    @Test
    @DisplayName("a project that does not compile is a CommandError after the compiler's message")
    void brokenProject() {
        FixtureProject project = new FixtureProject(dir);
        project.write("src/main/java/hello/Views.java", "package hello; final class Views { oops }");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--project", dir.toString(), "check"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Views.java")
                .endsWith("CommandError: The project does not build (see above): fix it, then check again.\n");
    }
}
