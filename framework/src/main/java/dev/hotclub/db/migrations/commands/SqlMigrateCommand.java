package dev.hotclub.db.migrations.commands;

import dev.hotclub.db.migrations.Migration;
import dev.hotclub.db.migrations.MigrationError;
import dev.hotclub.db.migrations.MigrationLoader;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.ProjectState;
import dev.hotclub.db.migrations.SchemaEditor;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sqlmigrate APP MIGRATION [--backwards]}: prints the SQL a migration runs on the project's database
 * vendor, between BEGIN and COMMIT, each operation under its description, as Django's does. It reads no database.
 */
public final class SqlMigrateCommand {
    private final MigrationContext context;
    private final PrintStream out;
    private final PrintStream err;

    public SqlMigrateCommand(MigrationContext context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        boolean backwards = args.contains("--backwards");
        List<String> positional = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (positional.size() != 2) {
            err.println("Usage: sqlmigrate APP MIGRATION [--backwards]  (for example: sqlmigrate polls 0001)");
            return 2;
        }
        try {
            MigrationLoader loader = context.loader().get();
            String app = positional.get(0);
            loader.app(app);
            if (loader.graph().appNodes(app).isEmpty()) {
                err.println("CommandError: App '" + app + "' does not have migrations");
                return 1;
            }
            Migration migration = loader.graph().migration(loader.byPrefix(app, positional.get(1)));
            ProjectState before = loader.graph().stateBefore(migration.key());
            out.println("BEGIN;");
            List<Operation> operations = migration.operations();
            List<ProjectState> states = new ArrayList<>(List.of(before));
            for (Operation operation : operations) {
                states.add(operation.stateForwards(app, states.get(states.size() - 1)));
            }
            // With a database at hand, constraint names come from it (as Django's sqlmigrate reads them).
            try (java.sql.Connection connection = context.database() == null ? null : context.database().open()) {
                print(loader, app, operations, states, SchemaEditor.collecting(context.vendor(), connection),
                        backwards);
            }
            return 0;
        } catch (java.sql.SQLException e) {
            err.println("CommandError: the database failed: " + e.getMessage());
            return 1;
        } catch (MigrationError | IllegalArgumentException e) {
            err.println("CommandError: " + e.getMessage());
            return 1;
        }
    }

    private void print(MigrationLoader loader, String app, List<Operation> operations, List<ProjectState> states, SchemaEditor editor,
                       boolean backwards) {
        int printed = 0;
        for (int step = 0; step < operations.size(); step++) {
            int i = backwards ? operations.size() - 1 - step : step;
            Operation operation = operations.get(i);
            out.println("--");
            out.println("-- " + (backwards ? "Undo " : "") + operation.describe());
            out.println("--");
            if (backwards && !operation.reversible()) {
                out.println("-- THIS OPERATION IS NOT REVERSIBLE");
                continue;
            }
            if (loader.swappedOut(operation)) {
                out.println("-- (no SQL: the project swapped this model for its own, "
                        + ((dev.hotclub.db.migrations.operations.CreateModel) operation).swappable() + ")");
                continue;
            }
            if (backwards) {
                operation.databaseBackwards(app, editor, states.get(i + 1), states.get(i));
            } else {
                operation.databaseForwards(app, editor, states.get(i), states.get(i + 1));
            }
            printed = flush(editor, printed);
        }
        editor.flushDeferred();
        flush(editor, printed);
        out.println("COMMIT;");
    }

    private int flush(SchemaEditor editor, int printed) {
        List<String> sql = editor.collectedSql();
        for (int i = printed; i < sql.size(); i++) {
            out.println(sql.get(i));
        }
        return sql.size();
    }
}
