package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.MigrationError;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.internal.JavaLiterals;

import java.util.List;

/**
 * Runs SQL the autodetector cannot write: {@code new RunSQL("UPDATE ...", "UPDATE ...")} with the SQL that undoes
 * it, or {@code RunSQL.irreversible("...")}, which stops a backwards migrate with a clear message. Pass
 * {@link #NOOP} as the reverse when undoing needs nothing. Each argument may hold one statement.
 */
public record RunSQL(List<String> sql, List<String> reverseSql) implements Operation {
    /** A reverse that does nothing: the migration can be unapplied. */
    public static final String NOOP = "";

    public RunSQL {
        sql = List.copyOf(sql);
        reverseSql = reverseSql == null ? null : List.copyOf(reverseSql);
    }

    public RunSQL(String sql, String reverseSql) {
        this(List.of(sql), reverseSql.isEmpty() ? List.of() : List.of(reverseSql));
    }

    public static RunSQL irreversible(String... sql) {
        return new RunSQL(List.of(sql), null);
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state;
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        sql.forEach(editor::execute);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        if (reverseSql == null) {
            throw new MigrationError("RunSQL has no reverse SQL, so it cannot be unapplied.");
        }
        reverseSql.forEach(editor::execute);
    }

    @Override
    public boolean reversible() {
        return reverseSql != null;
    }

    @Override
    public String describe() {
        return "Raw SQL operation";
    }

    @Override
    public String toJava() {
        if (reverseSql == null) {
            return "RunSQL.irreversible(" + String.join(", ", sql.stream().map(JavaLiterals::string).toList()) + ")";
        }
        return "new RunSQL(" + JavaLiterals.strings(sql) + ", " + JavaLiterals.strings(reverseSql) + ")";
    }
}
