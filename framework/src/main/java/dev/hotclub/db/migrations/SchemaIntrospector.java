package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.internal.PostgresIntrospection;
import dev.hotclub.db.migrations.internal.SqliteIntrospection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Reads a database's schema back (Django's {@code connection.introspection}): tables, columns with type,
 * nullability and default, and every index and constraint with its columns. The schema editor uses it to find
 * the names of constraints it must drop; tests use it to compare schemas.
 */
public interface SchemaIntrospector {

    record Column(String name, String type, boolean nullable, String defaultValue, boolean primaryKey) {
    }

    /**
     * An index or constraint. {@code kind} is one of {@code primary key}, {@code unique}, {@code index},
     * {@code check}, {@code foreign key}; {@code definition} is the database's own text (a check's condition,
     * an index's definition).
     */
    record Constraint(String name, String kind, List<String> columns, String foreignTable, String foreignColumn,
                      String definition) {
    }

    record Table(String name, List<Column> columns, List<Constraint> constraints) {
        public Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        }
    }

    List<String> tableNames() throws SQLException;

    Table table(String name) throws SQLException;

    default boolean hasTable(String name) throws SQLException {
        return tableNames().contains(name);
    }

    static SchemaIntrospector of(Connection connection) {
        return switch (Vendor.of(connection)) {
            case SQLITE -> new SqliteIntrospection(connection);
            case POSTGRESQL -> new PostgresIntrospection(connection);
        };
    }
}
