package dev.hotclub.devserver.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a compilation gave: the complete set of project classes, or the errors to show. */
public sealed interface CompileOutcome {

    /**
     * {@code classes} holds every class of the project; {@code filesCompiled} is how many sources javac saw;
     * {@code sourceTexts} is the text of each source those classes were compiled from, as javac read it
     * (the file on disk may have changed since).
     */
    record Success(CompiledClasses classes, int filesCompiled, Map<Path, String> sourceTexts) implements CompileOutcome {
        public Success {
            sourceTexts = Map.copyOf(sourceTexts);
        }
    }

    record Failure(List<SourceProblem> errors) implements CompileOutcome {
        public Failure {
            errors = List.copyOf(errors);
        }
    }
}
