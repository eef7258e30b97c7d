package dev.hotclub.db;

import dev.hotclub.db.internal.ConnectionPools;
import dev.hotclub.db.internal.ConnectionScope;
import dev.hotclub.conf.ImproperlyConfigured;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The databases the running project uses (Django's {@code django.db.connections}). A project installs its
 * {@link DatabaseSettings} when it is built; until then the default is {@code sqlite:///db.sqlite3} in the working
 * folder. Holds only URLs and pools, never a user class, so it is shared by every dev-server generation.
 */
public final class Databases {
    private static volatile Map<String, Database> configured;
    private static volatile DatabaseSettings settings;
    private static volatile boolean testDatabase;

    private Databases() {
    }

    /**
     * Installs {@code settings}; relative SQLite paths are under {@code baseDir}. Once a test database is in place
     * ({@link #configureForTests}), projects built by the tests keep it, as Django's test runner overrides DATABASES.
     */
    public static synchronized void configure(DatabaseSettings newSettings, Path baseDir) {
        if (testDatabase) {
            return;
        }
        install(newSettings, baseDir);
    }

    /** Installs the test run's databases; later {@link #configure} calls (projects built by tests) leave them. */
    public static synchronized void configureForTests(DatabaseSettings newSettings, Path baseDir) {
        testDatabase = true;
        install(newSettings, baseDir);
    }

    /**
     * Closes every connection pool (and their threads), as the process stops using its databases: a dev server that
     * stops. A database used after it opens a new pool.
     */
    public static void closeAll() {
        ConnectionPools.closeAll();
    }

    /**
     * A request starts on this thread (the handler calls this, as Django's {@code request_started}): from its
     * second statement on a database (or its first atomic block) its statements share one connection there, kept
     * until {@link #requestFinished()}; a statement outside a request borrows and returns one each, as does a
     * request's first (a request of one statement holds no connection while its page is made).
     */
    public static void requestStarted() {
        ConnectionScope.requestStarted();
    }

    /** The request on this thread ended (Django's {@code request_finished}): its connections go back to the pool. */
    public static void requestFinished() {
        ConnectionScope.requestFinished();
    }

    public static boolean isConfigured() {
        return configured != null;
    }

    public static boolean isTestDatabase() {
        return testDatabase;
    }

    private static void install(DatabaseSettings newSettings, Path baseDir) {
        Map<String, Database> all = new LinkedHashMap<>();
        newSettings.urls().forEach((alias, url) ->
                all.put(alias, new Database(alias, DatabaseUrl.parse(url, baseDir), newSettings.poolSize())));
        configured = Map.copyOf(all);
        settings = newSettings;
    }

    public static DatabaseSettings settings() {
        ensureConfigured();
        return settings;
    }

    /** The database called {@code alias}; an unknown alias names the ones configured. */
    public static Database get(String alias) {
        ensureConfigured();
        Database database = configured.get(alias);
        if (database == null) {
            throw new ImproperlyConfigured("The database '" + alias + "' is not configured; DATABASES has "
                    + String.join(", ", configured.keySet().stream().sorted().toList()) + ".");
        }
        return database;
    }

    public static Database defaultDatabase() {
        return get(DatabaseSettings.DEFAULT);
    }

    public static Map<String, Database> all() {
        ensureConfigured();
        return configured;
    }

    /**
     * Opens one connection to each database and returns null, or the one line to print when one cannot be reached
     * ({@code Cannot reach the database 'default' at postgres://app:***@db:5432/app: Connection refused.}).
     */
    public static String checkReachable() {
        for (Database database : all().values()) {
            try (Connection ignored = database.dataSource().getConnection()) {
                // reachable
            } catch (SQLException e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                return "Cannot reach the database '" + database.alias() + "' at " + database.url().display() + ": "
                        + root.getMessage();
            }
        }
        return null;
    }

    private static void ensureConfigured() {
        if (configured == null) {
            configure(DatabaseSettings.fromEnv(), Path.of("").toAbsolutePath());
        }
    }
}
