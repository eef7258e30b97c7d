package dev.hotclub.devserver.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds one pattern to the project's root URLconf, but only when the source has the plain shape the
 * starter has: a single {@code .urls(...)} call whose arguments are {@code path(...)} / {@code rePath(...)}
 * calls (or none, as in a new project), with {@code path} and {@code include} imported statically. Anything else is left untouched and
 * the developer gets the line to add.
 */
final class UrlConfEditor {

    private UrlConfEditor() {
    }

    /** The project's provider source, named by its {@code META-INF/services} file. */
    static Optional<Path> providerSource(Path projectDir) throws IOException {
        return ProviderService.providerClass(projectDir)
            .map(p -> projectDir.resolve("src/main/java").resolve(p.replace('.', '/') + ".java"))
            .filter(Files::isRegularFile);
    }

    /** Appends {@code pattern} to the {@code .urls(...)} arguments of {@code source}; false when not safe. */
    static boolean addPattern(Path source, String pattern) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        boolean imported = text.contains("import static dev.hotclub.urls.Urls.*;")
            || text.contains("import static dev.hotclub.urls.Urls.include;") && text.contains("import static dev.hotclub.urls.Urls.path;");
        int call = text.indexOf(".urls(");
        if (!imported || call < 0 || text.indexOf(".urls(", call + 1) >= 0) {
            return false;
        }
        int open = call + ".urls".length();
        List<int[]> arguments = new ArrayList<>();
        int close = scanArguments(text, open, arguments);
        if (close < 0) {
            return false;
        }
        if (arguments.isEmpty()) {
            // A new project's empty .urls(): the first pattern on its own line, one level deeper than the call
            int lineStart = text.lastIndexOf('\n', call) + 1;
            String indent = text.substring(lineStart, lineStart + leadingWhitespace(text, lineStart, call));
            String edited = text.substring(0, open + 1) + "\n" + indent + "        " + pattern + text.substring(close);
            Files.writeString(source, edited, StandardCharsets.UTF_8);
            return true;
        }
        for (int[] argument : arguments) {
            String item = text.substring(argument[0], argument[1]).strip();
            if (!(item.startsWith("path(") || item.startsWith("rePath(")) || !item.endsWith(")")) {
                return false;
            }
        }
        int[] last = arguments.get(arguments.size() - 1);
        int lastStart = last[0] + leadingWhitespace(text, last[0], last[1]);
        int lastEnd = last[1] - trailingWhitespace(text, last[0], last[1]);
        int lineStart = text.lastIndexOf('\n', lastStart) + 1;
        String indent = text.substring(lineStart, lastStart);
        String insertion = indent.isBlank() ? ",\n" + indent + pattern : ", " + pattern;
        String edited = text.substring(0, lastEnd) + insertion + text.substring(lastEnd);
        Files.writeString(source, edited, StandardCharsets.UTF_8);
        return true;
    }

    /**
     * From the {@code (} at {@code open}, records each top-level argument's [start, end) and returns the index
     * of the matching {@code )}, or -1. Skips string, char and text-block literals and comments.
     */
    private static int scanArguments(String text, int open, List<int[]> arguments) {
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipLiteral(text, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                return -1; // comments inside the URLconf: leave it to the developer
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    if (!text.substring(start, i).isBlank()) {
                        arguments.add(new int[] {start, i});
                    }
                    return i;
                }
            } else if (c == ',' && depth == 1) {
                arguments.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return -1;
    }

    private static int skipLiteral(String text, int at) {
        char quote = text.charAt(at);
        if (text.startsWith("\"\"\"", at)) {
            int end = text.indexOf("\"\"\"", at + 3);
            return end < 0 ? -1 : end + 2;
        }
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static int leadingWhitespace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static int trailingWhitespace(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return to - i;
    }
}
