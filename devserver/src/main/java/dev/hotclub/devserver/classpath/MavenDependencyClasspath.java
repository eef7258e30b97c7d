package dev.hotclub.devserver.classpath;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Resolves a project's dependencies with Maven ({@code dependency:build-classpath}) and caches the
 * answer in {@code .hotclub/classpath-<hash of pom.xml>.txt}, so that only the first start after a
 * change to {@code pom.xml} waits for Maven. A cached class path whose jars have vanished (a cleaned
 * local repository) is resolved again.
 */
public final class MavenDependencyClasspath implements DependencyClasspath {

    static final String PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath";
    private static final long TIMEOUT_MINUTES = 10;
    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");

    private final String mavenCommand;
    private final Consumer<String> progress;

    /** Uses {@code $HOTCLUB_MVN}, else {@code mvn} from the PATH. */
    public MavenDependencyClasspath() {
        this(message -> { });
    }

    /** As above, saying on {@code progress} when it runs Maven (the first start waits for it). */
    public MavenDependencyClasspath(Consumer<String> progress) {
        this(System.getenv().getOrDefault("HOTCLUB_MVN", "mvn"), progress);
    }

    public MavenDependencyClasspath(String mavenCommand) {
        this(mavenCommand, message -> { });
    }

    public MavenDependencyClasspath(String mavenCommand, Consumer<String> progress) {
        this.mavenCommand = mavenCommand;
        this.progress = progress;
    }

    @Override
    public List<Path> resolve(Path projectDir) throws ClasspathException {
        Path pom = projectDir.resolve("pom.xml");
        byte[] pomBytes;
        try {
            pomBytes = Files.readAllBytes(pom);
        } catch (IOException e) {
            throw new ClasspathException("Cannot read " + pom + ": " + e.getMessage()
                + ". A Hotclub project is a Maven project: run the dev server in the folder that holds its pom.xml.");
        }
        Path cache = projectDir.resolve(".hotclub").resolve("classpath-" + sha256(pomBytes) + ".txt");
        try {
            if (Files.isRegularFile(cache)) {
                List<Path> cached = parse(Files.readString(cache));
                if (cached.stream().allMatch(Files::exists)) {
                    return cached;
                }
            }
            progress.accept("Resolving the project's dependencies with Maven (pom.xml is new or changed;"
                + " the first time may download them)...");
            Files.createDirectories(cache.getParent());
            Path output = Files.createTempFile(cache.getParent(), "classpath", ".tmp");
            try {
                runMaven(projectDir, output);
                String classpath = Files.readString(output);
                Files.writeString(cache, classpath);
                return parse(classpath);
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new ClasspathException("Cannot resolve the dependencies of " + pom + ": " + e.getMessage());
        }
    }

    private void runMaven(Path projectDir, Path output) throws IOException, ClasspathException {
        // -Dstyle.color=never: Maven 3.9 colours its output even into a file, and the log ends up in a web page
        List<String> command = List.of(mavenCommand, "-q", "-B", "-Dstyle.color=never", "-f", projectDir.resolve("pom.xml").toString(),
            PLUGIN, "-Dmdep.outputFile=" + output, "-Dmdep.includeScope=runtime");
        Path log = Files.createTempFile(output.getParent(), "maven", ".log");
        Process maven = null;
        try {
            maven = new ProcessBuilder(command).directory(projectDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = maven.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!finished) {
                maven.destroyForcibly();
                throw new ClasspathException("Maven did not resolve the dependencies of pom.xml within "
                    + TIMEOUT_MINUTES + " minutes: " + String.join(" ", command));
            }
            if (maven.exitValue() != 0) {
                // The command suggested only reads: the one run here writes a temporary file under .hotclub/
                throw new ClasspathException("Maven could not resolve the dependencies of pom.xml (exit "
                    + maven.exitValue() + "). Fix pom.xml, or run `" + mavenCommand + " dependency:resolve` in "
                    + projectDir + " to see why. Maven said:\n" + tail(withoutAnsiEscapes(Files.readString(log))));
            }
        } catch (InterruptedException e) {
            maven.destroyForcibly(); // the dev server is stopping: Maven must not outlive it
            Thread.currentThread().interrupt();
            throw new ClasspathException("Interrupted while Maven resolved the dependencies");
        } catch (IOException e) {
            throw new ClasspathException("Cannot run Maven (`" + mavenCommand + "`): " + e.getMessage()
                + ". Install Maven 3.8+ and put `mvn` on the PATH, or set HOTCLUB_MVN.");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Colour codes, should a Maven configuration force them on (MAVEN_OPTS, .mvn/maven.config). */
    static String withoutAnsiEscapes(String text) {
        return ANSI_ESCAPE.matcher(text).replaceAll("");
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** The entries of a class path string (Maven's output, or this JVM's {@code java.class.path}). */
    static List<Path> parse(String classpath) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.strip().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry.strip()));
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
