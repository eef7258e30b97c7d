package dev.hotclub.devserver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.scaffold.StarterFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        assertThat(out()).startsWith("usage: ./manage runserver [ADDR:]PORT [--debug-port [ADDR:]PORT]\n\nStarts a lightweight web server")
            .contains("  [ADDR:]PORT   Optional port number, or ipaddr:port (default 127.0.0.1:8000)\n");
        out.reset();
        assertThat(run("--program", "./hotclub", "help", "startproject")).isZero();
        assertThat(out()).startsWith("usage: ./hotclub startproject NAME [DIR]\n\n");
        out.reset();
        assertThat(run("--program", "./manage", "startapp", "-h")).isZero();
        assertThat(out()).startsWith("usage: ./manage startapp NAME\n\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "version"})
    void versionPrintsTheVersionAloneAsDjangoAdminDoes(String option) {
        assertThat(run("--program", "./manage", "--project", temp.toString(), option)).isZero();
        assertThat(out()).isEqualTo(dev.hotclub.devserver.HotclubVersion.get() + System.lineSeparator());
        assertThat(err()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAnError() {
        assertThat(run("--program", "./manage", "collectstatic")).isEqualTo(1);
        assertThat(err()).isEqualTo("Unknown command: 'collectstatic'\nType './manage help' for usage.\n");
    }

    @Test
    void aBadAddressIsACommandError() {
        assertThat(run("--program", "./manage", "--project", ".", "runserver", "nope")).isEqualTo(1);
        assertThat(err()).isEqualTo("CommandError: \"nope\" is not a valid port number or address:port pair.\n");
    }

    @Test
    void startprojectCreatesTheProjectAndSaysWhatToDoNext() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "blog")).isZero();
        assertThat(out()).isEqualTo("Created project 'blog' in blog. Next:\n    cd blog && ./manage runserver\n");
        assertThat(temp.resolve("blog/src/main/java/blog/Site.java")).exists();
    }

    @Test
    void startprojectWithABadNameTouchesNothing() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
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
    void eachCommandRefusesArgumentsBeyondItsOwnAsArgparseDoes() {
        assertThat(run("--program", "./hotclub", "--home", ".", "startproject", "blog", "there", "extra", "more")).isEqualTo(1);
        assertThat(run("--program", "./manage", "--project", ".", "startapp", "polls", "extra")).isEqualTo(1);
        assertThat(run("--program", "./manage", "--project", ".", "runserver", "8000", "extra")).isEqualTo(1);
        assertThat(err()).isEqualTo("CommandError: unrecognized arguments: extra more\n"
            + "CommandError: unrecognized arguments: extra\n"
            + "CommandError: unrecognized arguments: extra\n");
        assertThat(temp.resolve("there")).doesNotExist();
    }

    @Test
    void startappPrintsWhatItAddedToTheUrlConf() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        run("--program", "./hotclub", "--home", "checkout", "startproject", "blog");
        out.reset();
        assertThat(run("--program", "./manage", "--project", "blog", "startapp", "news")).isZero();
        assertThat(out()).isEqualTo("Created app 'news' in src/main/java/news.\n"
            + "Added it to the project's URLconf in src/main/java/blog/Site.java:\n"
            + "    path(\"news/\", include(new news.NewsApp())),\n");
    }

    private static final String RUNSERVER_HELP = """
        Starts a lightweight web server for development. It recompiles and reloads the project when a
        Java source, a resource or pom.xml changes (in well under a second), and serves template and
        static file edits at once. Compile errors are shown in the browser until the next good save.

        positional arguments:
          [ADDR:]PORT   Optional port number, or ipaddr:port (default 127.0.0.1:8000)

        options:
          -h, --help    show this help message and exit
          --debug-port [ADDR:]PORT
                        Run the server in a JVM a debugger can attach to (JDWP, default address
                        127.0.0.1); breakpoints in the project's classes hold across reloads
        """;

    @Test
    void theCheckoutsHelpIsExactlyThis() {
        assertThat(run("--program", "./hotclub", "--home", ".", "--help")).isZero();
        assertThat(out()).isEqualTo("""
            Type './hotclub help <subcommand>' for help on a specific subcommand.

            Available subcommands:

            [hotclub]
                runserver [ADDR:]PORT        Starts a lightweight web server for development, with hot reload.
                startproject NAME [DIR]      Creates a Hotclub project directory structure for the given project name.
                check [--deploy]             Checks the project for common problems; --deploy adds Django's deployment checks.
                makemigrations [APP ...]     Creates new migrations based on the changes detected to your models.
                migrate [APP [MIGRATION]]    Updates database schema. Manages both apps with migrations and those without.
                showmigrations [APP ...]     Shows all available migrations for the current project.
                sqlmigrate APP MIGRATION     Prints the SQL statements for the named migration.
                createsuperuser [options]    Used to create a superuser.
                changepassword [USERNAME]    Change a user's password for django.contrib.auth.
            """);
        assertThat(err()).isEmpty();
    }

    @Test
    void aProjectsHelpIsExactlyThis() {
        assertThat(run("--program", "./manage", "--project", ".", "--help")).isZero();
        assertThat(out()).isEqualTo("""
            Type './manage help <subcommand>' for help on a specific subcommand.

            Available subcommands:

            [hotclub]
                runserver [ADDR:]PORT        Starts a lightweight web server for development, with hot reload.
                startapp NAME                Creates a Hotclub app directory structure for the given app name in this project.
                check [--deploy]             Checks the project for common problems; --deploy adds Django's deployment checks.
                makemigrations [APP ...]     Creates new migrations based on the changes detected to your models.
                migrate [APP [MIGRATION]]    Updates database schema. Manages both apps with migrations and those without.
                showmigrations [APP ...]     Shows all available migrations for the current project.
                sqlmigrate APP MIGRATION     Prints the SQL statements for the named migration.
                createsuperuser [options]    Used to create a superuser.
                changepassword [USERNAME]    Change a user's password for django.contrib.auth.
            """);
    }

    @ParameterizedTest
    @CsvSource({"./hotclub,--home", "./manage,--project"})
    void runserversHelpIsExactlyThisWhicheverWayItIsAskedFor(String program, String where) {
        String expected = "usage: " + program + " runserver [ADDR:]PORT [--debug-port [ADDR:]PORT]\n\n" + RUNSERVER_HELP;
        for (String[] asked : new String[][] {{"runserver", "--help"}, {"runserver", "-h"}, {"help", "runserver"},
                {"runserver", "8000", "--help"}}) {
            out.reset();
            String[] args = Stream.concat(Stream.of("--program", program, where, "."), Stream.of(asked)).toArray(String[]::new);
            assertThat(run(args)).isZero();
            assertThat(out()).as(String.join(" ", asked)).isEqualTo(expected);
        }
    }

    @Test
    void startprojectsHelpIsExactlyThis() {
        assertThat(run("--program", "./hotclub", "--home", ".", "startproject", "--help")).isZero();
        assertThat(out()).isEqualTo("""
            usage: ./hotclub startproject NAME [DIR]

            Creates a Hotclub project for the given project name in the current directory or the given
            destination: its settings and root URLconf (NAME/Site.java), Django's default middleware, a 404
            page, a test, and its own ./manage script. With DEBUG on, its pages show the welcome page until
            the URLconf has a pattern; ./manage startapp NAME adds an app. The project builds and passes its
            tests (mvn test) right away.

            positional arguments:
              NAME          Name of the project: a Java package name such as blog or my_site
              DIR           Optional destination directory (default: ./NAME, which must not exist); an
                            existing DIR must be empty

            options:
              --example     Copy the greetings example (the starter project ./hotclub runserver serves)
                            instead of an empty project
              -h, --help    show this help message and exit
            """);
    }

    @Test
    void startappsHelpIsExactlyThis() {
        assertThat(run("--program", "./manage", "--project", ".", "startapp", "--help")).isZero();
        assertThat(out()).isEqualTo("""
            usage: ./manage startapp NAME

            Creates a Hotclub app in this project: src/main/java/NAME/ with the app's URLconf (NAMEApp) and
            views, its templates folder src/main/resources/NAME/templates/NAME/ with an index page, and a
            test. The line that mounts the app is added to the project's URLconf when that can be done
            safely; otherwise it is printed for you to add.

            positional arguments:
              NAME          Name of the application: a Java package name such as blog or polls

            options:
              -h, --help    show this help message and exit
            """);
    }

    @Test
    void startprojectIntoAnExistingFolderIsRefusedAndTouchesNothing() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        Files.createDirectories(temp.resolve("blog"));
        Files.writeString(temp.resolve("blog/notes.txt"), "mine");
        Map<String, String> before = snapshot(temp);

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "blog")).isEqualTo(1);

        assertThat(err()).isEqualTo("CommandError: '" + temp.resolve("blog") + "' already exists."
            + " Choose another name or folder, or remove that one first.\n");
        assertThat(out()).isEmpty();
        assertThat(snapshot(temp)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-site", "9lives", "café", "a$b", "$"})
    void startprojectWithANameThatIsNotAJavaPackageNameIsRefusedAndTouchesNothing(String name) throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        Map<String, String> before = snapshot(temp);

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", name)).isEqualTo(1);

        assertThat(err()).isEqualTo("CommandError: '" + name + "' is not a valid project name. Please make sure the name"
            + " is a valid Java package name: letters, digits and underscores, not starting with a digit"
            + " (e.g. 'blog' or 'my_site').\n");
        assertThat(snapshot(temp)).isEqualTo(before);
    }

    @Test
    void startprojectWithAKeywordAndADirIsRefusedAndTouchesNothing() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        Map<String, String> before = snapshot(temp);

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "class", "somewhere")).isEqualTo(1);

        assertThat(err()).isEqualTo("CommandError: 'class' is a reserved word in Java and cannot be used as a project"
            + " name. Please try another name.\n");
        assertThat(snapshot(temp)).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "greetings|'src/main/java/greetings' already exists: 'greetings' conflicts with a package of this project. Please try another name.",
        "news-feed|'news-feed' is not a valid app name. Please make sure the name is a valid Java package name: letters, digits and underscores, not starting with a digit (e.g. 'blog' or 'my_site').",
        "1news|'1news' is not a valid app name. Please make sure the name is a valid Java package name: letters, digits and underscores, not starting with a digit (e.g. 'blog' or 'my_site').",
        "static|'static' is a reserved word in Java and cannot be used as an app name. Please try another name.",
        "javax|'javax' conflicts with the name of a package of the Java platform and cannot be used as an app name. Please try another name."})
    void startappWithABadNameIsRefusedAndTouchesNothing(String name, String message) throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "blog")).isZero();
        out.reset();
        Map<String, String> before = snapshot(temp);

        assertThat(run("--program", "./manage", "--project", "blog", "startapp", name)).isEqualTo(1);

        assertThat(err()).isEqualTo("CommandError: " + message + "\n");
        assertThat(out()).isEmpty();
        assertThat(snapshot(temp)).isEqualTo(before);
    }

    @Test
    void startappIsForAProjectNotForTheCheckoutsStarterTemplate() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        Map<String, String> before = snapshot(temp);

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startapp", "news")).isEqualTo(1);

        assertThat(err()).isEqualTo("CommandError: startapp works on a generated project:"
            + " run ./manage startapp NAME in your project's folder.\n");
        assertThat(snapshot(temp)).isEqualTo(before);
    }

    /** Every file and folder under {@code dir}, with each file's content and executable bit: "nothing touched" exactly. */
    private static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.toList()) {
                entries.put(dir.relativize(path).toString(), Files.isDirectory(path) ? "folder"
                    : Files.isExecutable(path) + " " + Files.readString(path));
            }
        }
        return entries;
    }

    private Path project(String name) throws Exception {
        Path dir = temp.resolve(name);
        Files.createDirectories(dir.resolve("src/main/java"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        return dir;
    }

    @Test
    void runserverOnAnAddressOfAnotherMachineSaysSoAndStartsNothing() throws Exception {
        Path project = project("site");
        assertThat(run("--program", "./manage", "--project", "site", "runserver", "10.255.255.1:8002")).isEqualTo(1);
        assertThat(err()).isEqualTo("CommandError: That IP address can't be assigned to: 10.255.255.1 is not an address"
            + " of this machine. Use 127.0.0.1, 0.0.0.0 (every address) or one of its own.\n");
        assertThat(out()).isEmpty();
        assertThat(project.resolve(".hotclub")).doesNotExist();
    }

    @Test
    void runserverOnAHostThatDoesNotResolveSaysSo() throws Exception {
        Path project = project("site");
        assertThat(run("--program", "./manage", "--project", "site", "runserver", "nosuchhost.invalid:8002")).isEqualTo(1);
        assertThat(err()).isEqualTo("CommandError: Cannot listen on 'nosuchhost.invalid': no such host. Give an IP address"
            + " of this machine (127.0.0.1:8000, 0.0.0.0:8000) or a name that resolves to one.\n");
        assertThat(project.resolve(".hotclub")).doesNotExist();
    }

    @Test
    void runserverOnAPortInUseSaysSo() throws Exception {
        project("site");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(run("--program", "./manage", "--project", "site", "runserver", String.valueOf(taken.getLocalPort())))
                .isEqualTo(1);
            assertThat(err()).isEqualTo("CommandError: That port is already in use: another server listens on"
                + " http://127.0.0.1:" + taken.getLocalPort() + "/. Stop it, or choose another port.\n");
        }
    }

    @Test
    void runserverOutsideAProjectIsOneErrorLineAndLeavesNothingBehind() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThat(run("--program", "./manage", "--project", "empty", "runserver")).isEqualTo(1);
        assertThat(err()).isEqualTo("CommandError: '" + empty + "' is not a Hotclub project: it has no pom.xml and"
            + " src/main/java. Run ./manage runserver in a project's folder (the one with pom.xml), or create one with"
            + " ./hotclub startproject NAME.\n");
        try (Stream<Path> left = Files.list(empty)) {
            assertThat(left).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "./hotclub|--home|.|startproject shop5 --bogus|unrecognized arguments: --bogus",
        "./hotclub|--home|.|startproject -x shop5|unrecognized arguments: -x",
        "./hotclub|--home|.|startproject shop5 there --force extra|unrecognized arguments: --force extra",
        "./manage|--project|.|startapp news --bogus|unrecognized arguments: --bogus",
        "./manage|--project|.|runserver --noreload|unrecognized arguments: --noreload",
        "./manage|--project|.|runserver 8000 --bogus=1|unrecognized arguments: --bogus=1",
        "./manage|--project|.|runserver --debug-port|argument --debug-port: expected one argument",
        "./manage|--project|.|runserver --debug-port nope|argument --debug-port: \"nope\" is not a valid port number or"
            + " address:port pair.",
    })
    void unknownOptionsAreErrorsForEveryCommand(String program, String where, String dir, String command, String message)
            throws Exception {
        StarterFixture.write(temp.resolve("starter-template"));
        String[] args = Stream.concat(Stream.of("--program", program, where, dir), Stream.of(command.split(" ")))
            .toArray(String[]::new);
        assertThat(run(args)).isEqualTo(1);
        assertThat(err()).isEqualTo("CommandError: " + message + "\n");
        assertThat(out()).isEmpty();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("starter-template");
        }
    }

    private static String oneCommandErrorLine(String err) {
        assertThat(err).startsWith("CommandError: ").endsWith("\n").doesNotContain("\tat ");
        assertThat(err.lines()).hasSize(1);
        return err;
    }

    @Test
    void startprojectWithoutDirRefusesAnExistingEmptyFolderAsDjangoDoes() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        Files.createDirectories(temp.resolve("blog"));

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "blog")).isEqualTo(1);

        assertThat(err()).isEqualTo("CommandError: '" + temp.resolve("blog") + "' already exists."
            + " Choose another name or folder, or remove that one first.\n");
        assertThat(temp.resolve("blog")).isEmptyDirectory();
    }

    @Test
    void startprojectIntoAnExistingEmptyDirIsAcceptedAsDjangoDoes() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        Files.createDirectories(temp.resolve("here"));

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "blog", "here")).isZero();

        assertThat(temp.resolve("here/src/main/java/blog/Site.java")).exists();
    }

    @Test
    void startprojectInsideTheCheckoutIsRefusedWithAFolderOutsideSuggested() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        Map<String, String> before = snapshot(temp);

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "blog", "checkout/blog")).isEqualTo(1);

        assertThat(err()).isEqualTo("CommandError: '" + temp.resolve("checkout/blog") + "' is inside the Hotclub checkout '"
            + temp.resolve("checkout") + "'. Create the project outside it, for example: ./hotclub startproject blog blog\n");
        assertThat(snapshot(temp)).isEqualTo(before);
    }

    @Test
    void startprojectRunInTheCheckoutSuggestsTheFolderBesideIt() throws Exception {
        Path checkout = temp.resolve("checkout");
        StarterFixture.write(checkout.resolve("project-template"));
        ByteArrayOutputStream error = new ByteArrayOutputStream();

        int status = Main.run(new String[] {"--program", "./hotclub", "--home", ".", "startproject", "blog"},
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(error, true, StandardCharsets.UTF_8), checkout);

        assertThat(status).isEqualTo(1);
        assertThat(error.toString(StandardCharsets.UTF_8)).isEqualTo("CommandError: '" + checkout.resolve("blog")
            + "' is inside the Hotclub checkout '" + checkout + "'. Create the project outside it, for example:"
            + " ./hotclub startproject blog ../blog\n");
        assertThat(checkout.resolve("blog")).doesNotExist();
    }

    @Test
    void startprojectCopiesTheGreetingsExampleOnlyWhenAskedTo() throws Exception {
        StarterFixture.write(temp.resolve("checkout/starter-template"));
        Path clean = Files.createDirectories(temp.resolve("checkout/project-template/src/main/java/mysite"));
        Files.writeString(clean.resolve("Site.java"), "package mysite;\n\nfinal class Site {\n}\n");
        Files.writeString(temp.resolve("checkout/project-template/pom.xml"), "<project/>\n");
        Files.createDirectories(temp.resolve("checkout/project-template/src/main/resources/META-INF/services"));
        Files.writeString(temp.resolve("checkout/project-template/src/main/resources/META-INF/services/"
            + "dev.hotclub.project.ProjectProvider"), "mysite.Site\n");

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "blog")).isZero();
        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "shop", "--example")).isZero();

        assertThat(temp.resolve("blog/src/main/java/blog/Site.java")).hasContent("package blog;\n\nfinal class Site {\n}\n");
        assertThat(temp.resolve("blog/src/main/java/greetings")).doesNotExist();
        assertThat(temp.resolve("shop/src/main/java/greetings/GreetingsApp.java")).exists();
        assertThat(temp.resolve("shop/src/main/java/shop/Site.java")).content().contains("include(new GreetingsApp())");
    }

    @Test
    void startprojectWithANameTooLongForTheFileSystemIsOneErrorLine() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        Map<String, String> before = snapshot(temp);
        String name = "a".repeat(300);

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", name)).isEqualTo(1);

        assertThat(oneCommandErrorLine(err())).startsWith("CommandError: Cannot create the project in '" + temp.resolve(name)
            + "': File name too long (").endsWith(". Choose a shorter name or folder.\n");
        assertThat(snapshot(temp)).isEqualTo(before);
    }

    @Test
    void startprojectWithALongNameThatFitsWorks() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        String name = "a".repeat(250);

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", name)).isZero();

        assertThat(temp.resolve(name).resolve("src/main/java").resolve(name).resolve("Site.java")).exists();
    }

    @Test
    void startprojectWhereItCannotWriteIsOneErrorLine() throws Exception {
        // /sys refuses new folders to everyone, root included (EPERM; EACCES for other users)
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/sys/kernel")), "a Linux /sys");
        StarterFixture.write(temp.resolve("checkout/project-template"));

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "blog", "/sys/blog")).isEqualTo(1);

        assertThat(oneCommandErrorLine(err())).startsWith("CommandError: Cannot create the project in '/sys/blog': ");
        assertThat(Path.of("/sys/blog")).doesNotExist();
    }

    @Test
    void startprojectUnderAFileIsOneErrorLine() throws Exception {
        StarterFixture.write(temp.resolve("checkout/project-template"));
        Files.writeString(temp.resolve("notes.txt"), "mine");

        assertThat(run("--program", "./hotclub", "--home", "checkout", "startproject", "blog", "notes.txt/blog")).isEqualTo(1);

        assertThat(err()).isEqualTo("CommandError: Cannot create the project in '" + temp.resolve("notes.txt/blog") + "': '"
            + temp.resolve("notes.txt") + "' is a file, not a folder.\n");
    }
}
