package dev.hotclub.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A small project written into a temporary folder: project {@code site}, app {@code hello} with a Java
 * view at {@code /hello/} and a template view at {@code /hello/page/}. Edits are made the ways editors save.
 */
final class FixtureProject {

    final Path dir;

    FixtureProject(Path dir) {
        this.dir = dir;
        write("pom.xml", """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>test</groupId>
              <artifactId>site</artifactId>
              <version>1</version>
            </project>
            """);
        write("src/main/resources/META-INF/services/dev.hotclub.project.ProjectProvider", "site.Site\n");
        write("src/main/java/site/Site.java", site("""
                    path("hello/", include(new HelloApp()))"""));
        write("src/main/java/hello/HelloApp.java", """
            package hello;

            import static dev.hotclub.urls.Urls.path;

            import dev.hotclub.project.App;
            import dev.hotclub.urls.UrlConf;

            public final class HelloApp implements App {
                @Override
                public UrlConf urls() {
                    return UrlConf.named("hello",
                        path("", Views::index, "index"),
                        path("page/", Views::page, "page"));
                }
            }
            """);
        write("src/main/java/hello/Views.java", views("Hello, version 1"));
        write("src/main/resources/hello/templates/hello/page.html", "<p>Page ${name} v1</p><p>${visitor.name}</p>\n");
        write("static/site.css", "body { color: red; }\n");
    }

    static String site(String patterns) {
        return """
            package site;

            import static dev.hotclub.urls.Urls.include;
            import static dev.hotclub.urls.Urls.path;

            import dev.hotclub.project.Project;
            import dev.hotclub.project.ProjectProvider;
            import hello.HelloApp;

            public final class Site implements ProjectProvider {
                @Override
                public Project project() {
                    return Project.named("site")
                        .debug(true)
                        .urls(
            %s)
                        .build();
                }
            }
            """.formatted(patterns);
    }

    /** The site of a project with models: DEBUG on, the hello app at {@code hello/}, its database the SQLite file {@code db}. */
    static String siteOnSqlite(Path db) {
        return """
            package site;

            import static dev.hotclub.urls.Urls.include;
            import static dev.hotclub.urls.Urls.path;

            import dev.hotclub.db.DatabaseSettings;
            import dev.hotclub.project.Project;
            import dev.hotclub.project.ProjectProvider;
            import hello.HelloApp;

            public final class Site implements ProjectProvider {
                @Override
                public Project project() {
                    return Project.named("site").debug(true)
                        .databases(DatabaseSettings.of("sqlite:///%s"))
                        .urls(path("hello/", include(new HelloApp()))).build();
                }
            }
            """.formatted(db.toAbsolutePath());
    }

    static String views(String greeting) {
        return """
            package hello;

            import dev.hotclub.http.HttpRequest;
            import dev.hotclub.http.HttpResponse;
            import dev.hotclub.shortcuts.Shortcuts;
            import java.util.Map;

            final class Views {
                private Views() {
                }

                static HttpResponse index(HttpRequest request) {
                    return HttpResponse.ok("%s");
                }

                static HttpResponse page(HttpRequest request) {
                    return Shortcuts.render(request, "hello/page.html", Map.of("name", "<b>", "visitor", new Visitor("Ada")));
                }

                /** A project class in a template's context, so FreeMarker's introspection sees this generation. */
                public record Visitor(String name) {
                }
            }
            """.formatted(greeting);
    }

    Path path(String relative) {
        return dir.resolve(relative);
    }

    /** An in-place save: truncate, then write (most editors, and {@code Files.writeString}). */
    void write(String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A save by rename (vim with backupcopy=no, IntelliJ's safe write): write a temporary, then move it over. */
    void writeByRename(String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Path temporary = file.resolveSibling(file.getFileName() + "___jb_tmp___");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A save as vim does it by default on Linux ({@code backupcopy=auto}, {@code writebackup}): the file is
     * renamed to a backup, a new file is written under the old name, then the backup is deleted. The
     * watcher sees a DELETE and a CREATE, never a MODIFY of the original.
     */
    void writeAsVimDoes(String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Path backup = file.resolveSibling(file.getFileName() + "~");
            Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.delete(backup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of a truncate-then-write save: the file, now empty. */
    void truncate(String relative) {
        try {
            Files.write(dir.resolve(relative), new byte[0], StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String relative) {
        try {
            Files.delete(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
