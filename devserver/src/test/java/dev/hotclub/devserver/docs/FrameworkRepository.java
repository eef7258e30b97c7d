package dev.hotclub.devserver.docs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * A local Maven repository for building a generated project offline with the framework under test: the
 * developer's repository (plugins, JUnit, Undertow...) seen through symbolic links, except {@code dev/hotclub},
 * which holds this build's framework jar and poms. Nothing is installed into the developer's repository.
 */
final class FrameworkRepository {
    private static final Path CHECKOUT = Path.of("").toAbsolutePath().getParent(); // Maven runs these tests in devserver/

    private FrameworkRepository() {
    }

    /** The developer's local repository: the one Maven ran these tests with. */
    static Path developersRepository() {
        String configured = System.getProperty("hotclub.test.localRepository");
        return configured != null && !configured.startsWith("${") ? Path.of(configured)
            : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** Lays the repository out in {@code dir}, for the framework of {@code version}; returns {@code dir}. */
    static Path create(Path dir, String version) throws IOException {
        Path developers = developersRepository();
        Files.createDirectories(dir);
        try (Stream<Path> groups = Files.list(developers)) {
            for (Path group : (Iterable<Path>) groups::iterator) {
                if (!group.getFileName().toString().equals("dev")) {
                    Files.createSymbolicLink(dir.resolve(group.getFileName().toString()), group);
                }
            }
        }
        Path dev = Files.createDirectories(dir.resolve("dev"));
        if (Files.isDirectory(developers.resolve("dev"))) {
            try (Stream<Path> groups = Files.list(developers.resolve("dev"))) {
                for (Path group : (Iterable<Path>) groups::iterator) {
                    if (!group.getFileName().toString().equals("hotclub")) {
                        Files.createSymbolicLink(dev.resolve(group.getFileName().toString()), group);
                    }
                }
            }
        }
        Path parent = Files.createDirectories(dev.resolve("hotclub/hotclub-parent").resolve(version));
        Files.copy(CHECKOUT.resolve("pom.xml"), parent.resolve("hotclub-parent-" + version + ".pom"));
        Path framework = Files.createDirectories(dev.resolve("hotclub/hotclub-framework").resolve(version));
        Files.copy(CHECKOUT.resolve("framework/pom.xml"), framework.resolve("hotclub-framework-" + version + ".pom"));
        Path jar = framework.resolve("hotclub-framework-" + version + ".jar");
        Path built = frameworkOnClassPath();
        if (Files.isDirectory(built)) {
            ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow();
            int status = tool.run(System.out, System.err, "--create", "--file", jar.toString(), "-C", built.toString(), ".");
            if (status != 0) {
                throw new IOException("jar failed on " + built + ": status " + status);
            }
        } else {
            Files.copy(built, jar);
        }
        return dir;
    }

    /** This build's framework: its jar in a reactor's package phase or from the repository, else its classes. */
    private static Path frameworkOnClassPath() throws IOException {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName().toString().startsWith("hotclub-framework-") && entry.endsWith(".jar")
                    || path.endsWith(Path.of("framework", "target", "classes"))) {
                return path;
            }
        }
        throw new IOException("The framework is not on the test class path: " + System.getProperty("java.class.path"));
    }
}
