package dev.hotclub.db;

import dev.hotclub.db.migrations.MigrationApp;
import dev.hotclub.db.migrations.MigrationExecutor;
import dev.hotclub.db.migrations.MigrationLoader;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.hotclub.db.internal.ConnectionScope;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.TableSql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Django's test database and TestCase, for any test framework: {@link #create} builds a database for the run
 * (SQLite in a temporary file, or {@code test_<name>} beside a PostgreSQL one) with the models' tables, and
 * {@link #testCase()} wraps one test in a transaction that is rolled back, so tests do not see each other's rows.
 * The test {@link Client} runs views on the calling thread, so they share that transaction.
 *
 * <pre>{@code
 * @BeforeAll static void database() { TestDatabase.create(DatabaseSettings.fromEnv(), Question.class, Choice.class); }
 * @Test void voting() {
 *     try (var ignored = TestDatabase.testCase()) {
 *         ...
 *         TestDatabase.assertNumQueries(1, () -> Question.objects.list());
 *     }
 * }
 * }</pre>
 */
public final class TestDatabase {
    private TestDatabase() {
    }

    /** A running test's transaction; closing it rolls everything back. */
    public interface TestCase extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Points {@code default} at a fresh test database made from {@code settings}' default (a temporary SQLite file,
     * or {@code test_<name>} on the same PostgreSQL server, dropped first if left by an earlier run) and creates the
     * tables of {@code models}, in the order given (targets of foreign keys first).
     */
    @SafeVarargs
    public static Database create(DatabaseSettings settings, Class<? extends Model>... models) {
        DatabaseUrl url = DatabaseUrl.parse(settings.urls().get(DatabaseSettings.DEFAULT), Path.of("").toAbsolutePath());
        String testUrl;
        if (url.vendor() == Vendor.SQLITE) {
            try {
                Path dir = Files.createTempDirectory("hotclub-test-db");
                testUrl = "sqlite:///" + dir.resolve("test.sqlite3").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            testUrl = createPostgresTestDatabase(url);
        }
        Databases.configureForTests(new DatabaseSettings(java.util.Map.of(DatabaseSettings.DEFAULT, testUrl), settings.atomicRequests(),
                settings.poolSize()), Path.of("").toAbsolutePath());
        Database database = Databases.defaultDatabase();
        createTables(database, models);
        return database;
    }

    /**
     * Creates the tables of {@code models}, as Django's test runner does: the apps that have migrations get them
     * applied (so tests run on the schema production has), the others get their tables (and automatic many-to-many
     * tables) straight from the models' metadata. Auth's models (contenttypes and auth have migrations) are made
     * by their migrations; their permissions are not (the db layer sits below auth): tests that need them call
     * {@code Permissions.createFor(models)}.
     */
    @SafeVarargs
    public static void createTables(Database database, Class<? extends Model>... models) {
        Map<String, MigrationApp> apps = new LinkedHashMap<>();
        for (Class<? extends Model> model : models) {
            ModelMeta meta = ModelMeta.of(model);
            apps.putIfAbsent(meta.appLabel(), new MigrationApp(meta.appLabel(), model.getPackageName()));
        }
        Set<String> migrated = Set.of();
        if (models.length > 0) {
            MigrationLoader loader = new MigrationLoader(List.copyOf(apps.values()), models[0].getClassLoader());
            migrated = loader.graph().apps();
            if (!migrated.isEmpty()) {
                try (Connection connection = database.connect()) {
                    MigrationExecutor executor = new MigrationExecutor(connection, loader);
                    executor.migrate(executor.latestTargets(), MigrationExecutor.Options.NONE, progress -> { });
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not migrate the test database: " + e.getMessage(), e);
                }
            }
        }
        List<String> statements = new ArrayList<>();
        for (Class<? extends Model> model : new LinkedHashSet<>(List.of(models))) {
            if (!migrated.contains(ModelMeta.of(model).appLabel())) {
                statements.addAll(TableSql.createTable(model, database.vendor()));
            }
        }
        try (Connection connection = ConnectionScope.borrow(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test tables: " + e.getMessage(), e);
        }
    }

    private static String createPostgresTestDatabase(DatabaseUrl url) {
        String name = url.jdbcUrl().replaceAll(".*/([^/?]+).*", "$1");
        String testName = "test_" + name;
        String server = url.jdbcUrl().substring(0, url.jdbcUrl().lastIndexOf('/')) + "/postgres";
        try (Connection connection = DriverManager.getConnection(server, url.user(), url.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + testName);
            statement.execute("CREATE DATABASE " + testName);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + testName + " at " + url.display() + ": "
                    + e.getMessage(), e);
        }
        return url.given().substring(0, url.given().lastIndexOf('/') + 1) + testName;
    }

    /** Starts a test: everything until {@code close()} happens in one transaction that is then rolled back. */
    public static TestCase testCase() {
        return testCase(DatabaseSettings.DEFAULT);
    }

    public static TestCase testCase(String using) {
        ConnectionScope.enter(using, true);
        return () -> ConnectionScope.exit(using, false);
    }

    /** Django's {@code assertNumQueries}: runs {@code body} and fails listing the queries when their number differs. */
    public static void assertNumQueries(int expected, Runnable body) {
        try (QueryLog.Capture capture = QueryLog.capture()) {
            body.run();
            if (capture.count() != expected) {
                StringBuilder message = new StringBuilder(capture.count() + " != " + expected + " : " + capture.count()
                        + " queries executed, " + expected + " expected\nCaptured queries were:");
                int i = 1;
                for (QueryLog.Executed q : capture.queries()) {
                    message.append('\n').append(i++).append(". ").append(q.sql());
                }
                throw new AssertionError(message.toString());
            }
        }
    }
}
