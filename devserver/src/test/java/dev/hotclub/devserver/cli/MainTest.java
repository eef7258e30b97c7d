package dev.hotclub.devserver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.scaffold.StarterFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path temp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), temp);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheCheckoutsCommands() {
        assertThat(run("--program", "./hotclub", "--home", ".", "--help")).isZero();
        assertThat(out()).startsWith("Type './hotclub help <subcommand>' for help on a specific subcommand.\n")
            .contains("    runserver [ADDR:]PORT        Starts a lightweight web server for development, with hot reload.\n")
            .contains("    startproject NAME [DIR]      ")
            .doesNotContain("startapp");
    }

    @Test
    void helpInAProjectListsStartappInsteadOfStartproject() {
        assertThat(run("--program", "./manage", "--project", ".", "help")).isZero();
        assertThat(out()).contains("    startapp NAME                ").doesNotContain("startproject");
    }

    @Test
    void eachCommandHasItsHelp() {
        assertThat(run("--program", "./manage", "runserver", "--help")).isZero();
        assertThat(out()).startsWith("usage: ./manage runserver [ADDR:]PORT\n\nStarts a lightweight web server")
            .contains("  [ADDR:]PORT   Optional port number, or ipaddr:port (default 127.0.0.1:8000)\n");
        out.reset();
        assertThat(run("--program", "./hotclub", "help", "startproject")).isZero();
        assertThat(out()).startsWith("usage: ./hotclub startproject NAME [DIR]\n\n");
        out.reset();
        assertThat(run("--program", "./manage", "startapp", "-h")).isZero();
        assertThat(out()).startsWith("usage: ./manage startapp NAME\n\n");
    }

    @Test
    void anUnknownCommandIsAnError() {
        assertThat(run("--program", "./manage", "migrate")).isEqualTo(1);
        assertThat(err()).isEqualTo("Unknown command: 'migrate'\nType './manage help' for usage.\n");
    }

    @Test
    void aBadAddressIsACommandError() {
        assertThat(run("--program", "./manage", "--project", ".", "runserver", "nope")).isEqualTo(1);
        assertThat(err()).isEqualTo("CommandError: \"nope\" is not a valid port number or address:port pair.\n");
    }

    @Test
    void startprojectCreatesTheProjectAndSaysWhatToDoNext() throws Exception {
        StarterFixture.write(temp.resolve("checkout/starter-template"));
        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "blog")).isZero();
        assertThat(out()).isEqualTo("Created project 'blog' in blog. Next:\n    cd blog && ./manage runserver\n");
        assertThat(temp.resolve("blog/src/main/java/blog/Site.java")).exists();
    }

    @Test
    void startprojectWithABadNameTouchesNothing() throws Exception {
        StarterFixture.write(temp.resolve("checkout/starter-template"));
        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "switch")).isEqualTo(1);
        assertThat(err()).isEqualTo("CommandError: 'switch' is a reserved word in Java and cannot be used as a project"
            + " name. Please try another name.\n");
        try (var entries = Files.list(temp)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("checkout");
        }
    }

    @Test
    void startprojectNeedsAName() {
        assertThat(run("--program", "./hotclub", "--home", ".", "startproject")).isEqualTo(1);
        assertThat(err()).isEqualTo("CommandError: the following arguments are required: NAME\n");
    }

    @Test
    void startappPrintsWhatItAddedToTheUrlConf() throws Exception {
        StarterFixture.write(temp.resolve("checkout/starter-template"));
        run("--program", "./hotclub", "--home", "checkout", "startproject", "blog");
        out.reset();
        assertThat(run("--program", "./manage", "--project", "blog", "startapp", "news")).isZero();
        assertThat(out()).isEqualTo("Created app 'news' in src/main/java/news.\n"
            + "Added it to the project's URLconf in src/main/java/blog/Site.java:\n"
            + "    path(\"news/\", include(new news.NewsApp())),\n");
    }
}
