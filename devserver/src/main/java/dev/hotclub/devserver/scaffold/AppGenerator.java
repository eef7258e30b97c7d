package dev.hotclub.devserver.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code startapp NAME}: a new app in a project: its {@code App} with a URLconf, its views, its templates
 * folder with an index page, and a test. Then the one line that mounts it is added to the project's
 * URLconf when {@link UrlConfEditor} can do that safely, else printed for the developer to add.
 */
public final class AppGenerator {

    /** What was done: the line that mounts the app, and whether it was added to {@code urlConfFile}. */
    public record Result(Path appDir, String mountLine, Path urlConfFile, boolean added) {
    }

    private final Path projectDir;

    public AppGenerator(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    public Result generate(String name) throws ScaffoldException, IOException {
        JavaNames.checkPackageName(name, "app");
        Path sources = projectDir.resolve("src/main/java");
        Path resources = projectDir.resolve("src/main/resources");
        if (!Files.isRegularFile(projectDir.resolve("pom.xml")) || !Files.isDirectory(sources)) {
            throw new ScaffoldException("'" + projectDir + "' is not a Hotclub project (no pom.xml and src/main/java)."
                + " Run ./manage startapp in your project's folder.");
        }
        Path appDir = sources.resolve(name);
        for (Path existing : new Path[] {appDir, resources.resolve(name), projectDir.resolve("src/test/java").resolve(name)}) {
            if (Files.exists(existing)) {
                throw new ScaffoldException("'" + projectDir.relativize(existing) + "' already exists: '" + name
                    + "' conflicts with a package of this project. Please try another name.");
            }
        }
        String appClass = JavaNames.className(name) + "App";
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(appDir.resolve(appClass + ".java"), appSource(name, appClass));
        files.put(appDir.resolve("Views.java"), viewsSource(name));
        files.put(resources.resolve(name).resolve("templates").resolve(name).resolve("index.html"), indexTemplate(name));
        files.put(projectDir.resolve("src/test/java").resolve(name).resolve("ViewsTest.java"), testSource(name, appClass));
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
        }

        String mountLine = "path(\"" + name + "/\", include(new " + name + "." + appClass + "())),";
        Optional<Path> urlConf = UrlConfEditor.providerSource(projectDir);
        boolean added = false;
        if (urlConf.isPresent()) {
            added = UrlConfEditor.addPattern(urlConf.get(), "path(\"" + name + "/\", include(new " + name + "." + appClass + "()))");
        }
        return new Result(appDir, mountLine, urlConf.orElse(null), added);
    }

    private static String appSource(String name, String appClass) {
        return """
            package %1$s;

            import static dev.hotclub.urls.Urls.path;

            import dev.hotclub.db.models.Model;
            import dev.hotclub.project.App;
            import dev.hotclub.urls.UrlConf;
            import java.util.List;

            /** The %1$s app: its URLconf and its models. Mount it in the project with path("%1$s/", include(new %2$s())). */
            public final class %2$s implements App {
                @Override
                public UrlConf urls() {
                    return UrlConf.named("%1$s",
                        path("", Views::index, "index"));
                }

                // The app's models (Django's models.py), targets of foreign keys first. A model is a class in
                // this package (docs/MODELS.md):
                //
                //     public class Article extends Model {
                //         public static final Manager<Article> objects = Manager.of(Article.class);
                //
                //         @CharField(maxLength = 200)
                //         public String title;
                //     }
                //
                // List it here, then ./manage makemigrations %1$s and ./manage migrate create its table.
                @Override
                public List<Class<? extends Model>> models() {
                    return List.of();
                }
            }
            """.formatted(name, appClass);
    }

    private static String viewsSource(String name) {
        return """
            package %1$s;

            import static dev.hotclub.shortcuts.Shortcuts.render;

            import dev.hotclub.http.HttpRequest;
            import dev.hotclub.http.HttpResponse;
            import java.util.Map;

            /** The %1$s app's views: each takes the request and returns the response. */
            final class Views {
                private Views() {
                }

                static HttpResponse index(HttpRequest request) {
                    return render(request, "%1$s/index.html", Map.of("app", "%1$s"));
                }
            }
            """.formatted(name);
    }

    private static String indexTemplate(String name) {
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>%1$s</title>
            </head>
            <body>
              <h1>The ${app} app works!</h1>
              <p>Edit src/main/resources/%1$s/templates/%1$s/index.html to change this page.</p>
            </body>
            </html>
            """.formatted(name);
    }

    private static String testSource(String name, String appClass) {
        return """
            package %1$s;

            import static dev.hotclub.urls.Urls.include;
            import static dev.hotclub.urls.Urls.path;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import static org.junit.jupiter.api.Assertions.assertTrue;

            import dev.hotclub.project.Project;
            import dev.hotclub.test.Client;
            import dev.hotclub.test.TestResponse;
            import org.junit.jupiter.api.Test;

            class ViewsTest {

                private final Project project = Project.named("test")
                    .urls(path("%1$s/", include(new %2$s())))
                    .build();

                @Test
                void theIndexPageIsServed() {
                    try (Client client = new Client(project)) {
                        TestResponse response = client.get("/%1$s/");
                        assertEquals(200, response.status());
                        assertTrue(response.text().contains("The %1$s app works!"), response.text());
                    }
                }
            }
            """.formatted(name, appClass);
    }
}
