package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.ConstraintState;
import dev.hotclub.db.migrations.IndexState;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.stream.Collectors;

/** Java source for the Meta values operations carry. */
final class OperationSource {
    private OperationSource() {
    }

    static String index(IndexState index) {
        return "index(" + JavaLiterals.string(index.name()) + ", "
                + index.fields().stream().map(JavaLiterals::string).collect(Collectors.joining(", ")) + ")";
    }

    static String constraint(ConstraintState constraint) {
        if (constraint instanceof ConstraintState.Check check) {
            return "check(" + JavaLiterals.string(check.name()) + ", " + JavaLiterals.string(check.condition()) + ")";
        }
        ConstraintState.Unique unique = (ConstraintState.Unique) constraint;
        return "unique(" + JavaLiterals.string(unique.name()) + ", "
                + unique.fields().stream().map(JavaLiterals::string).collect(Collectors.joining(", ")) + ")";
    }
}
