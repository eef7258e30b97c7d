package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import dev.hotclub.devserver.watch.ChangeBatch;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project with models through many reloads: every generation reads and writes rows with its own model classes,
 * the connection pool stays (it is the framework's), model edits are picked up, and no old generation stays
 * reachable through the ORM's metadata, the pool's threads or Jackson.
 */
class ModelsReloadTest {
    private static final int RELOADS = 200;

    @TempDir
    Path dir;

    @Test
    void twoHundredReloadsOfAProjectWithModelsLeaveNoOldGenerationReachable() throws Exception {
        FixtureProject project = new FixtureProject(dir);
        Path db = dir.resolve("db.sqlite3");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + db); var st = connection.createStatement()) {
            st.execute("CREATE TABLE hello_note (id integer NOT NULL PRIMARY KEY AUTOINCREMENT, text varchar(100) NOT NULL, "
                    + "data text NULL)");
        }
        project.write("src/main/java/site/Site.java", FixtureProject.siteOnSqlite(db));
        project.write("src/main/java/hello/HelloApp.java", """
            package hello;

            import static dev.hotclub.urls.Urls.path;

            import dev.hotclub.db.models.Model;
            import dev.hotclub.http.HttpResponse;
            import dev.hotclub.project.App;
            import dev.hotclub.urls.UrlConf;
            import java.util.List;
            import java.util.Map;

            public final class HelloApp implements App {
                @Override
                public UrlConf urls() {
                    return UrlConf.named("hello",
                        path("", request -> {
                            Note.objects.create(n -> { n.text = "v1"; n.data = Map.of("k", new Note.Detail("x")); });
                            Note last = Note.objects.orderBy("-id").first().orElseThrow();
                            return HttpResponse.ok(last.text + " " + Note.objects.filter("text__startswith", "v").count()
                                + " " + last.data.get("k").name());
                        }, "index"));
                }

                @Override
                public List<Class<? extends Model>> models() {
                    return List.of(Note.class);
                }
            }
            """);
        project.write("src/main/java/hello/Note.java", note("v1"));
        List<WeakReference<ClassLoader>> oldLoaders = new ArrayList<>();
        try (DevServer server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
                new PrintStream(OutputStream.nullOutputStream())))) {
            HttpPoller http = new HttpPoller(server.uri());
            Path note = project.path("src/main/java/hello/Note.java");
            for (int i = 1; i <= RELOADS; i++) {
                assertThat(http.get("/hello/").body()).startsWith("v1 " + i + " ");
                oldLoaders.add(new WeakReference<>(server.currentGeneration().orElseThrow().loader()));
                boolean recompile = i % 20 == 0;
                if (recompile) {
                    project.write("src/main/java/hello/Note.java", note("edit " + i));
                }
                server.reload(new ChangeBatch(recompile ? Set.of(note) : Set.of(), !recompile, false, Set.of(), false));
            }
            assertThat(http.get("/hello/").body()).endsWith(" edit 200");
            assertThat(awaitCleared(oldLoaders)).as("old generation loaders still reachable").isZero();
        }
    }

    private static String note(String detail) {
        return """
            package hello;

            import dev.hotclub.db.models.Manager;
            import dev.hotclub.db.models.Model;
            import dev.hotclub.db.models.fields.CharField;
            import dev.hotclub.db.models.fields.JSONField;
            import java.util.Map;

            public class Note extends Model {
                public static final Manager<Note> objects = Manager.of(Note.class);

                @CharField(maxLength = 100)
                public String text;

                @JSONField(nullable = true)
                public Map<String, Detail> data;

                public record Detail(String name) {
                    public String name() {
                        return "%s";
                    }
                }
            }
            """.formatted(detail);
    }

    private static long awaitCleared(List<WeakReference<ClassLoader>> references) throws InterruptedException {
        for (int round = 0; round < 40; round++) {
            if (references.stream().allMatch(r -> r.get() == null)) {
                return 0;
            }
            System.gc();
            byte[][] pressure = new byte[64][];
            for (int i = 0; i < pressure.length; i++) {
                pressure[i] = new byte[1 << 20];
            }
            Thread.sleep(50);
        }
        return references.stream().filter(r -> r.get() != null).count();
    }
}
