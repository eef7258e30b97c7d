package dev.hotclub.auth.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.auth.AuthDatabases;
import dev.hotclub.auth.hashers.Md5PasswordHasher;
import dev.hotclub.auth.hashers.PasswordHashers;
import dev.hotclub.auth.models.User;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.auth.validators.PasswordValidators;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserCommandsTest {
    private static final UserModel<User> USERS = new UserModel<>(User.class, PasswordHashers.of(new Md5PasswordHasher()));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int createsuperuser(String input, Map<String, String> env, String... args) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new CreateSuperuserCommand(USERS, PasswordValidators.defaults(),
                Terminal.of(new BufferedReader(new StringReader(input)), o), o,
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void createsuperuserAsksAsDjangoDoesAndSaysWhatIsWrong(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor)) {
            USERS.createUser("taken", "", "x");
            String input = String.join("\n", "taken", "bad name!", "admin", "not-an-email", "admin@example.com",
                    "one", "two", " ", " ", "1234", "1234", "n", "a long passphrase", "a long passphrase", "") + "\n";
            assertThat(createsuperuser(input, Map.of(), "--username=", "--email")).isEqualTo(1); // --email without value
            out.reset();
            err.reset();
            assertThat(createsuperuser(input, Map.of())).isZero();
            assertThat(out()).contains("Email address: Password: Password (again): ")
                    .endsWith("Superuser created successfully.\n");
            assertThat(err()).isEqualTo("""
                    Error: That username is already taken.
                    Error: Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.
                    Error: Enter a valid email address.
                    Error: Your passwords didn't match.
                    Error: Blank passwords aren't allowed.
                    This password is too short. It must contain at least 8 characters.
                    This password is too common.
                    This password is entirely numeric.
                    """);
            User admin = USERS.getByNaturalKey("admin").orElseThrow();
            assertThat(admin.isSuperuser && admin.isStaff).isTrue();
            assertThat(admin.email).isEqualTo("admin@example.com");
            assertThat(admin.checkPassword("a long passphrase", USERS.hashers())).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void createsuperuserNoinputReadsTheEnvironment(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor)) {
            assertThat(createsuperuser("", Map.of(), "--noinput")).isEqualTo(1);
            assertThat(err()).isEqualTo("CommandError: You must use --username with --noinput.\n");
            assertThat(createsuperuser("", Map.of("DJANGO_SUPERUSER_USERNAME", "dj", "HOTCLUB_SUPERUSER_USERNAME", "hc",
                    "DJANGO_SUPERUSER_PASSWORD", "pw one", "DJANGO_SUPERUSER_EMAIL", "hc@example.com"), "--noinput")).isZero();
            User hc = USERS.getByNaturalKey("hc").orElseThrow();
            assertThat(hc.checkPassword("pw one", USERS.hashers())).isTrue();
            assertThat(hc.email).isEqualTo("hc@example.com");
            assertThat(createsuperuser("", Map.of(), "--noinput", "--username", "nopass")).isZero();
            assertThat(USERS.getByNaturalKey("nopass").orElseThrow().hasUsablePassword()).isFalse();
            err.reset();
            assertThat(createsuperuser("", Map.of(), "--noinput", "--username", "hc")).isEqualTo(1);
            assertThat(err()).isEqualTo("CommandError: That username is already taken.\n");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void changepasswordGivesThreeTries(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor)) {
            User alice = USERS.createUser("alice", "", "old password");
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
            String input = "a\nb\nalice\nalice\nnew passphrase\nnew passphrase\n";
            assertThat(new ChangePasswordCommand(USERS, PasswordValidators.defaults(),
                    Terminal.of(new BufferedReader(new StringReader(input)), o), o, e).run(List.of("alice"))).isZero();
            assertThat(out()).startsWith("Changing password for user 'alice'\nPassword: Password (again): ")
                    .endsWith("Password changed successfully for user 'alice'\n");
            assertThat(err()).isEqualTo("Passwords do not match. Please try again.\n"
                    + "The password is too similar to the username.\nThis password is too short. It must contain at"
                    + " least 8 characters.\nThis password is too common.\n");
            alice.refreshFromDb();
            assertThat(alice.checkPassword("new passphrase", USERS.hashers())).isTrue();
            err.reset();
            assertThat(new ChangePasswordCommand(USERS, PasswordValidators.none(),
                    Terminal.of(new BufferedReader(new StringReader("a\nb\nc\nd\ne\nf\n")), o), o, e).run(List.of("alice")))
                    .isEqualTo(1);
            assertThat(err()).endsWith("CommandError: Aborting password change for user 'alice' after 3 attempts\n");
            err.reset();
            new ChangePasswordCommand(USERS, PasswordValidators.none(), Terminal.of(new BufferedReader(new StringReader("")), o),
                    o, e).run(List.of("bob"));
            assertThat(err()).isEqualTo("CommandError: user 'bob' does not exist\n");
        }
    }
}
