package dev.hotclub.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The package order of docs/ARCHITECTURE.md, enforced on the main sources: a package may use the packages of its own
 * layer and of the layers below, never one above; and no package reaches into another package's {@code internal}.
 * Imports and fully qualified names in the code (not in comments) are both checked.
 */
@DisplayName("The framework's package order")
class PackageOrderTest {
    /** Lowest first; the packages of one line may use each other. Keep in step with docs/ARCHITECTURE.md. */
    static final List<List<String>> LAYERS = List.of(
            List.of("utils", "signing", "conf"),
            List.of("urls", "http", "sessions"),
            List.of("templates"),
            List.of("middleware"),
            List.of("db"),
            List.of("forms", "messages"),
            List.of("shortcuts"),
            List.of("views"),
            List.of("auth", "mail"),
            List.of("project"),
            List.of("checks"),
            List.of("handlers"),
            List.of("server"),
            List.of("test"));

    private static final Path MAIN = Path.of("src/main/java/dev/hotclub");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.hotclub\\.((?:[a-z][a-z0-9]*\\.)*)[A-Z]");

    @Test
    @DisplayName("no import runs up the order or into another package's internal")
    void noImportRunsUpTheOrder() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String from = packageOf(file);
                String code = withoutComments(Files.readString(file));
                for (String to : new TreeSet<>(references(code))) {
                    String problem = problem(from, to);
                    if (problem != null) {
                        problems.add(MAIN.relativize(file) + ": " + problem);
                    }
                }
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    @DisplayName("every package of the framework has its place in the order")
    void everyPackageHasAPlace() throws IOException {
        List<String> unplaced = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (layer(dir.getFileName().toString()) < 0) {
                    unplaced.add(dir.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), unplaced);
    }

    @Test
    @DisplayName("the check sees what it must")
    void theCheckItself() {
        assertEquals("http uses project, which is above it", problem("http", "project"));
        assertEquals("server uses http.internal, another package's internal", problem("server", "http.internal"));
        assertEquals(null, problem("urls", "http"));
        assertEquals(null, problem("server.internal.logging", "server.internal"));
        assertEquals(List.of("urls", "http.internal"), references("""
                import dev.hotclub.urls.Resolver;
                x = dev.hotclub.http.internal.HostValidation.check();
                """));
        assertEquals("a   b", withoutComments("a /* dev.hotclub.x.Y */ b// dev.hotclub.z.Q"));
    }

    static String problem(String from, String to) {
        String fromTop = from.split("\\.")[0];
        String toTop = to.split("\\.")[0];
        int internal = to.indexOf("internal");
        if (internal >= 0) {
            String owner = internal == 0 ? "" : to.substring(0, internal - 1);
            if (!from.equals(owner) && !from.startsWith(owner + ".")) {
                return from + " uses " + to + ", another package's internal";
            }
        }
        if (layer(toTop) > layer(fromTop)) {
            return from + " uses " + toTop + ", which is above it";
        }
        return null;
    }

    private static int layer(String top) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(top)) {
                return i;
            }
        }
        return -1;
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
    }

    static List<String> references(String code) {
        List<String> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            String pkg = m.group(1);
            found.add(pkg.isEmpty() ? "" : pkg.substring(0, pkg.length() - 1));
        }
        return found;
    }

    // Comments mention packages freely ({@link dev.hotclub...}); string literals are kept (Class.forName would show).
    static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", "");
    }

}
