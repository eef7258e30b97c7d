package dev.hotclub.devserver.cli;

import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.Databases;
import dev.hotclub.db.migrations.commands.MakeMigrationsCommand;
import dev.hotclub.db.migrations.commands.MigrateCommand;
import dev.hotclub.db.migrations.commands.MigrationContext;
import dev.hotclub.db.migrations.commands.ShowMigrationsCommand;
import dev.hotclub.db.migrations.commands.SqlMigrateCommand;
import dev.hotclub.devserver.DevServer;
import dev.hotclub.devserver.classpath.MavenDependencyClasspath;
import dev.hotclub.devserver.reload.GenerationFactory;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectMigrations;
import dev.hotclub.project.ProjectProvider;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code makemigrations}, {@code migrate}, {@code showmigrations}, {@code sqlmigrate}: Django's migration commands
 * on the project as runserver compiles it (its models and migrations from {@code src/main/java}), on the database of
 * {@code DATABASE_URL} (default {@code db.sqlite3} in the project's folder, the one runserver uses).
 * makemigrations writes under {@code src/main/java/<app package>/migrations/}.
 */
final class MigrationCommand implements Command {
    private final String name;
    private final String arguments;
    private final String summary;

    private MigrationCommand(String name, String arguments, String summary) {
        this.name = name;
        this.arguments = arguments;
        this.summary = summary;
    }

    static List<Command> all() {
        return List.of(
                new MigrationCommand("makemigrations", "[APP ...]",
                        "Creates new migrations based on the changes detected to your models."),
                new MigrationCommand("migrate", "[APP [MIGRATION]]",
                        "Updates database schema. Manages both apps with migrations and those without."),
                new MigrationCommand("showmigrations", "[APP ...]",
                        "Shows all available migrations for the current project."),
                new MigrationCommand("sqlmigrate", "APP MIGRATION",
                        "Prints the SQL statements for the named migration."));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String arguments() {
        return arguments;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String help() {
        String options = switch (name) {
            case "makemigrations" -> """
                      --name NAME           Use this name for migration file(s).
                      --empty               Create an empty migration.
                      --dry-run             Just show what migrations would be made; don't actually write them.
                      --check               Exit with a non-zero status if model changes are missing migrations.
                      --merge               Enable fixing of migration conflicts.
                      --noinput             Do NOT prompt the user for input of any kind.
                    """;
            case "migrate" -> """
                      --plan                Shows a list of the migration actions that will be performed.
                      --fake                Mark migrations as run without actually running them.
                      --fake-initial        Detect if tables already exist and fake-apply initial migrations if so.
                    """;
            case "sqlmigrate" -> """
                      --backwards           Creates SQL to unapply the migration, rather than to apply it
                    """;
            default -> "";
        };
        return summary + "\n\noptions:\n  -h, --help            show this help message and exit\n" + options
                + "\nSee docs/MIGRATIONS.md." + (name.equals("makemigrations") ? ""
                : " In production: java -jar target/NAME.jar " + name + ".") + "\n";
    }

    @Override
    public int run(Context context, List<String> args) throws Exception {
        return onProject(context, name, (project, projectDir) -> run(
                ProjectMigrations.context(project, projectDir.resolve("src/main/java")), args, context));
    }

    /** What a command does with the project as runserver compiles it, and its folder; returns the exit status. */
    @FunctionalInterface
    interface ProjectWork {
        int run(Project project, java.nio.file.Path projectDir);
    }

    /**
     * Compiles the project in {@code context} as runserver does, points the ORM at its database (DATABASE_URL,
     * relative SQLite paths under the project's folder) and runs {@code work} on it.
     */
    static int onProject(Context context, String name, ProjectWork work) throws CommandError {
        if (context.project() == null || !Files.isDirectory(context.project().resolve("src/main/java"))) {
            throw new CommandError("No project here: run " + context.program() + " " + name + " in a project's folder.");
        }
        AtomicInteger status = new AtomicInteger(-1);
        GenerationFactory commandRunner = (loader, projectDir, resourcesDir, liveReload) -> {
            Project project = ProjectProvider.findDefinedBy(loader).project().withBaseDir(projectDir);
            // The database runserver uses: relative SQLite paths under the project's folder.
            Databases.configure(DatabaseSettings.from(project.settings()), projectDir);
            status.set(work.run(project, projectDir));
            return new GenerationFactory.Built(project.name(), exchange -> exchange.setStatusCode(503), List.of(), () -> { });
        };
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        DevServer server = DevServer.start(new DevServer.Options(context.project(), "127.0.0.1", 0,
                new MavenDependencyClasspath(context.out()::println), new PrintStream(console, true, StandardCharsets.UTF_8),
                line -> { }, commandRunner, Duration.ofMinutes(1)));
        server.close();
        if (status.get() < 0) {
            context.err().print(console.toString(StandardCharsets.UTF_8));
            throw new CommandError("The project does not build (see above): fix it, then run " + name + " again.");
        }
        return status.get();
    }

    private int run(MigrationContext migrations, List<String> args, Context context) {
        PrintStream out = context.out();
        PrintStream err = context.err();
        return switch (name) {
            case "makemigrations" -> new MakeMigrationsCommand(migrations,
                    new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)), out, err).run(args);
            case "migrate" -> new MigrateCommand(migrations, out, err).run(args);
            case "showmigrations" -> new ShowMigrationsCommand(migrations, out, err).run(args);
            default -> new SqlMigrateCommand(migrations, out, err).run(args);
        };
    }
}
