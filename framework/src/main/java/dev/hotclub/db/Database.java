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

    @Override
    public String toString() {
        return alias + " (" + url.display() + ")";
    }
}
