package dev.hotclub.db.migrations;

import java.sql.Connection;
import java.sql.SQLException;

/** The databases the schema editor speaks to; each has its own column types and ALTER TABLE abilities. */
public enum Vendor {
    SQLITE(200),
    POSTGRESQL(63);

    private final int maxNameLength;

    Vendor(int maxNameLength) {
        this.maxNameLength = maxNameLength;
    }

    /** The longest identifier the database keeps (Django's {@code max_name_length}; SQLite has none, Django uses 200). */
    public int maxNameLength() {
        return maxNameLength;
    }

    public String quoteName(String name) {
        if (name.startsWith("\"") && name.endsWith("\"")) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The vendor of an open connection, from its driver's product name. */
    public static Vendor of(Connection connection) {
        try {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (product.contains("sqlite")) {
                return SQLITE;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalArgumentException("Migrations support SQLite and PostgreSQL, not " + product + ".");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's product name: " + e.getMessage(), e);
        }
    }
}
