package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import dev.hotclub.devserver.cli.Main;
import dev.hotclub.devserver.watch.ChangeBatch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Migrations with the dev server: ./manage makemigrations and migrate, and the line that says the schema is behind")
class MigrationsDevServerTest {
    private static final String CHANGED = "Models in app 'hello' have changes not in a migration: run ./manage makemigrations.";

    @TempDir
    Path dir;

    @Test
    @DisplayName("editing a model while runserver runs shows the line and the banner; makemigrations + migrate clear it, rows kept")
    void aModelEditIsNamedUntilMigrated() throws Exception {
        FixtureProject project = new FixtureProject(dir);
        project.write("src/main/java/hello/HelloApp.java", """
            package hello;

            import static dev.hotclub.urls.Urls.path;

            import dev.hotclub.db.models.Model;
            import dev.hotclub.http.HttpResponse;
            import dev.hotclub.project.App;
            import dev.hotclub.urls.UrlConf;
            import java.util.List;

            public final class HelloApp implements App {
                @Override
                public UrlConf urls() {
                    return UrlConf.named("hello", path("", request -> HttpResponse.ok("notes: "
                        + Note.objects.count()), "index"));
                }

                @Override
                public List<Class<? extends Model>> models() {
                    return List.of(Note.class);
                }
            }
            """);
        project.write("src/main/java/hello/Note.java", note(""));

        assertThat(manage("makemigrations", "hello")).contains("Migrations for 'hello':",
            "src/main/java/hello/migrations/Migration0001Initial.java", "    - Create model Note");
        assertThat(manage("migrate")).contains("  Applying hello.0001_initial... OK");
        assertThat(manage("showmigrations")).isEqualTo("hello\n [X] 0001_initial\n");
        Path db = dir.resolve("db.sqlite3");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + db); var st = connection.createStatement()) {
            st.execute("INSERT INTO hello_note (text) VALUES ('kept')");
        }

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (DevServer server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
                new PrintStream(console, true, StandardCharsets.UTF_8)))) {
            HttpPoller http = new HttpPoller(server.uri());
            PrintStream stderr = System.err;
            ByteArrayOutputStream queries = new ByteArrayOutputStream();
            System.setErr(new PrintStream(queries, true, StandardCharsets.UTF_8));
            try {
                assertThat(http.get("/hello/").body()).isEqualTo("notes: 1");
            } finally {
                System.setErr(stderr);
            }
            assertThat(queries.toString(StandardCharsets.UTF_8)).as("no N+1 warning for one query").isEmpty();
            // DEBUG's query report, not added by the project, ends the request's log line (written once the
            // exchange completes, so it may follow the response by a moment).
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!console.toString(StandardCharsets.UTF_8).contains("GET /hello/") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(console.toString(StandardCharsets.UTF_8))
                .containsPattern("\\] \"GET /hello/ HTTP/1.1\" 200 [0-9]+ \\(1 query, [0-9]+\\.[0-9] ms\\)\n");
            assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("migration");

            project.write("src/main/java/hello/Note.java", note("""
                    @IntegerField
                    public int votes = 0;
                """));
            server.reload(new ChangeBatch(Set.of(project.path("src/main/java/hello/Note.java")), false, false, Set.of(), false));
            assertThat(console.toString(StandardCharsets.UTF_8)).endsWith("\n" + CHANGED + "\n");
            assertThat(http.get("/nowhere/").body()).contains("<div data-hotclub-notices", CHANGED);
            assertThat(http.get("/hello/").body()).doesNotContain("data-hotclub-notices");

            assertThat(manage("makemigrations")).contains("src/main/java/hello/migrations/Migration0002NoteVotes.java",
                "    - Add field votes to note");
            server.reload(new ChangeBatch(Set.of(project.path("src/main/java/hello/migrations/Migration0002NoteVotes.java")),
                false, false, Set.of(), false));
            assertThat(console.toString(StandardCharsets.UTF_8))
                .endsWith("\nYou have 1 unapplied migration: hello 0002. Run ./manage migrate.\n");

            assertThat(manage("migrate")).contains("  Applying hello.0002_note_votes... OK");
            console.reset();
            server.reload(new ChangeBatch(Set.of(), true, false, Set.of(), false));
            assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("Reloaded in ").doesNotContain("migration");
            assertThat(http.get("/nowhere/").body()).doesNotContain("data-hotclub-notices");
            assertThat(http.get("/hello/").body()).isEqualTo("notes: 1");
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + db); var st = connection.createStatement();
             ResultSet rows = st.executeQuery("SELECT text, votes FROM hello_note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1) + " " + rows.getInt(2)).isEqualTo("kept 0");
        }
        assertThat(Files.readString(dir.resolve("src/main/java/hello/migrations/Migrations.java")))
            .contains("new Migration0002NoteVotes()");
    }

    private String manage(String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[command.length + 4];
        args[0] = "--program";
        args[1] = "./manage";
        args[2] = "--project";
        args[3] = dir.toString();
        System.arraycopy(command, 0, args, 4, command.length);
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String note(String moreFields) {
        return """
            package hello;

            import dev.hotclub.db.models.Manager;
            import dev.hotclub.db.models.Model;
            import dev.hotclub.db.models.fields.CharField;
            import dev.hotclub.db.models.fields.IntegerField;

            public class Note extends Model {
                public static final Manager<Note> objects = Manager.of(Note.class);

                @CharField(maxLength = 100)
                public String text;

            %s}
            """.formatted(moreFields);
    }
}
