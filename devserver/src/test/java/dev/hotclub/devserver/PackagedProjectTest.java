package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.scaffold.ProjectGenerator;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated project, packaged as its pom.xml packages it, served by {@code java -jar} from another folder with
 * a clean environment: its templates, static files and 404.html come from inside the jar. The jar is built here
 * from the compiled classes (as the shade plugin lays them out: the project's classes, src/main/resources,
 * templates/ and static/, the framework's Launcher as main class); the framework and its dependencies are
 * referenced by the manifest's Class-Path instead of copied, to keep the build fast. The dev server is not on it.
 */
class PackagedProjectTest {
    private static final Path STARTER_TEMPLATE = Path.of("").toAbsolutePath().resolveSibling("starter-template");
    /** The address in the line that says where it serves (whatever else that line says). */
    private static final Pattern SERVING = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    static Path temp;

    /** Generated and packaged once: the tests only start it differently. */
    private static Path jar;

    private Process server;
    /** What the jar said until it said where it serves. */
    private List<String> startOutput = List.of();

    @BeforeAll
    static void generateAndPackage() throws Exception {
        Path project = new ProjectGenerator(STARTER_TEMPLATE, HotclubVersion.get()).generate("blog", temp.resolve("blog"));
        jar = packageJar(project);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theJarServesTheProjectFromAnotherFolderWithSettingsFromTheEnvironment() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));

        URI started = start(jar, elsewhere, List.of("ALLOWED_HOSTS=127.0.0.1,blog.example", "GREETING=Howdy",
                "SECRET_KEY=" + "k".repeat(50)));
        HttpPoller http = new HttpPoller(started);

        HttpResponse<String> hello = http.get("/greetings/alice/");
        assertThat(hello.statusCode()).isEqualTo(200);
        assertThat(hello.body()).isEqualTo("<h1>Howdy, Alice!</h1><p>Nice to meet you.</p>");

        HttpResponse<String> css = http.get("/static/site.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).isEqualTo(Files.readString(STARTER_TEMPLATE.resolve("static/site.css")));
        assertThat(css.headers().firstValue("Last-Modified")).as("the jar's time")
            .hasValue(DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
                .format(Files.getLastModifiedTime(jar).toInstant().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC)));
        HttpResponse<String> unchanged = http.get("/static/site.css", "If-Modified-Since", css.headers().firstValue("Last-Modified").orElseThrow());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        HttpResponse<String> missing = http.get("/no/such/page/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<title>Page not found</title>");

        assertThat(raw(started, "blog.example")).startsWith("HTTP/1.1 302");
        assertThat(raw(started, "evil.example")).as("DEBUG is off unless turned on: no technical page")
            .startsWith("HTTP/1.1 400").endsWith("\r\n\r\n<h1>Bad Request (400)</h1>");
    }

    @Test
    void withDebugOnAndNoAllowedHostsTheJarServesLocalhostOnly() throws Exception {
        URI started = start(jar, Files.createDirectories(temp.resolve("elsewhere")), List.of("DEBUG=true"));
        assertThat(raw(started, "localhost")).startsWith("HTTP/1.1 302");
        assertThat(raw(started, "evil.example")).startsWith("HTTP/1.1 400")
                .contains("You may need to add &#x27;evil.example&#x27; to ALLOWED_HOSTS");
    }

    @Test
    void withDebugOffAndOnlyTheDevelopmentKeyTheJarRefusesToStart() throws Exception {
        ProcessBuilder builder = command(jar, Files.createDirectories(temp.resolve("elsewhere")),
                List.of("ALLOWED_HOSTS=127.0.0.1"));
        Process refused = builder.start();
        assertThat(refused.waitFor(90, TimeUnit.SECONDS)).as("the jar exits").isTrue();
        String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(refused.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("SECRET_KEY is the development key that startproject wrote into the project's code,"
                + " and DEBUG is off: set the SECRET_KEY environment variable");
    }

    @Test
    void withDebugOffAndNoAllowedHostsTheJarRefusesToStartNamingTheVariable() throws Exception {
        Process refused = command(jar, Files.createDirectories(temp.resolve("elsewhere")),
                List.of("SECRET_KEY=" + "k".repeat(50))).start();
        assertThat(refused.waitFor(90, TimeUnit.SECONDS)).as("the jar exits").isTrue();
        String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(refused.exitValue()).as(output).isEqualTo(1);
        assertThat(output).isEqualTo("Error: You must set ALLOWED_HOSTS if DEBUG is False. With DEBUG off and ALLOWED_HOSTS"
                + " empty, every request would be answered 400 Bad Request: set the ALLOWED_HOSTS environment variable to the"
                + " host names the site answers to, e.g. ALLOWED_HOSTS=example.com,www.example.com (docs/SETTINGS.md).\n");
    }

    @Test
    void theJarsRequestLogHasTheClientsAddressAndTakesItsFormatFromTheEnvironment() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        List<String> settings = List.of("ALLOWED_HOSTS=127.0.0.1", "SECRET_KEY=" + "k".repeat(50), "NUM_PROXIES=1");

        URI combined = start(jar, elsewhere, settings);
        new HttpPoller(combined).get("/greetings/alice/", "X-Forwarded-For", "203.0.113.9");
        assertThat(awaitLine(" \"GET /greetings/alice/ HTTP/1.1\" 200 "))
            .startsWith("203.0.113.9 - - [").endsWith("\"-\" \"Java-http-client/" + System.getProperty("java.version") + "\"");
        stop();

        List<String> json = new ArrayList<>(settings);
        json.add("REQUEST_LOG_FORMAT=json");
        URI started = start(jar, elsewhere, json);
        new HttpPoller(started).get("/greetings/alice/");
        assertThat(awaitLine("\"path\":\"/greetings/alice/\"")).startsWith("{\"time\":").contains("\"remote\":\"127.0.0.1\"");
    }

    @Test
    void checkDeployOnTheJarGivesDjangosWarningsAndTheTlsRecipesVariablesClearThem() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        String warned = runToEnd(command(jar, elsewhere, List.of(), "check", "--deploy"), 0);
        assertThat(warned).startsWith("System check identified some issues:\n\nWARNINGS:\n")
            .contains("?: (security.W004) ", "?: (security.W008) ", "?: (security.W012) ", "?: (security.W016) ",
                "?: (security.W020) ALLOWED_HOSTS must not be empty in deployment.")
            .contains("?: (security.W009) Your SECRET_KEY has less than 50 characters, less than 5 unique characters, or"
                + " it's prefixed with 'hotclub-insecure-'")
            .endsWith("System check identified 6 issues (0 silenced).\n");
        String clean = runToEnd(command(jar, elsewhere, List.of("ALLOWED_HOSTS=blog.example",
            "SECRET_KEY=" + "0123456789abcdef".repeat(4), "SESSION_COOKIE_SECURE=true", "CSRF_COOKIE_SECURE=true",
            "SECURE_SSL_REDIRECT=true", "SECURE_HSTS_SECONDS=31536000", "SECURE_HSTS_INCLUDE_SUBDOMAINS=true",
            "SECURE_HSTS_PRELOAD=true"), "check", "--deploy"), 0);
        assertThat(clean).isEqualTo("System check identified no issues (0 silenced).\n");
    }

    @Test
    void aWeakSecretKeyIsWarnedOfAtStart() throws Exception {
        start(jar, Files.createDirectories(temp.resolve("elsewhere")), List.of("ALLOWED_HOSTS=127.0.0.1",
            "SECRET_KEY=" + "k".repeat(50)));
        assertThat(startOutput).contains("?: (security.W009) Your SECRET_KEY has less than 50 characters, less than 5"
            + " unique characters, or it's prefixed with 'hotclub-insecure-' indicating that it was generated automatically"
            + " by startproject. Please generate a long and random SECRET_KEY, otherwise many of the framework's"
            + " security-critical features will be vulnerable to attack.");
    }

    /** Runs the jar to its end; its output (stdout and stderr), once it exited with {@code status}. */
    private static String runToEnd(ProcessBuilder builder, int status) throws Exception {
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the jar exits").isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(status);
        return output;
    }

    /** Starts {@code java -jar} in {@code folder} with only {@code environment} (no PATH, no HOME, nothing else). */
    private URI start(Path jar, Path folder, List<String> environment) throws Exception {
        server = command(jar, folder, environment).start();
        return awaitServing();
    }

    private static ProcessBuilder command(Path jar, Path folder, List<String> environment) {
        return command(jar, folder, environment, "127.0.0.1:0");
    }

    private static ProcessBuilder command(Path jar, Path folder, List<String> environment, String... args) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line)
            .directory(folder.toFile())
            .redirectErrorStream(true);
        builder.environment().clear();
        for (String variable : environment) {
            String[] nameValue = variable.split("=", 2);
            builder.environment().put(nameValue[0], nameValue[1]);
        }
        return builder;
    }

    /** The jar's output lines, as they come (the reader thread of the last start). */
    private BlockingQueue<String> lines;

    /** The first line of the jar's output from now on that contains {@code text}. */
    private String awaitLine(String text) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(text)) {
                return line;
            }
            if (line != null) {
                seen.add(line);
            }
        }
        throw new AssertionError("no line with " + text + " in " + seen);
    }

    private URI awaitServing() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        this.lines = lines;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "packaged-project-output");
        reader.setDaemon(true);
        reader.start();
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                assertThat(server.isAlive()).as("the jar exited: %s", seen).isTrue();
                continue;
            }
            seen.add(line);
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                startOutput = seen;
                return URI.create(m.group(1));
            }
        }
        throw new AssertionError("the jar did not say it was serving: " + seen);
    }

    private static String raw(URI base, String host) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** target/blog.jar as the project's pom.xml lays it out, the framework referenced from the manifest. */
    private static Path packageJar(Path project) throws IOException {
        String testClasspath = System.getProperty("java.class.path");
        Path classes = GeneratedProjectTest.compile(project.resolve("src/main/java"), project.resolve("target/classes"),
            testClasspath);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.hotclub.server.Launcher");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, frameworkClasspath(testClasspath));
        Path jar = project.resolve("target/blog.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            add(out, classes, "");
            add(out, project.resolve("src/main/resources"), "");
            add(out, project.resolve("templates"), "templates/");
            add(out, project.resolve("static"), "static/");
        }
        return jar;
    }

    /** The framework and its runtime dependencies from this test's class path: not the dev server, not the tests'. */
    private static String frameworkClasspath(String testClasspath) {
        // The SLF4J backend the project's pom adds (runtime scope): the start line is logged through it.
        Path slf4jSimple = Path.of(System.getProperty("hotclub.test.slf4jSimpleJar", "slf4j-simple.jar"));
        assertThat(slf4jSimple).as("slf4j-simple, set by devserver/pom.xml's surefire configuration").isRegularFile();
        return Stream.concat(Stream.of(testClasspath.split(File.pathSeparator)).map(Path::of), Stream.of(slf4jSimple))
            .filter(entry -> {
                String name = entry.getFileName().toString();
                boolean frameworkClasses = entry.endsWith(Path.of("framework", "target", "classes"));
                boolean runtimeJar = name.endsWith(".jar") && Stream.of("hotclub-framework", "undertow-", "xnio-",
                    "jboss-", "wildfly-", "smallrye-", "freemarker-", "jackson-", "slf4j-").anyMatch(name::startsWith);
                return frameworkClasses || runtimeJar;
            })
            .map(entry -> entry.toUri().toString())
            .collect(Collectors.joining(" "));
    }

    private static void add(JarOutputStream out, Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            out.putNextEntry(new JarEntry(prefix + dir.relativize(file).toString().replace(File.separatorChar, '/')));
            try (OutputStream entry = new NonClosing(out)) {
                Files.copy(file, entry);
            }
            out.closeEntry();
        }
    }

    /** Lets Files.copy write into the jar without closing it. */
    private static final class NonClosing extends OutputStream {
        private final OutputStream out;

        NonClosing(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }
}
