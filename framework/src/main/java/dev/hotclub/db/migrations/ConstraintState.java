package dev.hotclub.db.migrations;

import java.util.List;

/**
 * One entry of a model's {@code Meta.constraints}: a named unique constraint over fields, or a named check constraint
 * whose condition is SQL over the table's columns (for example {@code "score" >= 0}).
 */
public sealed interface ConstraintState {
    String name();

    record Unique(String name, List<String> fields) implements ConstraintState {
        public Unique {
            fields = List.copyOf(fields);
        }
    }

    record Check(String name, String condition) implements ConstraintState {
    }

    static Unique unique(String name, String... fields) {
        return new Unique(name, List.of(fields));
    }

    static Check check(String name, String condition) {
        return new Check(name, condition);
    }
}
