package dev.hotclub.devserver.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.HotclubVersion;
import dev.hotclub.devserver.cli.Main;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that README.md and docs/*.md show (in {@code sh} blocks, and in indented blocks, lines that start
 * with a program), in the order a reader meets them. Those that can run here run, in one shell-like session per
 * page (its {@code cd} carried over): the checkout's {@code ./hotclub --help} and {@code --version},
 * {@code startproject} into a temporary folder, the new project's {@code ./manage startapp}, {@code --help} and
 * {@code --version}, and each {@code export} must name a setting that docs/SETTINGS.md lists. Each one that cannot
 * is listed below with the reason and the test that covers it instead. A command that matches no rule fails this
 * test: a changed or new command in the docs is either run or explained.
 */
@DisplayName("The commands in README.md and docs/*.md")
class DocsCommandsTest {
    private static final Path CHECKOUT = Path.of("").toAbsolutePath().getParent(); // Maven runs these tests in devserver/
    private static final Pattern PROGRAM = Pattern.compile(
        "^(\\./hotclub|\\./manage|mvn|java|curl|export|cd|docker|systemctl|READINESS_URL=|for |done|sleep)\\b.*");

    /** Why a command cannot run in a test, and what runs it (or its equivalent) instead. */
    private static final Map<Pattern, String> NOT_HERE = new LinkedHashMap<>();

    static {
        notHere("\\./(hotclub|manage) runserver.*", "serves until stopped: RunserverConsoleTest, HotReloadTest and .ci/run's"
            + " smoke test start it");
        notHere("\\./(hotclub|manage) (startproject|startapp|runserver) .*(NAME|\\[ADDR:\\]PORT|\\[DIR\\]).*",
            "a synopsis with placeholders: MainTest runs each command's forms");
        notHere("\\./manage (makemigrations|migrate|showmigrations|sqlmigrate)( .*)?",
            "needs a project with models: MigrationsDevServerTest runs them on one, MigrationCommandLineTest the jar's");
        notHere("\\./manage (createsuperuser|changepassword)( .*)?", "asks its questions on a terminal and needs a"
            + " migrated project: UserCommandsManageTest and TutorialDocTest run it with the answers on standard input");
        notHere("java -jar \\S+ (createsuperuser|changepassword)( .*)?", "needs a packaged project with auth:"
            + " UserCommandLineTest runs the same main class as a process");
        notHere("mvn verify", "the build that runs this test");
        notHere("mvn (test|package)", "Maven on a new project: TutorialDocTest runs both on the tutorial's project");
        notHere("mvn -B versions:set .*", "a release step that rewrites the checkout's poms");
        notHere("mvn -B -Prelease .* deploy", ".ci/run deploys the same to a file repository and checks what it holds");
        notHere("(READINESS_URL=\\S+ )?java .*-jar .*", "serves until stopped: PackagedProjectTest starts the packaged jar");
        notHere("curl .*", "needs a server running: PackagedProjectTest and ReadinessTest send these requests");
        notHere("(for |done|sleep).*", "a deploy script's loop: deploy/rolling-restart-test.sh runs the same steps");
        notHere("systemctl .*", "needs systemd: deploy/rolling-restart-test.sh restarts instances the same way");
        notHere("docker .*", "needs Docker, not in the test environment");
        notHere("mvn -pl (framework|devserver) test -Dtest=.*", "a part of this build's own suite, which mvn verify runs");
        notHere("mvn -pl benchmarks .*", "builds the benchmarks: benchmarks/README.md gives their figures and commands");
        notHere("java -cp benchmarks/target/benchmarks\\.jar dev\\.hotclub\\.benchmarks\\.\\w+( .*)?",
                "a benchmark, which takes the quiet machine its figures were measured on, not a test run");
        notHere("\\./manage (makemigrations|migrate|sqlmigrate|showmigrations)( .*)?",
                "needs a project with models: MakeMigrationsTest, MigrateBehaviourTest and MigrationCommandLineTest run"
                        + " these commands on one");
        notHere("\\./manage check( .*)?", "needs a generated project: CheckCommandTest runs check --deploy on one");
    }

    private static void notHere(String command, String reason) {
        NOT_HERE.put(Pattern.compile(command), reason);
    }

    @TempDir
    Path temp;

    record Command(Path page, String text) {
    }

    @Test
    @DisplayName("each runs here or says why it cannot, page by page in the reader's order")
    void eachRunsOrSaysWhyItCannot() throws Exception {
        List<Path> pages = new ArrayList<>(List.of(CHECKOUT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(CHECKOUT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        String settings = Files.readString(CHECKOUT.resolve("docs/SETTINGS.md"));
        List<String> unclassified = new ArrayList<>();
        int ran = 0;
        for (Path page : pages) {
            // Each page is read in a terminal of its own, in the checkout's parent's stand-in: ../blog lands in temp.
            Path work = Files.createDirectories(temp.resolve(page.getFileName().toString()).resolve("checkout"));
            Session session = new Session(work);
            for (String command : commands(Files.readString(page))) {
                if (NOT_HERE.keySet().stream().anyMatch(p -> p.matcher(command).matches())) {
                    continue;
                }
                if (!session.run(command, settings)) {
                    unclassified.add(CHECKOUT.relativize(page) + ": " + command);
                } else {
                    ran++;
                }
            }
        }
        assertThat(unclassified).as("commands neither run nor explained: run them in Session, or add the reason").isEmpty();
        assertThat(ran).as("commands run").isGreaterThan(10);
    }

    /** The command lines of a page, comments cut. */
    static List<String> commands(String markdown) {
        List<String> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        boolean fenced = false;
        boolean shell = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fence = Pattern.compile("^```(\\w*)").matcher(line);
            if (fence.find()) {
                shell = !fenced && List.of("sh", "bash", "shell", "").contains(fence.group(1));
                fenced = !fenced;
                continue;
            }
            boolean indented = !fenced && line.startsWith("    ") && (i == 0 || lines[i - 1].isBlank() || lines[i - 1].startsWith("    "));
            if (fenced && shell || indented) {
                // A comment, or a synopsis's description after two spaces or more (docs/DEVSERVER.md), is cut.
                String command = line.strip().replaceFirst("\\s+#\\s.*$", "").replaceFirst("\\s{2,}.*$", "");
                if (PROGRAM.matcher(command).matches()) {
                    out.add(command);
                }
            }
        }
        return out;
    }

    /** A reader's terminal: the current folder, and the commands that run here. */
    private static final class Session {
        private Path cwd;

        Session(Path cwd) {
            this.cwd = cwd;
        }

        /** Runs {@code command}, asserting it worked; false when no rule knows it. */
        boolean run(String command, String settings) throws Exception {
            String[] words = command.split("\\s+");
            if (command.startsWith("cd ")) {
                cwd = cwd.resolve(words[1]).normalize();
                assertThat(cwd).as(command).isDirectory();
                return true;
            }
            if (command.startsWith("export ")) {
                String variable = words[1].substring(0, words[1].indexOf('='));
                assertThat(settings).as("docs/SETTINGS.md lists %s (%s)", variable, command).contains("| `" + variable + "`");
                return true;
            }
            if (command.matches("\\./hotclub --(help|version)")) {
                Result result = bash(CHECKOUT, CHECKOUT.resolve("hotclub") + " " + words[1]);
                assertThat(result.status()).as(command + ": " + result.output()).isZero();
                assertThat(result.output()).as(command).contains(words[1].equals("--help") ? "startproject" : HotclubVersion.get());
                return true;
            }
            if (command.matches("\\./hotclub startproject \\w+( \\S+)?( --example)?")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                String[] args = Stream.concat(Stream.of("--program", "./hotclub", "--home", CHECKOUT.toString()),
                    Stream.of(words).skip(1)).toArray(String[]::new);
                int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(out, true, StandardCharsets.UTF_8), cwd);
                assertThat(status).as(command + ": " + out).isZero();
                Path project = cwd.resolve(words.length > 3 && !words[3].startsWith("-") ? words[3] : words[2]).normalize();
                // What ./manage's first run caches after asking Maven: this JVM's class path holds the dev server.
                Files.createDirectories(project.resolve(".hotclub"));
                Files.writeString(project.resolve(".hotclub/devserver-" + HotclubVersion.get() + ".classpath"),
                    System.getProperty("java.class.path"));
                return true;
            }
            if (command.matches("\\./manage (startapp \\w+|--help|--version)")) {
                if (!Files.exists(cwd.resolve("manage"))) {
                    // A page that lists ./manage's commands "in a generated project" without making one: make it.
                    run("./hotclub startproject blog ../blog", settings);
                    run("cd ../blog", settings);
                }
                Result result = bash(cwd, command);
                assertThat(result.status()).as(command + " in " + cwd + ": " + result.output()).isZero();
                if (words[1].equals("startapp")) {
                    assertThat(cwd.resolve("src/main/java").resolve(words[2])).as(command).isDirectory();
                }
                return true;
            }
            return false;
        }
    }

    record Result(int status, String output) {
    }

    private static Result bash(Path dir, String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("HOTCLUB_MVN", "false"); // nothing here may need Maven
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command).isTrue();
        return new Result(process.exitValue(), output);
    }
}
