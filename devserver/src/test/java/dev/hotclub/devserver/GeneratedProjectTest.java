package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.classpath.DependencyClasspath;
import dev.hotclub.devserver.scaffold.AppGenerator;
import dev.hotclub.devserver.scaffold.ProjectGenerator;
import dev.hotclub.devserver.scaffold.StarterFixture;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedProjectTest {

    /** The repository's starter template; Maven runs this module's tests in {@code devserver/}. */
    private static final Path STARTER_TEMPLATE = Path.of("").toAbsolutePath().resolveSibling("starter-template");
    /** The template of {@code startproject} without {@code --example}. */
    private static final Path PROJECT_TEMPLATE = Path.of("").toAbsolutePath().resolveSibling("project-template");

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

    /**
     * What {@code mvn test} in a new project checks, without Maven or the local repository (the build
     * installs nothing there): the real starter template, generated and given an app, compiled with
     * javac against this JVM's class path (which holds the framework and JUnit), its tests run by the
     * JUnit Platform Launcher in a JVM started in the project's folder, as surefire runs them.
     */
    @Test
    void aProjectGeneratedFromTheStarterTemplateWithANewAppCompilesAndPassesItsOwnTests() throws Exception {
        assertThat(STARTER_TEMPLATE.resolve("pom.xml")).as("the repository's starter template").isRegularFile();
        Path project = new ProjectGenerator(STARTER_TEMPLATE, HotclubVersion.get()).generate("blog", temp.resolve("blog"));
        new AppGenerator(project).generate("news");

        String output = runProjectTests(project);

        assertThat(output).as(output)
            .contains("SUCCESSFUL greetings.GreetingsTest.theHomePageWelcomes\n")
            .contains("SUCCESSFUL greetings.GreetingsTest.anUnknownProfileIsTheProjects404Page\n")
            .contains("SUCCESSFUL greetings.GreetingsTest.anUnknownUrlIsTheProjects404PageWithThePathQuotedAsDjangoDoes\n")
            .contains("SUCCESSFUL news.ViewsTest.theIndexPageIsServed\n")
            .doesNotContain("FAILED")
            .endsWith(" failed\n")
            .contains(" tests run, 0 failed\n");
    }

    /** {@code startproject}'s own template: a clean project, its test, and the first app startapp mounts in it. */
    @Test
    void aNewProjectWithItsFirstAppCompilesAndPassesItsOwnTests() throws Exception {
        Path project = new ProjectGenerator(PROJECT_TEMPLATE, HotclubVersion.get()).generate("shop", temp.resolve("shop"));
        assertThat(project.resolve("src/main/java/greetings")).as("no demo app").doesNotExist();
        assertThat(project.resolve("templates/404.html")).content().doesNotContain("greetings");
        new AppGenerator(project).generate("news");

        String output = runProjectTests(project);

        assertThat(output).as(output)
            .contains("SUCCESSFUL shop.SiteTest.anUnknownPathIsTheProjects404Page\n")
            .contains("SUCCESSFUL shop.SiteTest.everyPageCarriesTheSecurityHeadersOfTheDefaultMiddleware\n")
            .contains("SUCCESSFUL news.ViewsTest.theIndexPageIsServed\n")
            .doesNotContain("FAILED")
            .contains(" tests run, 0 failed\n");
    }

    /** Compiles the project and its tests and runs them; returns what the launcher printed. */
    private static String runProjectTests(Path project) throws Exception {
        String classpath = System.getProperty("java.class.path");

        Path classes = compile(project.resolve("src/main/java"), project.resolve("target/classes"), classpath);
        Path testClasses = compile(project.resolve("src/test/java"), project.resolve("target/test-classes"),
            classes + File.pathSeparator + classpath);

        String testClasspath = String.join(File.pathSeparator, testClasses.toString(), classes.toString(),
            project.resolve("src/main/resources").toString(), classpath);
        Process tests = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", testClasspath,
                ProjectTestsLauncher.class.getName(), "target/test-classes")
            .directory(project.toFile())
            .redirectErrorStream(true)
            .start();
        String output = new String(tests.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tests.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tests.exitValue()).as(output).isZero();
        return output;
    }

    /** Compiles every source under {@code sources} into {@code output} as the project's pom.xml does. */
    static Path compile(Path sources, Path output, String classpath) throws IOException {
        Files.createDirectories(output);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of("--release", "17", "-parameters", "-proc:none", "-Xplugin:Hotclub",
                "-cp", classpath, "-d", output.toString()));
            boolean ok = javac.getTask(null, fileManager, diagnostics, options, null,
                fileManager.getJavaFileObjectsFromPaths(files)).call();
            assertThat(ok).as("javac on %s:%n%s", sources, diagnostics.getDiagnostics().stream()
                .map(d -> d.toString()).collect(Collectors.joining("\n"))).isTrue();
        }
        return output;
    }
}
