package dev.hotclub.devserver.classpath;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a project's dependencies come from. The dev server asks again when {@code pom.xml} changes.
 * {@link MavenDependencyClasspath} is the real one; tests pass {@link #none()} and let the project see
 * only what the test JVM already has (the framework from the reactor).
 */
@FunctionalInterface
public interface DependencyClasspath {

    /** The project's runtime dependencies (jars or folders), in class path order. */
    List<Path> resolve(Path projectDir) throws ClasspathException;

    /** No dependencies beyond what the dev server's own class loader holds. */
    static DependencyClasspath none() {
        return projectDir -> List.of();
    }

    /** Raised when the dependencies cannot be resolved; the message says why and what to do. */
    final class ClasspathException extends Exception {
        public ClasspathException(String message) {
            super(message);
        }
    }
}
