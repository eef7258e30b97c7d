package dev.hotclub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.devserver.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("./manage createsuperuser and changepassword on a project that installs auth")
class UserCommandsManageTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run manage(String input, String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[command.length + 4];
        args[0] = "--program";
        args[1] = "./manage";
        args[2] = "--project";
        args[3] = dir.toString();
        System.arraycopy(command, 0, args, 4, command.length);
        int status = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("says to migrate first, then asks Django's questions and changes the password, all through ./manage")
    void createsuperuserAndChangepassword() throws Exception {
        FixtureProject project = new FixtureProject(dir);
        project.write("src/main/java/site/Site.java", """
            package site;

            import static dev.hotclub.urls.Urls.include;
            import static dev.hotclub.urls.Urls.path;

            import dev.hotclub.project.AuthApp;
            import dev.hotclub.auth.hashers.Md5PasswordHasher;
            import dev.hotclub.auth.hashers.PasswordHashers;
            import dev.hotclub.project.Project;
            import dev.hotclub.project.ProjectProvider;

            public final class Site implements ProjectProvider {
                @Override
                public Project project() {
                    return Project.named("site")
                        .debug(true)
                        .set(PasswordHashers.PASSWORD_HASHERS, PasswordHashers.of(new Md5PasswordHasher()))
                        .urls(path("accounts/", include(new AuthApp())))
                        .build();
                }
            }
            """);

        Run early = manage("", "createsuperuser", "--noinput", "--username", "admin");
        assertThat(early.status()).isEqualTo(1);
        assertThat(early.err()).isEqualTo("CommandError: The table auth_user of the user model (User) is not in the"
            + " database 'default' (sqlite:///db.sqlite3). Run ./manage migrate first: it creates the auth tables.\n");

        assertThat(manage("", "migrate").out()).contains("  Applying contenttypes.0001_initial... OK",
            "  Applying auth.0001_initial... OK");
        Run created = manage("admin\nadmin@example.com\nlong enough pass\nlong enough pass\n", "createsuperuser");
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).matches("(?s)Username( \\(leave blank to use '[^']*'\\))?: Email address: Password:"
            + " Password \\(again\\): Superuser created successfully.\n");

        Run changed = manage("new passphrase!\nnew passphrase!\n", "changepassword", "admin");
        assertThat(changed.status()).as(changed.err()).isZero();
        assertThat(changed.out()).endsWith("Password changed successfully for user 'admin'\n");
        Run unknown = manage("", "changepassword", "nobody");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("CommandError: user 'nobody' does not exist\n");

        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db.sqlite3"));
             var st = connection.createStatement();
             ResultSet row = st.executeQuery("SELECT username, is_superuser, password FROM auth_user")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1) + " " + row.getBoolean(2)).isEqualTo("admin true");
            assertThat(row.getString(3)).startsWith("md5$");
            assertThat(row.next()).isFalse();
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db.sqlite3"));
             var st = connection.createStatement();
             ResultSet count = st.executeQuery("SELECT count(*) FROM auth_permission")) {
            assertThat(count.getInt(1)).as("add, change, delete, view of the four auth models").isEqualTo(16);
        }

        Run help = manage("", "help", "createsuperuser");
        assertThat(help.out()).startsWith("usage: ./manage createsuperuser [options]\n\nUsed to create a superuser.\n")
            .contains("  --noinput ", "  --database DATABASE ");
    }
}
