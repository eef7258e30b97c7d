package dev.hotclub.db.migrations.commands;

import dev.hotclub.db.migrations.Migration;
import dev.hotclub.db.migrations.MigrationApp;
import dev.hotclub.db.migrations.MigrationError;
import dev.hotclub.db.migrations.MigrationLoader;
import dev.hotclub.db.migrations.MigrationRecorder;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** {@code showmigrations [APP...]}: each app's migrations, {@code [X]} applied, {@code [ ]} not. */
public final class ShowMigrationsCommand {
    private final MigrationContext context;
    private final PrintStream out;
    private final PrintStream err;

    public ShowMigrationsCommand(MigrationContext context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        try (Connection connection = context.database().open()) {
            MigrationLoader loader = context.loader().get();
            Set<Migration.Key> applied = new MigrationRecorder(connection).applied();
            for (String label : args) {
                loader.app(label);
            }
            for (MigrationApp app : loader.apps()) {
                if (!args.isEmpty() && !args.contains(app.label())) {
                    continue;
                }
                out.println(app.label());
                List<Migration.Key> keys = loader.graph().appNodes(app.label());
                if (keys.isEmpty()) {
                    out.println(" (no migrations)");
                }
                for (Migration.Key key : keys) {
                    out.println(" [" + (applied.contains(key) ? "X" : " ") + "] " + key.name());
                }
            }
            return 0;
        } catch (MigrationError e) {
            err.println("CommandError: " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            err.println("CommandError: the database failed: " + e.getMessage());
            return 1;
        }
    }
}
