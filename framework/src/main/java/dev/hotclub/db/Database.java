package dev.hotclub.db;

import dev.hotclub.db.internal.ConnectionPools;
import javax.sql.DataSource;

/** One configured database: its alias ({@code "default"}, {@code "replica"}), URL and pool. */
public record Database(String alias, DatabaseUrl url, int poolSize) {
    public Vendor vendor() {
        return url.vendor();
    }

    /** The pool, opened on first use and kept for the JVM's life (it outlives dev-server reloads). */
    public DataSource dataSource() {
        return ConnectionPools.forUrl(url, poolSize);
    }

    /**
     * A connection of its own, outside the pool (the migration commands change its settings while they run); the
     * caller closes it. A database that cannot be reached says which, its password hidden.
     */
    public java.sql.Connection connect() throws java.sql.SQLException {
        try {
            return ConnectionPools.dedicated(url);
        } catch (java.sql.SQLException e) {
            throw new java.sql.SQLException("Could not connect to " + url.display() + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    @Override
    public String toString() {
        return alias + " (" + url.display() + ")";
    }
}
