package dev.hotclub.db.migrations.commands;

import dev.hotclub.db.migrations.MigrationApp;
import dev.hotclub.db.migrations.internal.DatabaseUrl;
import java.nio.file.Path;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * The migration commands of a packaged project ({@code java -jar target/mysite.jar migrate}): {@code migrate},
 * {@code showmigrations} and {@code sqlmigrate} on the database of {@code DATABASE_URL} (default: db.sqlite3 in
 * the project folder). makemigrations needs the sources, so it belongs to {@code ./manage}, not to the jar.
 */
public final class MigrationCommandLine {
    public static final Set<String> COMMANDS = Set.of("migrate", "showmigrations", "sqlmigrate");

    private MigrationCommandLine() {
    }

    public static int run(List<MigrationApp> apps, ClassLoader classLoader, Path baseDir, String command,
                          List<String> args, String databaseUrl, PrintStream out, PrintStream err) {
        DatabaseUrl database;
        try {
            database = databaseUrl == null || databaseUrl.isBlank() ? DatabaseUrl.sqliteIn(baseDir)
                    : DatabaseUrl.parse(databaseUrl);
        } catch (IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
        // The current models come from the ORM once it is merged (ProjectState.fromModels); until then migrate
        // does not compare them with the migrations.
        MigrationContext context = MigrationContext.of(apps, classLoader, null, null, database::open,
                database.vendor());
        return switch (command) {
            case "migrate" -> new MigrateCommand(context, out, err).run(args);
            case "showmigrations" -> new ShowMigrationsCommand(context, out, err).run(args);
            case "sqlmigrate" -> new SqlMigrateCommand(context, out, err).run(args);
            default -> {
                err.println("Unknown command '" + command + "'; the migration commands are " + COMMANDS + ".");
                yield 2;
            }
        };
    }
}
