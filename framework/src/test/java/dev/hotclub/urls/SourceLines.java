package dev.hotclub.urls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The line of a test's own source marked {@code // @marker}, so that tests can assert the exact
 * {@code File.java:N} that errors and warnings name without hard-coding N (which any edit above would move).
 * Maven runs the tests from the module's folder, where {@code src/test/java} is.
 */
final class SourceLines {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private SourceLines() {
    }

    /** {@code BuildErrorsTest.java:41}: the caller's file and the line marked {@code // @marker} in it. */
    static String site(String marker) {
        StackWalker.StackFrame caller = WALKER.walk(frames -> frames
                .filter(f -> f.getDeclaringClass() != SourceLines.class).findFirst().orElseThrow());
        return caller.getFileName() + ":" + line(caller.getDeclaringClass(), caller.getFileName(), marker);
    }

    private static int line(Class<?> caller, String fileName, String marker) {
        String relative = "src/test/java/" + caller.getPackageName().replace('.', '/') + "/" + fileName;
        Path source = Path.of(relative);
        if (!Files.exists(source)) {
            source = Path.of("framework", relative); // run from the repository root, as some IDEs do
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source.toAbsolutePath() + " to find // @" + marker, e);
        }
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = line.indexOf("// @" + marker);
            if (at >= 0 && (line.length() == at + 4 + marker.length()
                    || !Character.isJavaIdentifierPart(line.charAt(at + 4 + marker.length())))) {
                if (found >= 0) {
                    throw new IllegalStateException("// @" + marker + " marks two lines of " + fileName);
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("No line of " + fileName + " is marked // @" + marker);
        }
        return found;
    }
}
