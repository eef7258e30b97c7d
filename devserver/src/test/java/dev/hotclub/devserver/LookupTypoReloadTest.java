package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server compiles with the framework's javac plugin: a view edited to misspell a field in a query is a
 * compile error page naming the file, the line and the fields that exist, before any request runs the query.
 */
class LookupTypoReloadTest {
    @TempDir
    Path dir;

    @Test
    void aMisspeltLookupIsACompileErrorUntilItIsFixed() throws Exception {
        FixtureProject project = new FixtureProject(dir);
        Path db = dir.resolve("db.sqlite3");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + db); var st = connection.createStatement()) {
            st.execute("CREATE TABLE hello_note (id integer NOT NULL PRIMARY KEY AUTOINCREMENT, text varchar(100) NOT NULL)");
            st.execute("CREATE TABLE hello_tag (id integer NOT NULL PRIMARY KEY AUTOINCREMENT, name varchar(50) NOT NULL, "
                    + "note_id bigint NOT NULL REFERENCES hello_note (id))");
        }
        project.write("src/main/java/site/Site.java", FixtureProject.siteOnSqlite(db));
        project.write("src/main/java/hello/HelloApp.java", """
            package hello;

            import static dev.hotclub.urls.Urls.path;

            import dev.hotclub.db.models.Model;
            import dev.hotclub.project.App;
            import dev.hotclub.urls.UrlConf;
            import java.util.List;

            public final class HelloApp implements App {
                @Override
                public UrlConf urls() {
                    return UrlConf.named("hello", path("", Views::index, "index"));
                }

                @Override
                public List<Class<? extends Model>> models() {
                    return List.of(Note.class, Tag.class);
                }
            }
            """);
        project.write("src/main/java/hello/Note.java", """
            package hello;

            import dev.hotclub.db.models.Manager;
            import dev.hotclub.db.models.Model;
            import dev.hotclub.db.models.fields.CharField;

            public class Note extends Model {
                public static final Manager<Note> objects = Manager.of(Note.class);

                @CharField(maxLength = 100)
                public String text;
            }
            """);
        project.write("src/main/java/hello/Tag.java", """
            package hello;

            import dev.hotclub.db.models.Manager;
            import dev.hotclub.db.models.Model;
            import dev.hotclub.db.models.OnDelete;
            import dev.hotclub.db.models.Ref;
            import dev.hotclub.db.models.fields.CharField;
            import dev.hotclub.db.models.fields.ForeignKey;

            public class Tag extends Model {
                public static final Manager<Tag> objects = Manager.of(Tag.class);

                @CharField(maxLength = 50)
                public String name;

                @ForeignKey(onDelete = OnDelete.CASCADE)
                public Ref<Note> note;
            }
            """);
        project.write("src/main/java/hello/Views.java", views("tag__name"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (DevServer server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
                new PrintStream(console, true, StandardCharsets.UTF_8)))) {
            HttpPoller http = new HttpPoller(server.uri());
            assertThat(http.get("/hello/").body()).isEqualTo("notes: 0");

            // Only Views.java is compiled again: the reverse relation 'tag' comes from Tag's class, already compiled.
            project.write("src/main/java/hello/Views.java", views("tag__nam"));
            HttpResponse<String> error = http.await("/hello/", r -> r.statusCode() == 500);
            assertThat(error.body())
                .contains("<title>Compile error at /hello/</title>")
                .contains("src/main/java/hello/Views.java:9:")
                .contains("Cannot resolve keyword &#x27;nam&#x27; into field. Choices are: id, name, note");
            assertThat(console.toString(StandardCharsets.UTF_8)).contains("Compile error:\nsrc/main/java/hello/Views.java:9:21: "
                + "Cannot resolve keyword 'nam' into field. Choices are: id, name, note");

            project.write("src/main/java/hello/Views.java", views("tex"));
            http.await("/hello/", r -> r.statusCode() == 500 && r.body().contains(
                "Cannot resolve keyword &#x27;tex&#x27; into field. Choices are: id, tag, text"));

            project.write("src/main/java/hello/Views.java", views("text__startswith"));
            http.await("/hello/", r -> r.statusCode() == 200 && r.body().equals("notes: 0"));
        }
    }

    private static String views(String lookup) {
        return """
            package hello;

            import dev.hotclub.http.HttpRequest;
            import dev.hotclub.http.HttpResponse;

            final class Views {
                static HttpResponse index(HttpRequest request) {
                    long notes = Note.objects
                        .filter("%s", "x").count();
                    return HttpResponse.ok("notes: " + notes);
                }
            }
            """.formatted(lookup);
    }
}
