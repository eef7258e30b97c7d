package dev.hotclub.devserver.reload;

import dev.hotclub.devserver.compile.SourceProblem;
import java.util.List;

/**
 * Why the current sources cannot be served: compile errors, or an exception while building the
 * project. Shown on the console once and on every page until the next good save.
 *
 * @param title      "Compile error", "Error while building the project", ...
 * @param problems   each with its file, line, column, message and source excerpt
 * @param stackTrace the exception's stack trace, or empty
 */
public record ReloadFailure(String title, List<SourceProblem> problems, String stackTrace) {
    public ReloadFailure {
        problems = List.copyOf(problems);
        stackTrace = stackTrace == null ? "" : stackTrace;
    }
}
