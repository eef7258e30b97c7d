package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import dev.hotclub.devserver.watch.ChangeBatch;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The dev server reloads a project as an editor saves it")
class HotReloadTest {

    @TempDir
    Path dir;

    FixtureProject project;
    DevServer server;
    HttpPoller http;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final List<String> requestLog = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        project = new FixtureProject(dir);
        server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
            new PrintStream(console, true, StandardCharsets.UTF_8)).withRequestLog(requestLog::add));
        http = new HttpPoller(server.uri());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private static boolean shows(HttpResponse<String> response, String text) {
        return response.statusCode() == 200 && response.body().contains(text);
    }

    @Test
    void servesTheProjectAndPrintsDjangosBanner() {
        HttpResponse<String> response = http.get("/hello/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Hello, version 1");
        assertThat(console())
            .contains("Watching for file changes with directory-watcher\nPerforming system checks...\n\n")
            .contains("System check identified no issues (0 silenced).\n")
            .contains("Hotclub version " + HotclubVersion.get() + ", using project 'site'\n")
            .contains("Starting development server at http://127.0.0.1:" + server.port() + "/\n"
                + "Quit the server with CONTROL-C.\n");
    }

    @Test
    void aJavaEditSavedInPlaceIsServedAfterTheReload() {
        project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, version 2"));
        http.await("/hello/", r -> shows(r, "Hello, version 2"));
        assertThat(console()).containsPattern("Reloaded in \\d+ ms \\(\\d+ files? compiled\\)");
    }

    @Test
    void eachRequestGetsALineInTheRequestLogAsDjangosRunserverWritesIt() throws InterruptedException {
        http.get("/hello/");
        http.get("/nowhere/");
        // The line is written when the exchange completes, which may be just after the client has the response.
        for (int i = 0; i < 3000 && requestLog.size() < 2; i++) {
            Thread.sleep(10);
        }
        assertThat(requestLog).hasSize(2);
        assertThat(requestLog.get(0)).matches("\\[\\d{2}/[A-Z][a-z]{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}] \"GET /hello/ HTTP/1.1\" 200 \\d+");
        assertThat(requestLog.get(1)).matches("\\[.*] \"GET /nowhere/ HTTP/1.1\" 404 \\d+");
    }

    @Test
    void aJavaEditSavedAsVimDoesByRenamingTheOriginalAwayIsServedAfterTheReload() {
        project.writeAsVimDoes("src/main/java/hello/Views.java", FixtureProject.views("Hello, from vim"));
        http.await("/hello/", r -> shows(r, "Hello, from vim"));
        assertThat(http.get("/hello/page/").statusCode()).isEqualTo(200);
    }

    @Test
    void aTruncateThenWriteSaveIsServedOnceTheWriteLandsEvenIfTheEmptyFileWasCompiled() throws Exception {
        project.truncate("src/main/java/hello/Views.java");
        Thread.sleep(150); // the write lands well after the watcher's quiet period: the empty file usually gets a reload (a compile error) of its own
        project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, truncated then written"));
        http.await("/hello/", r -> shows(r, "Hello, truncated then written"));
        assertThat(http.get("/hello/page/").statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestInFlightFinishesOnTheGenerationItStartedOnWhileNewRequestsGetTheNewOne() throws Exception {
        Path started = dir.resolve("target/started");
        Path release = dir.resolve("target/release");
        Files.createDirectories(started.getParent());
        project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, generation A").replace(
            "return HttpResponse.ok(\"Hello, generation A\");", """
                if (!request.GET().get("wait", "").isEmpty()) {
                            try {
                                java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "");
                                while (!java.nio.file.Files.exists(java.nio.file.Path.of("%s"))) {
                                    Thread.sleep(10);
                                }
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                        return HttpResponse.ok("Hello, generation A");""".formatted(started, release)));
        http.await("/hello/", r -> shows(r, "Hello, generation A"));

        CompletableFuture<HttpResponse<String>> inFlight = http.client().sendAsync(
            HttpRequest.newBuilder(server.uri().resolve("/hello/?wait=1")).build(), HttpPoller.WITHOUT_LIVE_RELOAD);
        for (int i = 0; i < 3000 && !Files.exists(started); i++) {
            Thread.sleep(10);
        }
        assertThat(started).as("the request reached the view").exists();

        project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, generation B"));
        http.await("/hello/", r -> shows(r, "Hello, generation B"));
        assertThat(inFlight).as("the request in flight is still running").isNotDone();

        Files.writeString(release, "");
        HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Hello, generation A");
    }

    @Test
    void anOverflowOfTheWatcherRecompilesEverything() {
        server.reload(new ChangeBatch(Set.of(), false, false, Set.of(), true));
        assertThat(console()).containsPattern("Reloaded in \\d+ ms \\(3 files compiled\\)");
        assertThat(http.get("/hello/").body()).isEqualTo("Hello, version 1");
    }

    @Test
    void aRequestArrivingDuringAReloadWaitsForItAndGetsTheNewCode() throws Exception {
        server.holdRequests(); // what the watcher does at the first event of a save
        CompletableFuture<HttpResponse<String>> waiting = http.client().sendAsync(
            HttpRequest.newBuilder(server.uri().resolve("/hello/")).build(), HttpPoller.WITHOUT_LIVE_RELOAD);
        Thread.sleep(200);
        assertThat(waiting).as("the request waits for the reload").isNotDone();

        project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, after the reload"));
        server.reload(new ChangeBatch(Set.of(project.path("src/main/java/hello/Views.java")), false, false, Set.of(), false));
        server.releaseRequests();

        HttpResponse<String> response = waiting.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("Hello, after the reload");
    }

    @Test
    void theUrlChecksWarningsArePrintedAfterAReloadThatIntroducesThem() {
        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("hello/", include(new HelloApp())),
                    path("a/", request -> dev.hotclub.http.HttpResponse.ok("a"), "same"),
                    path("b/", request -> dev.hotclub.http.HttpResponse.ok("b"), "same")"""));
        http.await("/a/", r -> r.statusCode() == 200);
        assertThat(console()).containsPattern("Reloaded in \\d+ ms \\(1 file compiled\\)\nSystem check identified some issues:"
            + "\n\nWARNINGS:\n\\?: \\(urls.W102\\) .*'same'.*\n\nSystem check identified 1 issue \\(0 silenced\\).\n");
    }

    @Test
    void theUrlChecksWarningsPrintedAtStartAreNotPrintedAgainAfterAReloadThatKeepsThem() {
        server.close();
        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("hello/", include(new HelloApp())),
                    path("a/", request -> dev.hotclub.http.HttpResponse.ok("a"), "same"),
                    path("b/", request -> dev.hotclub.http.HttpResponse.ok("b"), "same")"""));
        console.reset();
        server = DevServer.start(DevServer.Options.of(dir, "127.0.0.1", 0, DependencyClasspath.none(),
            new PrintStream(console, true, StandardCharsets.UTF_8)).withRequestLog(requestLog::add));
        http = new HttpPoller(server.uri());
        assertThat(console()).contains("System check identified 1 issue (0 silenced).\n");

        project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, version 2"));
        http.await("/hello/", r -> shows(r, "Hello, version 2"));
        assertThat(console()).containsPattern("Reloaded in \\d+ ms \\(2 files compiled\\)\n");
        assertThat(console().split("WARNINGS:", -1)).as("the warnings printed once, at start").hasSize(2);
    }

    @Test
    void aJavaEditSavedByRenameIsServedAfterTheReload() {
        project.writeByRename("src/main/java/hello/Views.java", FixtureProject.views("Hello, renamed"));
        http.await("/hello/", r -> shows(r, "Hello, renamed"));
    }

    @Test
    void aCompileErrorIsShownOnEveryPageUntilItIsFixed() {
        project.write("src/main/java/hello/Views.java",
            FixtureProject.views("Hello").replace("return HttpResponse.ok(\"Hello\");", "return HttpResponse.ok(\"<x>\") oops;"));
        HttpResponse<String> error = http.await("/hello/", r -> r.statusCode() == 500);
        assertThat(error.body())
            .contains("<title>Compile error at /hello/</title>")
            .contains("src/main/java/hello/Views.java:13:")
            .contains("&#x27;;&#x27; expected")
            .contains("HttpResponse.ok(&quot;&lt;x&gt;&quot;) oops;")
            .doesNotContain("<x>");
        assertThat(http.get("/hello/page/").statusCode()).isEqualTo(500);
        assertThat(http.get("/caf%C3%A9/%3Cb%3E/").body())
            .as("the path is shown decoded, as the project would see it, and escaped")
            .contains("<title>Compile error at /café/&lt;b&gt;/</title>");
        assertThat(console()).contains("Compile error:\nsrc/main/java/hello/Views.java:13:");

        project.write("src/main/java/hello/Views.java", FixtureProject.views("Hello, fixed"));
        http.await("/hello/", r -> shows(r, "Hello, fixed"));
    }

    @Test
    void aNewAbstractMethodInAnInterfaceIsACompileErrorInAClassThatInheritsItThroughAnIntermediateClass() {
        project.write("src/main/java/hello/Greeter.java", "package hello;\n\npublic interface Greeter {\n    String greet();\n}\n");
        project.write("src/main/java/hello/BaseGreeter.java", "package hello;\n\nabstract class BaseGreeter implements Greeter {\n}\n");
        project.write("src/main/java/hello/LoudGreeter.java", """
            package hello;

            final class LoudGreeter extends BaseGreeter {
                @Override
                public String greet() {
                    return "HELLO";
                }
            }
            """);
        project.write("src/main/java/hello/Views.java",
            FixtureProject.views("x").replace("HttpResponse.ok(\"x\")", "HttpResponse.ok(new LoudGreeter().greet())"));
        http.await("/hello/", r -> shows(r, "HELLO"));

        project.write("src/main/java/hello/Greeter.java",
            "package hello;\n\npublic interface Greeter {\n    String greet();\n\n    String wave();\n}\n");
        HttpResponse<String> error = http.await("/hello/", r -> r.statusCode() == 500);
        assertThat(error.body())
            .contains("<title>Compile error at /hello/</title>")
            .contains("src/main/java/hello/LoudGreeter.java:3:")
            .contains("hello.LoudGreeter is not abstract and does not override abstract method wave() in hello.Greeter");

        project.write("src/main/java/hello/LoudGreeter.java", """
            package hello;

            final class LoudGreeter extends BaseGreeter {
                @Override
                public String greet() {
                    return "HELLO AGAIN";
                }

                @Override
                public String wave() {
                    return "o/";
                }
            }
            """);
        http.await("/hello/", r -> shows(r, "HELLO AGAIN"));
    }

    @Test
    void aBrokenUrlConfIsShownUntilItIsFixed() {
        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("hello/<nope:x>/", include(new HelloApp()))"""));
        HttpResponse<String> error = http.await("/hello/", r -> r.statusCode() == 500);
        assertThat(error.body())
            .contains("<title>Error while building the project at /hello/</title>")
            .contains("<div class=\"where\">src/main/java/site/Site.java:")
            .contains("UrlConfError: ")
            .contains("nope");
        assertThat(console()).contains("Error while building the project:\nsrc/main/java/site/Site.java:");

        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("hi/", include(new HelloApp()))"""));
        http.await("/hi/", r -> shows(r, "Hello, version 1"));
        assertThat(http.get("/hello/").statusCode()).isEqualTo(404);
    }

    @Test
    void aBadRouteInAnAppIsShownAtItsLineInTheAppsUrlConfNotAtTheProjectsBuild() {
        String app = read("src/main/java/hello/HelloApp.java");
        project.write("src/main/java/hello/HelloApp.java", app.replace("path(\"page/\"", "path(\"page/<nope:x>/\""));
        HttpResponse<String> error = http.await("/hello/", r -> r.statusCode() == 500);
        assertThat(error.body())
            .contains("<div class=\"where\">src/main/java/hello/HelloApp.java:13</div>")
            .contains("<tr class=\"error\"><td class=\"line\">13</td><td>            path(&quot;page/&lt;nope:x&gt;/&quot;")
            .contains("UrlConfError: URL route &#x27;page/&lt;nope:x&gt;/&#x27; uses invalid converter &#x27;nope&#x27;");
        assertThat(console()).contains("Error while building the project:\nsrc/main/java/hello/HelloApp.java:13");

        project.write("src/main/java/hello/HelloApp.java", app);
        http.await("/hello/", r -> shows(r, "Hello, version 1"));
    }

    private String read(String relative) {
        try {
            return Files.readString(project.path(relative));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anExceptionWhileBuildingTheProjectIsShownEscapedWithItsStackTraceUntilItIsFixed() {
        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("hello/", include(new HelloApp()))""").replace("return Project.named(\"site\")",
            "if (true) {\n            throw new IllegalStateException(\"<no> settings\");\n        }\n        return Project.named(\"site\")"));
        HttpResponse<String> error = http.await("/hello/", r -> r.statusCode() == 500);
        assertThat(error.body())
            .contains("<title>Error while building the project at /hello/</title>")
            .contains("<div class=\"where\">src/main/java/site/Site.java:14</div>")
            .contains("IllegalStateException: &lt;no&gt; settings")
            .contains("site.Site.project(Site.java:14)")
            .doesNotContain("<no>");
        assertThat(http.get("/static/site.css").statusCode()).isEqualTo(500);
        assertThat(console()).contains("Error while building the project:\nsrc/main/java/site/Site.java:14");

        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("hello/", include(new HelloApp()))"""));
        http.await("/hello/", r -> shows(r, "Hello, version 1"));
    }

    @Test
    void aTemplateEditIsServedWithoutAReload() {
        assertThat(http.get("/hello/page/").body()).isEqualTo("<p>Page &lt;b&gt; v1</p><p>Ada</p>\n");
        project.write("src/main/resources/hello/templates/hello/page.html", "<p>Page ${name} v2</p>\n");
        http.await("/hello/page/", r -> shows(r, "v2"));
        assertThat(console()).doesNotContain("Reloaded in");
    }

    @Test
    void aNewAppIsServedOnceTheProjectIncludesIt() {
        project.write("src/main/java/blog/BlogApp.java", """
            package blog;

            import static dev.hotclub.urls.Urls.path;

            import dev.hotclub.http.HttpResponse;
            import dev.hotclub.project.App;
            import dev.hotclub.urls.UrlConf;

            public final class BlogApp implements App {
                @Override
                public UrlConf urls() {
                    return UrlConf.named("blog", path("", request -> HttpResponse.ok("The blog"), "index"));
                }
            }
            """);
        project.write("src/main/java/site/Site.java", FixtureProject.site("""
                    path("hello/", include(new HelloApp())),
                    path("blog/", include(new blog.BlogApp()))"""));
        http.await("/blog/", r -> shows(r, "The blog"));
        assertThat(http.get("/hello/").body()).isEqualTo("Hello, version 1");
    }

    @Test
    void staticFilesAreServedFromTheProjectsStaticFolder() {
        HttpResponse<String> css = http.get("/static/site.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).isEqualTo("body { color: red; }\n");
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        project.write("static/site.css", "body { color: blue; }\n");
        assertThat(http.get("/static/site.css").body()).isEqualTo("body { color: blue; }\n");
        assertThat(http.get("/static/missing.css").statusCode()).isEqualTo(404);
    }

    @Test
    void anAppsStaticFilesAreServedFromItsResourceFolderOnDisk() {
        project.write("src/main/resources/hello/static/hello/app.js", "let v = 1;\n");
        assertThat(http.await("/static/hello/app.js", r -> r.statusCode() == 200).body()).isEqualTo("let v = 1;\n");
        project.write("src/main/resources/hello/static/hello/app.js", "let v = 2;\n");
        assertThat(http.get("/static/hello/app.js").body()).isEqualTo("let v = 2;\n");
    }

    @Test
    void aStaticPathThatClimbsOutOfTheStaticFolderIsRefused() throws Exception {
        for (String path : new String[] {"/static/../pom.xml", "/static/%2e%2e/pom.xml", "/static/..%2fpom.xml",
                "/static/./../pom.xml"}) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(response).as(path).doesNotContain("<modelVersion>").startsWith("HTTP/1.1 404");
            }
        }
    }
}
