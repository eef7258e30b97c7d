package dev.hotclub.db.sessions;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.db.Database;
import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.DatabaseUrl;
import dev.hotclub.db.Databases;
import dev.hotclub.db.migrations.MigrationApp;
import dev.hotclub.db.migrations.Vendor;
import dev.hotclub.db.migrations.commands.CommandRun;
import dev.hotclub.db.migrations.commands.MigrationContext;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.project.AuthApp;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectMigrations;
import dev.hotclub.sessions.SignedCookieSessionStore;
import dev.hotclub.testing.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Django's sessions app comes with database sessions: a project whose SESSION_ENGINE is a DatabaseSessionStore
 * gets {@code sessions.0001_initial}, so {@code migrate} (on the jar too) makes {@code django_session} as Django 3.2
 * does; a project with other sessions has no such app.
 */
class SessionsMigrationTest {
    private static final String SECRET = "sessions-migration-test-key-0123456789abcdef0123456789";

    @TempDir
    Path temp;

    private static Project project(dev.hotclub.sessions.SessionStore store) {
        return Project.named("mysite").set(SessionMiddleware.SESSION_ENGINE, store)
                .urls(path("accounts/", include(new AuthApp()))).build();
    }

    private MigrationContext context(Project project, String url) {
        return ProjectMigrations.context(project, null, new Database("default", DatabaseUrl.parse(url, temp), 1));
    }

    private static CommandRun run(MigrationContext context, String command, String... args) {
        return CommandRun.of(context, command, args);
    }

    @Test
    void onlyDatabaseSessionsInstallTheSessionsApp() {
        assertThat(ProjectMigrations.apps(project(new DatabaseSessionStore())).stream().map(MigrationApp::label))
                .containsExactly("contenttypes", "auth", "sessions");
        assertThat(ProjectMigrations.apps(project(new SignedCookieSessionStore())).stream().map(MigrationApp::label))
                .containsExactly("contenttypes", "auth");
    }

    /** Django 3.2's {@code sqlmigrate sessions 0001}, without its comments and transaction. */
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theTableIsTheOneDjango32Makes(Vendor vendor) {
        MigrationContext project = context(project(new DatabaseSessionStore()), "sqlite:///" + temp.resolve("unused.sqlite3"));
        MigrationContext offline = new MigrationContext(project.apps(), project.loader(), project.currentModels(), null,
                null, vendor);
        CommandRun sql = run(offline, "sqlmigrate", "sessions", "0001");
        assertThat(sql.exitCode()).as(sql.err()).isZero();
        List<String> ours = sql.out().lines()
                .filter(l -> !l.startsWith("--") && !l.equals("BEGIN;") && !l.equals("COMMIT;")).toList();
        List<String> django = vendor == Vendor.SQLITE ? List.of(
                "CREATE TABLE \"django_session\" (\"session_key\" varchar(40) NOT NULL PRIMARY KEY, \"session_data\" text"
                        + " NOT NULL, \"expire_date\" datetime NOT NULL);",
                "CREATE INDEX \"django_session_expire_date_a5c62663\" ON \"django_session\" (\"expire_date\");")
                : List.of(
                "CREATE TABLE \"django_session\" (\"session_key\" varchar(40) NOT NULL PRIMARY KEY, \"session_data\" text"
                        + " NOT NULL, \"expire_date\" timestamp with time zone NOT NULL);",
                "CREATE INDEX \"django_session_session_key_c0390e0f_like\" ON \"django_session\" (\"session_key\""
                        + " varchar_pattern_ops);",
                "CREATE INDEX \"django_session_expire_date_a5c62663\" ON \"django_session\" (\"expire_date\");");
        assertThat(ours).containsExactlyInAnyOrderElementsOf(django);
    }

    @ParameterizedTest
    @EnumSource(dev.hotclub.db.Vendor.class)
    void migrateMakesTheTableTheStoreKeepsSessionsIn(dev.hotclub.db.Vendor vendor) {
        String url = vendor == dev.hotclub.db.Vendor.SQLITE ? "sqlite:///" + temp.resolve("db.sqlite3")
                : PostgresServer.shared().createDatabase("sessionsmig");
        Databases.configureForTests(DatabaseSettings.of(url), temp);
        MigrationContext context = context(project(new DatabaseSessionStore()), url);
        CommandRun migrated = run(context, "migrate");
        assertThat(migrated.exitCode()).as(migrated.err()).isZero();
        assertThat(migrated.out()).contains("  Applying sessions.0001_initial... OK\n");
        assertThat(run(context, "makemigrations", "--check").out()).isEqualTo("No changes detected\n");

        DatabaseSessionStore store = new DatabaseSessionStore();
        String key = store.save(null, Map.of("visits", 1), Duration.ofHours(1), SECRET);
        assertThat(store.load(key, Duration.ofHours(1), SECRET)).containsEntry("visits", 1);
    }
}
