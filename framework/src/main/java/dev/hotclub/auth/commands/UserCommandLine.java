package dev.hotclub.auth.commands;

import dev.hotclub.auth.models.AbstractUser;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.validators.PasswordValidators;
import dev.hotclub.conf.ImproperlyConfigured;
import dev.hotclub.conf.Settings;
import dev.hotclub.db.Database;
import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.Databases;
import dev.hotclub.db.migrations.SchemaIntrospector;
import dev.hotclub.db.models.ModelMeta;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code createsuperuser} and {@code changepassword} on a project (its settings), as {@code ./manage}, {@code ./hotclub} and the
 * project's jar run them: on the project's user model (AUTH_USER_MODEL) and hashers, with startproject's password
 * validators, on the default database or the one {@code --database} names. When the user table is not there, the
 * command says to run {@code migrate} first, as the caller spells it.
 */
public final class UserCommandLine {
    public static final Set<String> COMMANDS = Set.of("createsuperuser", "changepassword");

    /** What a command line needs besides the project: how to ask, where to print, the environment. */
    public record Io(Terminal terminal, PrintStream out, PrintStream err, Map<String, String> env) {
    }

    private UserCommandLine() {
    }

    /** The arguments in a list of commands (the options are in each command's help). */
    public static String arguments(String command) {
        return command.equals("createsuperuser") ? "[options]" : "[USERNAME]";
    }

    public static String summary(String command) {
        return command.equals("createsuperuser") ? "Used to create a superuser."
                : "Change a user's password for django.contrib.auth.";
    }

    /**
     * Runs {@code command} with {@code args} on the project of {@code settings} and returns the exit status.
     *
     * @param migrate how the caller's users run migrate ({@code ./manage migrate}, {@code java -jar mysite.jar migrate})
     * @param baseDir the project's folder, under which relative SQLite paths are
     */
    public static int run(Settings settings, Path baseDir, String migrate, String command, List<String> args, Io io) {
        List<String> rest = new ArrayList<>();
        String database = DatabaseSettings.DEFAULT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--database")) {
                if (i + 1 >= args.size()) {
                    io.err().println("CommandError: --database needs a database alias (default).");
                    return 2;
                }
                database = args.get(++i);
            } else if (arg.startsWith("--database=")) {
                database = arg.substring("--database=".length());
            } else {
                rest.add(arg);
            }
        }
        try {
            Database target = Databases.get(database);
            if (!database.equals(DatabaseSettings.DEFAULT)) {
                // The ORM works on the default database: for this command, that is the one asked for.
                String url = target.url().path() != null ? "sqlite:///" + target.url().path().toAbsolutePath()
                        : target.url().given();
                DatabaseSettings databases = Databases.settings();
                Databases.configure(new DatabaseSettings(Map.of(DatabaseSettings.DEFAULT, url), databases.atomicRequests(),
                        databases.poolSize()), baseDir);
            }
            UserModel<? extends AbstractUser> users = UserModel.of(settings);
            String table = ModelMeta.of(users.modelClass()).dbTable();
            if (!hasTable(Databases.defaultDatabase(), table)) {
                io.err().println("CommandError: The table " + table + " of the user model (" + users.modelClass().getSimpleName()
                        + ") is not in the database '" + database + "' (" + target.url().display() + "). Run "
                        + migrate + " first: it creates the auth tables.");
                return 1;
            }
            PasswordValidators validators = PasswordValidators.defaults();
            return switch (command) {
                case "createsuperuser" -> new CreateSuperuserCommand(users, validators, io.terminal(), io.out(), io.err(),
                        io.env()).run(rest);
                case "changepassword" -> new ChangePasswordCommand(users, validators, io.terminal(), io.out(), io.err())
                        .run(rest);
                default -> {
                    io.err().println("Unknown command '" + command + "'; the user commands are " + COMMANDS + ".");
                    yield 2;
                }
            };
        } catch (ImproperlyConfigured e) {
            io.err().println("CommandError: " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            io.err().println("CommandError: the database failed: " + e.getMessage());
            return 1;
        }
    }

    private static boolean hasTable(Database database, String table) throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaIntrospector.of(connection).hasTable(table);
        }
    }
}
