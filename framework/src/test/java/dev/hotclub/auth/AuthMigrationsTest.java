package dev.hotclub.auth;

import dev.hotclub.project.AuthApp;

import dev.hotclub.auth.fixture.accounts.AccountsApp;
import dev.hotclub.auth.fixture.accounts.Member;
import dev.hotclub.auth.fixture.notes.NotesApp;
import dev.hotclub.auth.models.Permission;
import dev.hotclub.auth.models.Permissions;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.db.Database;
import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.DatabaseUrl;
import dev.hotclub.db.Databases;
import dev.hotclub.db.migrations.SchemaIntrospector;
import dev.hotclub.db.migrations.commands.CommandRun;
import dev.hotclub.db.migrations.commands.MigrationContext;
import dev.hotclub.db.migrations.fixture.shop.ShopApp;
import dev.hotclub.db.migrations.Vendor;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectMigrations;
import dev.hotclub.testing.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auth and contenttypes apps' migrations as a project runs them: Django 3.2's tables, the permissions made after
 * {@code migrate}, no changes for makemigrations, and a swapped user model (AUTH_USER_MODEL).
 */
class AuthMigrationsTest {
    @TempDir
    Path temp;

    private static Project project(Object... apps) {
        var builder = Project.named("mysite");
        if (apps.length > 0 && apps[0] instanceof Class<?> userModel) {
            @SuppressWarnings("unchecked")
            Class<? extends dev.hotclub.auth.models.AbstractUser> model =
                    (Class<? extends dev.hotclub.auth.models.AbstractUser>) userModel;
            builder.set(UserModel.AUTH_USER_MODEL, model);
            apps = Arrays.copyOfRange(apps, 1, apps.length);
        }
        var patterns = new java.util.ArrayList<dev.hotclub.urls.UrlPattern>();
        patterns.add(path("accounts/", include(new AuthApp())));
        for (Object app : apps) {
            patterns.add(path(app.getClass().getSimpleName().toLowerCase() + "/",
                    include((dev.hotclub.project.App) app)));
        }
        return builder.urls(patterns.toArray(new dev.hotclub.urls.UrlPattern[0])).build();
    }

    private String databaseUrl(dev.hotclub.db.Vendor vendor) {
        String url = vendor == dev.hotclub.db.Vendor.SQLITE ? "sqlite:///" + temp.resolve("db.sqlite3")
                : PostgresServer.shared().createDatabase("authmig");
        // The permissions are made through the ORM, on the default database: the one migrate runs on.
        Databases.configureForTests(DatabaseSettings.of(url), temp);
        return url;
    }

    private MigrationContext context(Project project, String url, Path sourceRoot) {
        return ProjectMigrations.context(project, sourceRoot, new Database("default", DatabaseUrl.parse(url, temp), 1));
    }

    private static CommandRun run(MigrationContext context, String command, String... args) {
        return CommandRun.of(context, command, args);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theTablesAreTheOnesDjango32Makes(Vendor vendor) throws IOException {
        MigrationContext project = context(project(), "sqlite:///" + temp.resolve("unused.sqlite3"), null);
        MigrationContext offline = new MigrationContext(project.apps(), project.loader(), project.currentModels(), null,
                null, vendor);
        List<String> ours = new java.util.ArrayList<>();
        for (String app : List.of("contenttypes", "auth")) {
            CommandRun sql = run(offline, "sqlmigrate", app, "0001");
            assertThat(sql.exitCode()).as(sql.err()).isZero();
            sql.out().lines().filter(l -> !l.startsWith("--") && !l.equals("BEGIN;") && !l.equals("COMMIT;"))
                    .forEach(ours::add);
        }
        String file = "django-3.2-auth-" + vendor.name().toLowerCase() + ".sql";
        try (InputStream in = AuthMigrationsTest.class.getResourceAsStream(file)) {
            List<String> django = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(ours).containsExactlyInAnyOrderElementsOf(django);
        }
    }

    @ParameterizedTest
    @EnumSource(value = dev.hotclub.db.Vendor.class)
    void migrateMakesTheTablesAndEveryInstalledModelsPermissionsOnce(dev.hotclub.db.Vendor vendor) throws Exception {
        String url = databaseUrl(vendor);
        MigrationContext context = context(project(new ShopApp()), url, null);
        CommandRun first = run(context, "migrate");
        assertThat(first.out()).isEqualTo("""
                Operations to perform:
                  Apply all migrations: auth, contenttypes, shop
                Running migrations:
                  Applying contenttypes.0001_initial... OK
                  Applying auth.0001_initial... OK
                  Applying shop.0001_initial... OK
                  Applying shop.0002_product_price... OK
                """);
        // Four for each of ContentType, Permission, Group, User and Product.
        assertThat(Permission.objects.count()).isEqualTo(20);
        assertThat(Permissions.get("auth.add_user").name).isEqualTo("Can add user");
        assertThat(Permissions.get("contenttypes.view_contenttype").name).isEqualTo("Can view content type");
        assertThat(Permissions.get("shop.delete_product").name).isEqualTo("Can delete product");

        CommandRun again = run(context, "migrate");
        assertThat(again.out()).endsWith("Running migrations:\n  No migrations to apply.\n");
        assertThat(Permission.objects.count()).isEqualTo(20);

        assertThat(run(context, "makemigrations", "--check").out()).isEqualTo("No changes detected\n");
        CommandRun zero = run(context, "migrate", "auth", "zero");
        assertThat(zero.exitCode()).as(zero.err()).isZero();
        try (Connection connection = Databases.defaultDatabase().connect()) {
            assertThat(SchemaIntrospector.of(connection).hasTable("auth_permission")).isFalse();
            assertThat(SchemaIntrospector.of(connection).hasTable("django_content_type")).isTrue();
        }
    }

    @Test
    void aProjectWithAuthHasNoChangesToMigrateAndItsForeignKeysToUserDependOnAuth() throws IOException {
        Path sources = temp.resolve("src");
        MigrationContext context = context(project(new NotesApp()), "sqlite:///" + temp.resolve("db.sqlite3"), sources);
        CommandRun made = run(context, "makemigrations", "notes");
        assertThat(made.out()).startsWith("Migrations for 'notes':\n");
        String migration = Files.readString(sources.resolve(
                "dev/hotclub/auth/fixture/notes/migrations/Migration0001Initial.java"));
        assertThat(migration).contains("dependsOn(\"auth\", \"0001_initial\");",
                "foreignKey(\"author\", \"auth.user\", CASCADE)");
        assertThat(run(context, "makemigrations", "auth", "contenttypes").out())
                .isEqualTo("No changes detected in apps 'auth', 'contenttypes'\n");
    }

    @ParameterizedTest
    @EnumSource(value = dev.hotclub.db.Vendor.class)
    void aSwappedUserModelHasItsOwnTableAndAuthMakesNoAuthUser(dev.hotclub.db.Vendor vendor) throws Exception {
        String url = databaseUrl(vendor);
        MigrationContext context = context(project(Member.class, new AccountsApp()), url, null);
        assertThat(run(context, "migrate", "--plan").out()).contains("""
                accounts.0001_initial
                    Create model Member
                """);
        CommandRun migrated = run(context, "migrate");
        assertThat(migrated.out()).contains("""
                  Applying contenttypes.0001_initial... OK
                  Applying auth.0001_initial... OK
                  Applying accounts.0001_initial... OK
                """);
        try (Connection connection = Databases.defaultDatabase().connect()) {
            SchemaIntrospector tables = SchemaIntrospector.of(connection);
            assertThat(tables.hasTable("auth_user")).isFalse();
            assertThat(tables.hasTable("auth_user_groups")).isFalse();
            assertThat(tables.hasTable("auth_group")).isTrue();
            assertThat(tables.hasTable("accounts_member")).isTrue();
            assertThat(tables.hasTable("accounts_member_groups")).isTrue();
        }
        assertThat(Permissions.get("accounts.change_member").name).isEqualTo("Can change member");
        assertThat(Permission.objects.filter("codename", "add_user").exists()).isFalse();
        assertThat(run(context, "makemigrations", "--check").out()).isEqualTo("No changes detected\n");
        assertThat(run(context, "sqlmigrate", "auth", "0001").out())
                .contains("-- (no SQL: the project swapped this model for its own, AUTH_USER_MODEL)")
                .doesNotContain("CREATE TABLE \"auth_user\"");
        Member member = UserModel.of(project(Member.class, new AccountsApp()).settings()).createUser("ann", "", "pw")
                instanceof Member m ? m : null;
        assertThat(member).isNotNull();
        assertThat(Member.objects.get("username", "ann").id).isEqualTo(member.id);
    }

    @Test
    void aDatabaseDjangoMadeIsAdoptedWithFakeInitialAndItsUsersLogIn() throws Exception {
        Path django = temp.resolve("django");
        Files.createDirectories(django);
        org.junit.jupiter.api.Assumptions.assumeTrue(python(django, "-m", "django", "startproject", "mysite") == 0,
                "python3 with Django 3.2");
        Path site = django.resolve("mysite");
        assertThat(python(site, "manage.py", "migrate", "-v0")).isZero();
        assertThat(python(site, "-c", "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'mysite.settings';"
                + " import django; django.setup(); from django.contrib.auth.models import User;"
                + " User.objects.create_superuser('grace', 'grace@example.com', 'cobol-1959')")).isZero();
        String url = "sqlite:///" + site.resolve("db.sqlite3");
        Databases.configureForTests(DatabaseSettings.of(url), temp);
        MigrationContext context = context(project(), url, null);
        CommandRun adopted = run(context, "migrate", "--fake-initial");
        assertThat(adopted.out()).as(adopted.err()).contains("  Applying contenttypes.0001_initial... FAKED",
                "  Applying auth.0001_initial... FAKED");
        assertThat(dev.hotclub.auth.models.User.objects.get("username", "grace").checkPassword("cobol-1959",
                dev.hotclub.auth.hashers.PasswordHashers.of(dev.hotclub.auth.hashers.Pbkdf2PasswordHasher.sha256()))).isTrue();
        assertThat(Permissions.get("auth.add_user").name).isEqualTo("Can add user");
    }

    /** Debian's python3 (where python3-django installs Django), else the PATH's. */
    private static int python(Path dir, String... args) throws Exception {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            if (run(dir, python, "-c", "import django") == 0) {
                return run(dir, python, args);
            }
        }
        return -1;
    }

    private static int run(Path dir, String python, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(python));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("python.log").toFile()).start();
        } catch (java.io.IOException noPython) {
            return -1;
        }
        return process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
