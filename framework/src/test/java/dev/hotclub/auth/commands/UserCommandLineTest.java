package dev.hotclub.auth.commands;

import dev.hotclub.project.ProjectProvider;
import dev.hotclub.server.Launcher;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar mysite.jar createsuperuser} and {@code changepassword} as a process: the project's main class with
 * its ProjectProvider on the class path, the database of DATABASE_URL, answers on standard input.
 */
class UserCommandLineTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    @BeforeEach
    void services() throws Exception {
        Path serviceFile = dir.resolve("classes/META-INF/services/" + ProjectProvider.class.getName());
        Files.createDirectories(serviceFile.getParent());
        Files.writeString(serviceFile, AuthFixtureSite.class.getName() + "\n");
    }

    private Run jar(String input, Map<String, String> env, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java,
                // as the jar's manifest says (Enable-Native-Access), so that JDK 22+ does not warn of SQLite's library
                "--enable-native-access=ALL-UNNAMED", "-cp",
                dir.resolve("classes") + File.pathSeparator + System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("DATABASE_URL", "sqlite:///" + dir.resolve("db.sqlite3"));
        builder.environment().put("PASSWORD_HASHERS", "md5");
        builder.environment().keySet().removeIf(name -> name.contains("SUPERUSER"));
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")).lines()
                        .filter(line -> !line.contains("HikariDataSource")).map(line -> line + "\n")
                        .reduce("", String::concat));
    }

    private String password(String username) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db.sqlite3"));
             var query = connection.prepareStatement("SELECT password, is_superuser, is_staff, email FROM auth_user"
                     + " WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) + " " + row.getBoolean(2) + " " + row.getBoolean(3) + " "
                        + row.getString(4) : null;
            }
        }
    }

    @Test
    void beforeMigrateTheCommandSaysToRunMigrateFirst() throws Exception {
        Run run = jar("", Map.of(), "createsuperuser", "--noinput", "--username", "admin");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("CommandError: The table auth_user of the user model (User) is not in the"
                + " database 'default' (sqlite:///" + dir.resolve("db.sqlite3") + "). Run java -jar <project>.jar"
                + " migrate first: it creates the auth tables.\n");
        Run wrongDatabase = jar("", Map.of(), "changepassword", "admin", "--database", "replica");
        assertThat(wrongDatabase.status()).isEqualTo(1);
        assertThat(wrongDatabase.err()).isEqualTo("CommandError: The database 'replica' is not configured;"
                + " DATABASES has default.\n");
    }

    @Test
    void createsuperuserAsksAsDjangoAndChangepasswordChangesIt() throws Exception {
        assertThat(jar("", Map.of(), "migrate").out()).contains("  Applying auth.0001_initial... OK");
        Run created = jar(String.join("\n", "not-an-email", "admin@example.com", "one", "two", "short", "short",
                "n", "correct horse battery", "correct horse battery") + "\n", Map.of(), "createsuperuser",
                "--username", "admin");
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).isEqualTo("Email address: Email address: Password: Password (again): "
                + "Password: Password (again): Bypass password validation and create user anyway? [y/N]: "
                + "Password: Password (again): Superuser created successfully.\n");
        assertThat(created.err()).isEqualTo("""
                Error: Enter a valid email address.
                Error: Your passwords didn't match.
                This password is too short. It must contain at least 8 characters.
                """);
        assertThat(password("admin")).startsWith("md5$").endsWith(" true true admin@example.com");

        Run taken = jar("", Map.of(), "createsuperuser", "--noinput", "--username", "admin");
        assertThat(taken.status()).isEqualTo(1);
        assertThat(taken.err()).isEqualTo("CommandError: That username is already taken.\n");

        String before = password("admin");
        Run changed = jar("a\nb\nnew passphrase here\nnew passphrase here\n", Map.of(), "changepassword", "admin");
        assertThat(changed.status()).as(changed.err()).isZero();
        assertThat(changed.out()).isEqualTo("Changing password for user 'admin'\nPassword: Password (again): "
                + "Password: Password (again): Password changed successfully for user 'admin'\n");
        assertThat(changed.err()).isEqualTo("Passwords do not match. Please try again.\n");
        assertThat(password("admin")).isNotEqualTo(before);
    }

    @Test
    void noinputReadsHotclubsVariablesThenDjangos() throws Exception {
        jar("", Map.of(), "migrate");
        Run hotclub = jar("", Map.of("HOTCLUB_SUPERUSER_USERNAME", "ops", "HOTCLUB_SUPERUSER_EMAIL", "ops@example.com",
                "HOTCLUB_SUPERUSER_PASSWORD", "s3cret-enough", "DJANGO_SUPERUSER_USERNAME", "ignored"),
                "createsuperuser", "--noinput");
        assertThat(hotclub.status()).as(hotclub.err()).isZero();
        assertThat(hotclub.out()).isEqualTo("Superuser created successfully.\n");
        assertThat(password("ops")).startsWith("md5$").endsWith(" ops@example.com");
        assertThat(password("ignored")).isNull();

        Run django = jar("", Map.of("DJANGO_SUPERUSER_PASSWORD", "pw-from-django"), "createsuperuser", "--noinput",
                "--username=dj", "--email", "dj@example.com");
        assertThat(django.status()).as(django.err()).isZero();
        assertThat(password("dj")).startsWith("md5$").endsWith(" dj@example.com");

        Run missing = jar("", Map.of(), "createsuperuser", "--noinput");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("CommandError: You must use --username with --noinput.\n");
    }
}
