package dev.hotclub.devserver.compile;

import java.util.List;

/** What a compilation gave: the complete set of project classes, or the errors to show. */
public sealed interface CompileOutcome {

    /** {@code classes} holds every class of the project; {@code filesCompiled} is how many sources javac saw. */
    record Success(CompiledClasses classes, int filesCompiled) implements CompileOutcome {
    }

    record Failure(List<SourceProblem> errors) implements CompileOutcome {
        public Failure {
            errors = List.copyOf(errors);
        }
    }
}
