package dev.hotclub.devserver.reload;

import dev.hotclub.devserver.compile.SourceProblem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What the dev server prints: Django's runserver wording where there is one. */
public final class Console {

    private static final DateTimeFormatter BANNER_DATE = DateTimeFormatter.ofPattern("MMMM dd, yyyy - HH:mm:ss", Locale.ENGLISH);

    private final PrintStream out;
    private final Path projectDir;

    public Console(PrintStream out, Path projectDir) {
        this.out = out;
        this.projectDir = projectDir;
    }

    public void watching() {
        out.println("Watching for file changes with directory-watcher");
        out.println("Performing system checks...");
        out.println();
    }

    /** Django's "System check identified ..." block: the URL checks' warnings. */
    public void checks(List<String> warnings) {
        if (warnings.isEmpty()) {
            out.println("System check identified no issues (0 silenced).");
            return;
        }
        out.println("System check identified some issues:");
        out.println();
        out.println("WARNINGS:");
        warnings.forEach(out::println);
        out.println();
        out.println("System check identified " + warnings.size() + (warnings.size() == 1 ? " issue" : " issues")
            + " (0 silenced).");
    }

    /** The migration lines ({@code You have 2 unapplied migrations: ...}), after the checks as Django prints them. */
    public void notices(List<String> notices) {
        if (notices.isEmpty()) {
            return;
        }
        out.println();
        notices.forEach(out::println);
        out.flush();
    }

    public void banner(String version, String project, String address) {
        out.println(ZonedDateTime.now().format(BANNER_DATE));
        out.println("Hotclub version " + version + ", using project '" + project + "'");
        out.println("Starting development server at " + address);
        out.println("Quit the server with CONTROL-C.");
        out.flush();
    }

    public void reloaded(long millis, int filesCompiled, List<String> newWarnings) {
        out.println("Reloaded in " + millis + " ms (" + filesCompiled + (filesCompiled == 1 ? " file" : " files")
            + " compiled)");
        if (!newWarnings.isEmpty()) {
            checks(newWarnings);
        }
        out.flush();
    }

    public void failed(ReloadFailure failure) {
        out.println(failure.title() + ":");
        for (SourceProblem problem : failure.problems()) {
            String where = problem.location(projectDir);
            out.println(where.isEmpty() ? problem.message() : where + ": " + problem.message());
            long number = problem.excerpt().firstLine();
            for (String line : problem.excerpt().lines()) {
                out.printf("%s %4d | %s%n", number == problem.line() ? ">" : " ", number, line);
                if (number == problem.line() && problem.column() > 0) {
                    out.println("       | " + " ".repeat((int) problem.column() - 1) + "^");
                }
                number++;
            }
        }
        if (!failure.stackTrace().isEmpty()) {
            out.print(failure.stackTrace());
        }
        out.println("Waiting for the next save; every page shows this error until then.");
        out.flush();
    }

    public void message(String text) {
        out.println(text);
        out.flush();
    }
}
