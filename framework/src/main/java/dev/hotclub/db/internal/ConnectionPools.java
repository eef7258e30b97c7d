package dev.hotclub.db.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hotclub.db.DatabaseUrl;
import dev.hotclub.db.Vendor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * One HikariCP pool per database URL for the life of the JVM. It lives in the framework's class loader and holds
 * no user class, so dev-server reloads keep their connections (a reload must not reconnect).
 */
public final class ConnectionPools {
    private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();

    private ConnectionPools() {
    }

    public static DataSource forUrl(DatabaseUrl url, int poolSize) {
        return POOLS.computeIfAbsent(url.jdbcUrl() + "|" + url.user(), key -> open(url, poolSize));
    }

    private static HikariDataSource open(DatabaseUrl url, int poolSize) {
        HikariConfig config = new HikariConfig();
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
        return new HikariDataSource(config);
    }

    /** Closes the pool of {@code url} (tests that drop their database). */
    public static void close(DatabaseUrl url) {
        HikariDataSource pool = POOLS.remove(url.jdbcUrl() + "|" + url.user());
        if (pool != null) {
            pool.close();
        }
    }
}
