package dev.hotclub.devserver.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated {@code ./manage} and the checkout's {@code ./hotclub}, run by bash as a user would. */
class ManageScriptTest {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    @TempDir
    Path temp;

    Path project;

    @BeforeEach
    void generate() throws Exception {
        project = new ProjectGenerator(StarterFixture.write(temp.resolve("starter")), VERSION).generate("blog", temp.resolve("blog"));
    }

    private record Run(int status, String out, String err) {
    }

    private Run run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
            .redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(temp.resolve("out.txt")), Files.readString(temp.resolve("err.txt")));
    }

    @Test
    void manageRunsTheDevServersCommandLineOnTheClassPathItCached() throws Exception {
        // What the first run caches after asking Maven: here, this JVM's class path, which holds the dev server.
        Files.createDirectories(project.resolve(".hotclub"));
        Files.writeString(project.resolve(".hotclub/devserver-" + VERSION + ".classpath"), System.getProperty("java.class.path"));

        Run help = run(Map.of("HOTCLUB_MVN", "false"), "./manage", "--help");

        assertThat(help.err()).isEmpty();
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Type './manage help <subcommand>' for help on a specific subcommand.\n")
            .contains("    startapp NAME                ");

        Run startapp = run(Map.of("HOTCLUB_MVN", "false"), "./manage", "startapp", "news");
        assertThat(startapp.status()).isZero();
        assertThat(startapp.out()).startsWith("Created app 'news' in src/main/java/news.\n");
        assertThat(project.resolve("src/main/java/news/NewsApp.java")).exists();
    }

    @Test
    void manageGivesJavaTheDefaultSigintEvenWhenStartedWithItIgnored() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "Linux's /proc");
        Files.createDirectories(project.resolve(".hotclub"));
        Files.writeString(project.resolve(".hotclub/devserver-" + VERSION + ".classpath"), "dev-server.jar");
        Files.createFile(project.resolve("dev-server.jar"));
        Path fakeJdk = temp.resolve("jdk");
        Path java = Files.createDirectories(fakeJdk.resolve("bin")).resolve("java");
        // The mask of ignored signals, in hex: SIGINT (2) is its bit 0x2.
        Files.writeString(java, "#!/bin/sh\ngrep '^SigIgn:' /proc/self/status\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();

        // What a background job of a script inherits (setsid ./manage runserver &): SIGINT ignored.
        Run run = run(Map.of("HOTCLUB_MVN", "false", "JAVA_HOME", fakeJdk.toString()),
            "bash", "-c", "trap '' INT; grep '^SigIgn:' /proc/self/status; exec ./manage runserver");

        String[] masks = run.out().lines().map(l -> l.replaceFirst("^SigIgn:\\s*", "")).toArray(String[]::new);
        assertThat(masks).as(run.out() + run.err()).hasSize(2);
        assertThat(Long.parseLong(masks[0], 16) & 2).as("ignored in the shell that starts ./manage").isEqualTo(2);
        assertThat(Long.parseLong(masks[1], 16) & 2).as("the default again in the JVM").isZero();
    }

    @Test
    void manageRunsTheJavaOfJavaHomeWhenItIsSet() throws Exception {
        Files.createDirectories(project.resolve(".hotclub"));
        Files.writeString(project.resolve(".hotclub/devserver-" + VERSION + ".classpath"), "dev-server.jar");
        Files.createFile(project.resolve("dev-server.jar")); // the cached class path is used only while it exists
        Path fakeJdk = temp.resolve("jdk");
        Path java = Files.createDirectories(fakeJdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"java of JAVA_HOME: $*\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();

        Run run = run(Map.of("HOTCLUB_MVN", "false", "JAVA_HOME", fakeJdk.toString(), "HOTCLUB_JAVA_OPTS", ""),
            "./manage", "runserver", "8001");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("java of JAVA_HOME: -cp dev-server.jar dev.hotclub.devserver.cli.Main"
            + " --program ./manage --project . runserver 8001\n");
    }

    @Test
    void manageWithoutTheDevServerInTheLocalRepositorySaysWhatToDo() throws Exception {
        Run run = run(Map.of("HOTCLUB_MVN", "false"), "./manage", "runserver");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Finding the Hotclub dev server " + VERSION + " in the local Maven repository (first run)...\n"
            + "CommandError: the Hotclub dev server " + VERSION + " is not in your local Maven repository.\n"
            + "Run ./hotclub runserver once from a Hotclub checkout of that version: it builds and installs it.\n");
        assertThat(project.resolve(".hotclub")).as("nothing left behind").doesNotExist();
    }

    @Test
    void manageOutsideAProjectSaysSoAndLeavesNothingBehind() throws Exception {
        Files.delete(project.resolve("pom.xml"));

        Run run = run(Map.of("HOTCLUB_MVN", "false"), "./manage", "runserver");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("CommandError: '" + project.toRealPath() + "' is not a Hotclub project: it has no pom.xml"
            + " and src/main/java. This ./manage belongs in a project's folder.\n");
        assertThat(project.resolve(".hotclub")).doesNotExist();
    }

    @Test
    void theCheckoutsLauncherIsValidBash() throws Exception {
        Path hotclub = Path.of("").toAbsolutePath().resolveSibling("hotclub"); // Maven runs these tests in devserver/
        assertThat(hotclub).isRegularFile().isExecutable();
        Run run = run(Map.of(), "bash", "-n", hotclub.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(Files.readString(hotclub, StandardCharsets.UTF_8))
            .contains("dev.hotclub.devserver.cli.Main --program ./hotclub --home \"$root\" \"$@\"")
            .contains("java_cmd=\"${JAVA_HOME:+$JAVA_HOME/bin/}java\"", "exec $default_int \"$java_cmd\" ", "env --default-signal=INT");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theCheckoutsHelpNeedsNoBuildAndListsWhatTheDevServersHelpLists() throws Exception {
        Path checkout = Files.createDirectories(temp.resolve("checkout"));
        Path hotclub = Files.copy(Path.of("").toAbsolutePath().resolveSibling("hotclub"), checkout.resolve("hotclub"));
        Path mavenRan = temp.resolve("maven-ran");
        Path mvn = Files.writeString(temp.resolve("mvn"), "#!/bin/sh\ntouch '" + mavenRan + "'\nexit 1\n");
        mvn.toFile().setExecutable(true);
        ByteArrayOutputStream overview = new ByteArrayOutputStream();
        dev.hotclub.devserver.cli.Main.run(new String[] {"--program", "./hotclub", "--home", checkout.toString(), "--help"},
            new PrintStream(overview, true, StandardCharsets.UTF_8), System.err, checkout);

        Run help = run(Map.of("HOTCLUB_MVN", mvn.toString()), hotclub.toString(), "--help");

        assertThat(help.status()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith(overview.toString(StandardCharsets.UTF_8) + "\nHotclub is not built yet: ");
        assertThat(mavenRan).as("Maven not run").doesNotExist();
    }

    @Test
    void manageAndTheCheckoutsLauncherPrintTheirVersionWithoutMavenOrJava() throws Exception {
        Path checkout = Files.createDirectories(temp.resolve("checkout"));
        Path hotclub = Files.copy(Path.of("").toAbsolutePath().resolveSibling("hotclub"), checkout.resolve("hotclub"));
        Files.copy(Path.of("").toAbsolutePath().resolveSibling("pom.xml"), checkout.resolve("pom.xml"));
        Map<String, String> noTools = Map.of("HOTCLUB_MVN", "false", "JAVA_HOME", "/nonexistent");

        Run manage = run(noTools, "./manage", "--version");
        Run launcher = run(noTools, hotclub.toString(), "--version");

        assertThat(manage).isEqualTo(new Run(0, VERSION + "\n", ""));
        assertThat(launcher).isEqualTo(new Run(0, dev.hotclub.devserver.HotclubVersion.get() + "\n", ""));
    }

    @Test
    void manageRunsTheHotclubVersionThePomPins() throws Exception {
        Files.writeString(project.resolve("pom.xml"), Files.readString(project.resolve("pom.xml"))
            .replace("<name>blog</name>", "<name>blog</name>\n  <properties>\n    <hotclub.version>0.2.1</hotclub.version>\n  </properties>"));

        assertThat(run(Map.of(), "./manage", "--version")).isEqualTo(new Run(0, "0.2.1\n", ""));
        Run missing = run(Map.of("HOTCLUB_MVN", "false"), "./manage", "runserver");
        assertThat(missing.err()).contains("CommandError: the Hotclub dev server 0.2.1 is not in your local Maven repository.");
    }
}
