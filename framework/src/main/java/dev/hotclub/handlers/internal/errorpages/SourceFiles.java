package dev.hotclub.handlers.internal.errorpages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the user's source file of a stack frame, so the debug 500 page can show the lines around it. */
final class SourceFiles {
    private static final List<String> LIBRARY_PREFIXES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
            "io.undertow.", "org.xnio.", "org.jboss.", "freemarker.", "com.fasterxml.", "dev.hotclub.http.",
            "dev.hotclub.urls.", "dev.hotclub.templates.", "dev.hotclub.project.", "dev.hotclub.server.",
            "dev.hotclub.test.", "dev.hotclub.devserver.", "org.junit.");

    private final List<Path> roots;

    SourceFiles(Path baseDir) {
        this.roots = List.of(baseDir.resolve("src/main/java"), baseDir.resolve("src/test/java"));
    }

    /** Whether the frame belongs to the user's code rather than the JDK, a library or the framework. */
    static boolean isUserFrame(StackTraceElement frame) {
        String cls = frame.getClassName();
        return LIBRARY_PREFIXES.stream().noneMatch(cls::startsWith);
    }

    /** The file's lines, when the frame is the user's and its source is under {@code src/main/java} or {@code src/test/java}. */
    Optional<List<String>> linesOf(StackTraceElement frame) {
        if (!isUserFrame(frame) || frame.getFileName() == null || frame.getLineNumber() <= 0) {
            return Optional.empty();
        }
        String cls = frame.getClassName();
        int dot = cls.lastIndexOf('.');
        String folder = dot < 0 ? "" : cls.substring(0, dot).replace('.', '/');
        for (Path root : roots) {
            Path file = root.resolve(folder).resolve(frame.getFileName());
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readAllLines(file));
                } catch (IOException | UncheckedIOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
