package dev.hotclub.devserver.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.HotclubVersion;
import dev.hotclub.devserver.classpath.MavenDependencyClasspath;
import dev.hotclub.devserver.cli.Main;
import dev.hotclub.devserver.scaffold.AppGenerator;
import dev.hotclub.devserver.scaffold.ProjectGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/TUTORIAL.md, typed in order into a new project: startproject (under another name than the page's, which
 * must not matter), startapp polls, each file the page shows, then the project's own {@code mvn test} and
 * {@code mvn package}, with the framework of this build.
 */
@DisplayName("docs/TUTORIAL.md")
class TutorialDocTest {
    private static final Path TUTORIAL = Path.of("").toAbsolutePath().resolveSibling("docs").resolve("TUTORIAL.md");
    private static final Path PROJECT_TEMPLATE = Path.of("").toAbsolutePath().resolveSibling("project-template");
    private static final Pattern FILE_BLOCK = Pattern.compile(
        "\\*\\*`((?:src/(?:main|test)/(?:java|resources)|templates|static)/[^`]+)`\\*\\*\\n\\n```\\w*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    private static final String MIGRATION = "src/main/java/polls/migrations/Migration0001Initial.java";
    private static final String GENERATED_ON = "on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC";

    @TempDir
    Path temp;

    @Test
    @DisplayName("typed in order in a new project, ends with a project whose mvn test and mvn package pass")
    void typedInOrderBuildsAndPasses() throws Exception {
        String doc = Files.readString(TUTORIAL, StandardCharsets.UTF_8);
        assertThat(shellCommands(doc)).containsExactly(
            "./hotclub startproject mysite ../mysite", "cd ../mysite", "./manage runserver",
            "./manage startapp polls",
            "./manage makemigrations polls", "./manage sqlmigrate polls 0001", "./manage migrate",
            "./manage migrate", "./manage createsuperuser",
            "mvn test", "mvn package");
        assertThat(doc).doesNotContain(".debug(true)").doesNotContain("import mysite");

        Path project = new ProjectGenerator(PROJECT_TEMPLATE, HotclubVersion.get()).generate("quiz", temp.resolve("quiz"));
        AppGenerator.Result app = new AppGenerator(project).generate("polls");
        assertThat(app.added()).as("startapp mounts the app").isTrue();
        String mounted = "                .urls(\n                        path(\"polls/\", include(new polls.PollsApp())))\n";
        assertThat(project.resolve("src/main/java/quiz/Site.java")).content().contains(mounted);
        assertThat(doc).as("the page shows what startapp added").contains("```java\n" + mounted + "```");

        Map<String, String> files = fileBlocks(doc);
        assertThat(files).containsOnlyKeys("src/main/java/polls/PollsApp.java", "src/main/java/polls/Question.java",
            "src/main/java/polls/Choice.java", "src/main/java/polls/Views.java", "src/test/java/polls/ApiTest.java",
            MIGRATION,
            "src/main/resources/polls/templates/polls/index.html", "src/main/resources/polls/static/polls/style.css",
            "src/main/resources/polls/templates/polls/detail.html", "src/main/resources/polls/templates/polls/results.html",
            "src/test/java/polls/ViewsTest.java",
            "src/main/java/polls/AllQuestions.java", "src/main/resources/polls/templates/polls/all.html",
            "templates/registration/login.html", "src/test/java/polls/AllQuestionsTest.java");
        // Typed in order: part 2's models, listed in the generated app, then the migration commands, then the rest.
        String migrationShown = files.remove(MIGRATION);
        String part2 = doc.substring(0, doc.indexOf("```sh\n./manage makemigrations polls\n"));
        Map<String, String> modelsFiles = fileBlocks(part2);
        write(project, modelsFiles);
        String listed = "        return List.of(Question.class, Choice.class);\n";
        assertThat(part2).as("the page lists the models in models()").contains("```java\n" + listed + "```");
        Path appSource = project.resolve("src/main/java/polls/PollsApp.java");
        String generated = Files.readString(appSource);
        assertThat(generated).as("startapp's models()").contains("        return List.of();\n");
        Files.writeString(appSource, generated.replace("        return List.of();\n", listed));

        // ./manage resolves the project's class path with Maven once, then keeps it in .hotclub/: resolved here over the
        // repository that holds this build's framework (as the builds below), not the developer's, which on a fresh
        // machine holds no Hotclub snapshot.
        Path repository = FrameworkRepository.create(temp.resolve("repository"), HotclubVersion.get());
        Path mvn = temp.resolve("mvn-over-the-framework-repository");
        Files.writeString(mvn, "#!/bin/sh\nunset MAVEN_OPTS\nexec '" + System.getenv().getOrDefault("HOTCLUB_MVN", "mvn")
            + "' -Dmaven.repo.local='" + repository + "' \"$@\"\n");
        assertThat(mvn.toFile().setExecutable(true)).isTrue();
        new MavenDependencyClasspath(mvn.toString()).resolve(project);

        // The migration is the one makemigrations writes, not the page's copy; the commands print what the page shows.
        assertThat(manage(project, "makemigrations", "polls")).isEqualTo(outputShownAfter(doc, "./manage makemigrations polls"));
        assertThat(Files.readString(project.resolve(MIGRATION)).replaceFirst(GENERATED_ON, "on <date>"))
            .isEqualTo(migrationShown.replaceFirst(GENERATED_ON, "on <date>"));
        assertThat(manage(project, "sqlmigrate", "polls", "0001")).isEqualTo(outputShownAfter(doc, "./manage sqlmigrate polls 0001"));
        assertThat(manage(project, "migrate")).isEqualTo(outputShownAfter(doc, "./manage migrate"));

        files.keySet().removeAll(modelsFiles.keySet());
        write(project, files);

        // The users part: the edits the page shows to Site.java and PollsApp.java, then migrate and createsuperuser.
        int users = doc.indexOf("## Users: a page behind a login");
        String siteEdit = javaBlockAfter(doc, users, "new dev.hotclub.project.AuthApp()");
        Path site = project.resolve("src/main/java/quiz/Site.java");
        String before = "                        new CsrfViewMiddleware(),\n                        new XFrameOptionsMiddleware())\n"
            + mounted;
        assertThat(Files.readString(site)).contains(before);
        Files.writeString(site, Files.readString(site).replace(before, siteEdit));
        String importEdit = javaBlockAfter(doc, users, "import static dev.hotclub.auth.Decorators.loginRequired;");
        String patternEdit = javaBlockAfter(doc, users, "loginRequired(AllQuestions::view)");
        Path pollsApp = project.resolve("src/main/java/polls/PollsApp.java");
        String voteLine = "                path(\"<int:question_id>/vote/\", Views::vote, \"vote\"));\n";
        assertThat(Files.readString(pollsApp)).contains(voteLine);
        Files.writeString(pollsApp, Files.readString(pollsApp)
            .replace("import static dev.hotclub.urls.Urls.path;\n", "import static dev.hotclub.urls.Urls.path;\n" + importEdit)
            .replace(voteLine, patternEdit));
        String afterUsers = doc.substring(users);
        assertThat(manage(project, "migrate")).isEqualTo(outputShownAfter(afterUsers, "./manage migrate"));
        String superuser = manageWithInput(project, "admin\nadmin@example.com\ncorrect-horse-battery\ncorrect-horse-battery\n",
            "createsuperuser");
        assertThat(outputShownAfter(afterUsers, "./manage createsuperuser")).endsWith("Superuser created successfully.\n");
        assertThat(superuser).as("the prompts the page shows, without what is typed")
            .matches("Username( \\(leave blank to use '[^']*'\\))?: Email address: Password: Password \\(again\\): "
                + "Superuser created successfully.\n");
        assertThat(manage(project, "makemigrations", "--check")).isEqualTo("No changes detected\n");

        String test = maven(project, repository, "test");
        assertThat(test).contains("Tests run: 19, Failures: 0, Errors: 0, Skipped: 0");
        maven(project, repository, "package");
        assertThat(project.resolve("target/quiz.jar")).isRegularFile();
    }

    /** Each line of the page's {@code sh} blocks, without its comment. */
    private static List<String> shellCommands(String doc) {
        List<String> commands = new ArrayList<>();
        Matcher m = SHELL_BLOCK.matcher(doc);
        while (m.find()) {
            m.group(1).lines().map(line -> line.replaceFirst("\\s+#.*$", "").strip()).filter(l -> !l.isEmpty())
                .forEach(commands::add);
        }
        return commands;
    }

    private static void write(Path project, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = project.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The block the page shows right after the {@code sh} block that holds only {@code command}: its output. */
    private static String outputShownAfter(String doc, String command) {
        Matcher m = Pattern.compile("```sh\\n" + Pattern.quote(command) + "\\n```\\n\\n```\\w*\\n(.*?)```", Pattern.DOTALL)
            .matcher(doc);
        assertThat(m.find()).as("the page shows what %s prints", command).isTrue();
        return m.group(1);
    }

    /** The first {@code java} block after {@code from} that contains {@code marker}, as the page shows it. */
    private static String javaBlockAfter(String doc, int from, String marker) {
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int start = from;
        while (m.find(start)) {
            if (m.group(1).contains(marker)) {
                return m.group(1);
            }
            start = m.end();
        }
        throw new AssertionError("no java block with " + marker);
    }

    /** {@code ./manage COMMAND...} in the project, as the script runs it; fails the test unless it exits with 0. */
    private static String manage(Path project, String... command) {
        return manageWithInput(project, "", command);
    }

    /** {@link #manage} with {@code input} as what is typed at the command's questions. */
    private static String manageWithInput(Path project, String input, String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--program", "./manage", "--project", project.toString()));
        args.addAll(List.of(command));
        int status = Main.run(args.toArray(String[]::new), new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), project);
        assertThat(status).as("./manage %s: %s", String.join(" ", command), err.toString(StandardCharsets.UTF_8)).isZero();
        // The page shows the path from the project's folder; the first command also resolves the pom (not shown).
        return out.toString(StandardCharsets.UTF_8).replace(project + "/", "")
            .replaceFirst("^Resolving the project's dependencies with Maven[^\\n]*\\n", "");
    }

    private static Map<String, String> fileBlocks(String doc) {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher m = FILE_BLOCK.matcher(doc);
        while (m.find()) {
            assertThat(files.put(m.group(1), m.group(2))).as("%s shown twice", m.group(1)).isNull();
        }
        return files;
    }

    /**
     * {@code mvn -B <phase>} in the project; fails the test with Maven's output unless it succeeds. Not offline:
     * on a fresh machine the reactor may not have fetched a plugin the project uses (the shade plugin) yet; when
     * all is in the local repository, as usual, Maven asks no server (no snapshot repository is declared).
     */
    private static String maven(Path project, Path repository, String phase) throws IOException, InterruptedException {
        Path log = Files.createTempFile(project.getParent(), "mvn-" + phase, ".log");
        ProcessBuilder builder = new ProcessBuilder(System.getenv().getOrDefault("HOTCLUB_MVN", "mvn"), "-B",
            "-Dmaven.repo.local=" + repository, "-Dstyle.color=never", phase)
            .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("MAVEN_OPTS"); // its maven.repo.local would win over ours
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process maven = builder.start();
        assertThat(maven.waitFor(300, TimeUnit.SECONDS)).as("mvn %s within 5 minutes", phase).isTrue();
        String output = Files.readString(log);
        assertThat(maven.exitValue()).as("mvn %s:%n%s", phase, output).isZero();
        return output;
    }
}
