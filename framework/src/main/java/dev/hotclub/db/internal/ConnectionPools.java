package dev.hotclub.db.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hotclub.db.DatabaseUrl;
import dev.hotclub.db.Vendor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * One HikariCP pool per database URL for the life of the JVM. It lives in the framework's class loader and holds
 * no user class, so dev-server reloads keep their connections (a reload must not reconnect).
 */
public final class ConnectionPools {
    private static final Map<PoolKey, HikariDataSource> POOLS = new ConcurrentHashMap<>();

    // A record rather than a concatenated string: the pool is looked up for every statement, and building the key
    // string each time showed in the profile of benchmarks/db (2% of a 20-query request's samples).
    private record PoolKey(String jdbcUrl, String user) {
    }

    private ConnectionPools() {
    }

    public static DataSource forUrl(DatabaseUrl url, int poolSize) {
        return POOLS.computeIfAbsent(new PoolKey(url.jdbcUrl(), url.user()), key -> open(url, poolSize));
    }

    /**
     * A connection outside the pool, set up as the pool's are, for work that changes a connection's state: the
     * migrations turn SQLite's foreign keys off while they rebuild a table. The caller closes it.
     */
    public static java.sql.Connection dedicated(DatabaseUrl url) throws java.sql.SQLException {
        if (url.vendor() == Vendor.SQLITE) {
            return new SqliteConnections(url).getConnection();
        }
        return java.sql.DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
    }

    private static HikariDataSource open(DatabaseUrl url, int poolSize) {
        // The pool's threads inherit the context class loader of the thread that opens it: a request of one dev-server
        // generation. Open it under the framework's loader so no thread holds a generation alive.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ConnectionPools.class.getClassLoader());
        try {
            return new HikariDataSource(config(url, poolSize));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Up to JDK 23 a new thread keeps the access-control context of the code that created it, which holds the
     * protection domains, hence the class loaders, of every class on the stack: a generation's view or Site.
     * Creating it inside doPrivileged keeps only the framework's frames.
     */
    @SuppressWarnings("removal")
    private static Thread newPoolThread(Runnable task, ClassLoader framework) {
        return java.security.AccessController.doPrivileged((java.security.PrivilegedAction<Thread>) () -> {
            Thread thread = new Thread(task, "hotclub-db-pool");
            thread.setDaemon(true);
            thread.setContextClassLoader(framework);
            return thread;
        });
    }

    private static HikariConfig config(DatabaseUrl url, int poolSize) {
        HikariConfig config = new HikariConfig();
        // Hikari starts threads later too (to add connections), from whatever thread asks: give them the framework's
        // loader rather than the requesting generation's.
        ClassLoader framework = ConnectionPools.class.getClassLoader();
        config.setThreadFactory(task -> newPoolThread(task, framework));
        config.setPoolName("hotclub " + url.display());
        // A pool must not fail the project's start when the database is down: the first query says so instead.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        if (url.vendor() == Vendor.SQLITE) {
            config.setDataSource(new SqliteConnections(url));
            // An in-memory database lives in one connection: share that one.
            config.setMaximumPoolSize(url.path() == null ? 1 : poolSize);
            config.setMinimumIdle(url.path() == null ? 1 : 0);
            if (url.path() == null) {
                config.setMaxLifetime(0);
                config.setIdleTimeout(0);
            }
        } else {
            config.setJdbcUrl(url.jdbcUrl());
            config.setUsername(url.user());
            config.setPassword(url.password());
            config.setMaximumPoolSize(poolSize);
            config.setMinimumIdle(Math.min(2, poolSize));
        }
        return config;
    }

    /** Closes the pool of {@code url} (tests that drop their database). */
    public static void close(DatabaseUrl url) {
        HikariDataSource pool = POOLS.remove(new PoolKey(url.jdbcUrl(), url.user()));
        if (pool != null) {
            pool.close();
        }
    }

    /** Closes every pool: the end of the process's use of databases (a dev server that stops). */
    public static void closeAll() {
        for (PoolKey key : List.copyOf(POOLS.keySet())) {
            HikariDataSource pool = POOLS.remove(key);
            if (pool != null) {
                pool.close();
            }
        }
    }
}
