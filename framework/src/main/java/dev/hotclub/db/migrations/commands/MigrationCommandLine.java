package dev.hotclub.db.migrations.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * The migration commands of a packaged project ({@code java -jar target/mysite.jar migrate}): {@code migrate},
 * {@code showmigrations} and {@code sqlmigrate} on the project's default database ({@code DATABASE_URL}, default
 * db.sqlite3 in the project folder), with the project's models now, so {@code migrate} says when they have changes
 * no migration holds. makemigrations needs the sources, so it belongs to {@code ./manage}, not to the jar.
 */
public final class MigrationCommandLine {
    public static final Set<String> COMMANDS = Set.of("migrate", "showmigrations", "sqlmigrate");

    private MigrationCommandLine() {
    }

    public static int run(MigrationContext context, String command, List<String> args, PrintStream out,
                          PrintStream err) {
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
