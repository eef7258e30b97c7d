package dev.hotclub.db.migrations.commands;

import dev.hotclub.db.migrations.Autodetector;
import dev.hotclub.db.migrations.Migration;
import dev.hotclub.db.migrations.MigrationError;
import dev.hotclub.db.migrations.MigrationExecutor;
import dev.hotclub.db.migrations.MigrationExecutor.Options;
import dev.hotclub.db.migrations.MigrationExecutor.Step;
import dev.hotclub.db.migrations.MigrationExecutor.Target;
import dev.hotclub.db.migrations.MigrationLoader;
import dev.hotclub.db.migrations.Operation;
import dev.hotclub.db.migrations.Questioner;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code migrate [APP [MIGRATION|zero]] [--plan] [--fake] [--fake-initial]}: applies (or unapplies down to a
 * named migration or {@code zero}) in dependency order, with Django's output. Returns the exit code.
 */
public final class MigrateCommand {
    private final MigrationContext context;
    private final PrintStream out;
    private final PrintStream err;

    public MigrateCommand(MigrationContext context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        List<String> positional = new ArrayList<>();
        boolean plan = false, fake = false, fakeInitial = false;
        for (String arg : args) {
            switch (arg) {
                case "--plan" -> plan = true;
                case "--fake" -> fake = true;
                case "--fake-initial" -> fakeInitial = true;
                case "--noinput", "--no-input" -> { }
                default -> {
                    if (arg.startsWith("-")) {
                        err.println("migrate: unknown option " + arg + ". Options: --plan, --fake, --fake-initial.");
                        return 2;
                    }
                    positional.add(arg);
                }
            }
        }
        if (positional.size() > 2) {
            err.println("migrate takes at most an app label and a migration name, not " + positional + ".");
            return 2;
        }
        try (Connection connection = context.database().open()) {
            MigrationLoader loader = context.loader().get();
            MigrationExecutor executor = new MigrationExecutor(connection, loader);
            executor.checkNoConflicts();
            List<Target> targets;
            String heading;
            if (positional.isEmpty()) {
                targets = executor.latestTargets();
                heading = "  Apply all migrations: " + String.join(", ", loader.graph().apps());
            } else {
                String app = positional.get(0);
                loader.app(app);
                if (loader.graph().appNodes(app).isEmpty()) {
                    err.println("CommandError: App '" + app + "' does not have migrations.");
                    return 1;
                }
                if (positional.size() == 1) {
                    targets = loader.graph().leafNodes(app).stream().map(k -> new Target(app, k.name())).toList();
                    heading = "  Apply all migrations: " + app;
                } else if (positional.get(1).equals("zero")) {
                    targets = List.of(Target.zero(app));
                    heading = "  Unapply all migrations: " + app;
                } else {
                    Migration.Key key = loader.byPrefix(app, positional.get(1));
                    targets = List.of(new Target(app, key.name()));
                    heading = "  Target specific migration: " + key.name() + ", from " + app;
                }
            }
            if (plan) {
                printPlan(executor.plan(targets, executor.applied()));
                return 0;
            }
            out.println("Operations to perform:");
            out.println(heading);
            out.println("Running migrations:");
            boolean[] running = {false};
            List<MigrationExecutor.Progress> done;
            try {
                done = executor.migrate(targets, new Options(fake, fakeInitial), step -> {
                    out.print("  " + (step.backwards() ? "Unapplying " : "Applying ") + step.migration().key()
                            + "...");
                    out.flush();
                    running[0] = true;
                }, progress -> {
                    out.println(" " + progress.outcome());
                    running[0] = false;
                });
            } finally {
                if (running[0]) {
                    out.println();
                }
            }
            if (done.isEmpty()) {
                out.println("  No migrations to apply.");
                warnAboutUnmigratedChanges(loader);
            }
            if (context.postMigrate() != null) {
                context.postMigrate().run(connection);
            }
            return 0;
        } catch (MigrationError | IllegalArgumentException e) {
            err.println("CommandError: " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            err.println("CommandError: the database failed: " + e.getMessage());
            return 1;
        }
    }

    private void printPlan(List<Step> steps) {
        out.println("Planned operations:");
        if (steps.isEmpty()) {
            out.println("  No planned migration operations.");
        }
        for (Step step : steps) {
            out.println(step.migration().key());
            List<Operation> operations = new ArrayList<>(step.migration().operations());
            if (step.backwards()) {
                java.util.Collections.reverse(operations);
            }
            for (Operation operation : operations) {
                String line = (step.backwards() ? "Undo " : "") + operation.describe();
                if (step.backwards() && !operation.reversible()) {
                    line += " -> IRREVERSIBLE";
                }
                out.println("    " + line);
            }
        }
    }

    /** Django's reminder when models have changes that no migration holds. */
    private void warnAboutUnmigratedChanges(MigrationLoader loader) {
        if (context.currentModels() == null) {
            return;
        }
        Set<String> apps = new TreeSet<>(new Autodetector(loader.migratedState(), context.currentModels().get(),
                Questioner.detecting()).changes(Set.of()).keySet());
        if (!apps.isEmpty()) {
            out.println("  Your models in app(s): '" + String.join("', '", apps) + "' have changes that are not yet"
                    + " reflected in a migration, and so won't be applied.");
            out.println("  Run './manage makemigrations' to make new migrations, and then re-run"
                    + " './manage migrate' to apply them.");
        }
    }
}
