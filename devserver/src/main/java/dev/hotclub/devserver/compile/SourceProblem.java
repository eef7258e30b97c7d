package dev.hotclub.devserver.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One error to show a developer: where it is (file, line, column; 0 when unknown) and what it says,
 * with the source lines around it so the console and the browser can show the code in question.
 */
public record SourceProblem(Path file, long line, long column, String message, Excerpt excerpt) {

    /** Source lines {@code firstLine..firstLine+lines.size()-1} around the problem (1-based). */
    public record Excerpt(long firstLine, List<String> lines) {
        public static final Excerpt NONE = new Excerpt(0, List.of());
    }

    private static final int CONTEXT_LINES = 3;

    public SourceProblem {
        excerpt = excerpt == null ? Excerpt.NONE : excerpt;
    }

    /** A problem at {@code line} of {@code text}, with a few lines of context cut from it. */
    public static SourceProblem in(Path file, String text, long line, long column, String message) {
        return new SourceProblem(file, line, column, message, excerptOf(text, line));
    }

    /** A problem at {@code line} of {@code file}, reading the context from disk (none if unreadable). */
    public static SourceProblem at(Path file, long line, long column, String message) {
        String text;
        try {
            text = file == null ? "" : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            text = "";
        }
        return in(file, text, line, column, message);
    }

    /** A problem with no place in the sources (a missing provider, a failing Maven resolution). */
    public static SourceProblem general(String message) {
        return new SourceProblem(null, 0, 0, message, Excerpt.NONE);
    }

    private static Excerpt excerptOf(String text, long line) {
        if (text == null || text.isEmpty() || line <= 0) {
            return Excerpt.NONE;
        }
        List<String> all = text.lines().toList();
        int from = (int) Math.max(1, line - CONTEXT_LINES);
        int to = (int) Math.min(all.size(), line + CONTEXT_LINES);
        if (from > to) {
            return Excerpt.NONE;
        }
        return new Excerpt(from, List.copyOf(all.subList(from - 1, to)));
    }

    /** {@code src/main/java/greetings/Views.java:12:9: error text}, relative to {@code base} when possible. */
    public String location(Path base) {
        if (file == null) {
            return "";
        }
        Path shown = base != null && file.startsWith(base) ? base.relativize(file) : file;
        StringBuilder where = new StringBuilder(shown.toString());
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.toString();
    }
}
