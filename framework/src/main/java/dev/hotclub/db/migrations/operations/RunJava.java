package dev.hotclub.db.migrations.operations;

import dev.hotclub.db.migrations.MigrationError;
import dev.hotclub.db.migrations.ModelState;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;
import dev.hotclub.db.migrations.Vendor;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A data migration in Java (Django's {@code RunPython}). The code gets the models as they were at this migration
 * (their tables and columns), never the model classes of today, and the migration's connection, inside its
 * transaction:
 * <pre>{@code
 * new RunJava(migration -> {
 *     try (var update = migration.connection().prepareStatement(
 *             "UPDATE " + migration.table("polls", "Choice") + " SET votes = 1")) {
 *         update.executeUpdate();
 *     }
 * }, RunJava.NOOP)
 * }</pre>
 * Without a reverse ({@code new RunJava(code)}) the migration cannot be unapplied.
 */
public record RunJava(Code forwards, Code backwards) implements Operation {
    /** A reverse that does nothing. */
    public static final Code NOOP = migration -> { };

    public RunJava(Code forwards) {
        this(forwards, null);
    }

    /** The code of a data migration; SQLException and other failures roll the migration back. */
    @FunctionalInterface
    public interface Code {
        void run(HistoricalModels migration) throws Exception;
    }

    /** What a data migration sees: the models at that point of history and the connection. */
    public record HistoricalModels(ProjectState state, Connection connection, Vendor vendor) {
        public ModelState model(String app, String model) {
            return state.model(app, model);
        }

        /** The quoted table of a model as it was at this migration. */
        public String table(String app, String model) {
            return vendor.quoteName(state.model(app, model).table());
        }

        /** The quoted column of a field as it was at this migration. */
        public String column(String app, String model, String field) {
            return vendor.quoteName(state.model(app, model).requireField(field).column());
        }
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state;
    }

    @Override
    public void databaseForwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        run(forwards, editor, from);
    }

    @Override
    public void databaseBackwards(String app, SchemaEditor editor, ProjectState from, ProjectState to) {
        if (backwards == null) {
            throw new MigrationError("RunJava has no reverse code, so it cannot be unapplied.");
        }
        run(backwards, editor, to);
    }

    private static void run(Code code, SchemaEditor editor, ProjectState state) {
        if (!editor.executes()) {
            editor.execute("-- (Java code: RunJava runs only against a database)");
            return;
        }
        editor.flushDeferred();
        try {
            code.run(new HistoricalModels(state, editor.connection(), editor.vendor()));
        } catch (SQLException e) {
            throw new MigrationError("RunJava failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationError("RunJava failed: " + e, e);
        }
    }

    @Override
    public boolean reversible() {
        return backwards != null;
    }

    @Override
    public String describe() {
        return "Raw Java operation";
    }

    @Override
    public String toJava() {
        throw new UnsupportedOperationException("RunJava holds code: write it by hand in a migration made with"
                + " makemigrations --empty.");
    }
}
