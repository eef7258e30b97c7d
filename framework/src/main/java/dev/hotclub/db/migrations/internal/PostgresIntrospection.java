package dev.hotclub.db.migrations.internal;

import dev.hotclub.db.migrations.SchemaIntrospector;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** PostgreSQL's schema from pg_catalog, for tables of the connection's current schema. */
public final class PostgresIntrospection implements SchemaIntrospector {
    private static final String COLUMNS = """
            SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid),
                   EXISTS (SELECT 1 FROM pg_constraint p WHERE p.conrelid = c.oid AND p.contype = 'p'
                           AND a.attnum = ANY (p.conkey))
            FROM pg_attribute a
            JOIN pg_class c ON a.attrelid = c.oid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relname = ? AND c.relnamespace = current_schema()::regnamespace
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum""";
    private static final String CONSTRAINTS = """
            SELECT con.conname, con.contype,
                   ARRAY(SELECT att.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.num
                         ORDER BY k.ord),
                   fc.relname,
                   (SELECT fa.attname FROM pg_attribute fa
                    WHERE fa.attrelid = con.confrelid AND fa.attnum = con.confkey[1]),
                   pg_get_constraintdef(con.oid)
            FROM pg_constraint con
            JOIN pg_class c ON con.conrelid = c.oid
            LEFT JOIN pg_class fc ON con.confrelid = fc.oid
            WHERE c.relname = ? AND c.relnamespace = current_schema()::regnamespace
            ORDER BY con.conname""";
    private static final String INDEXES = """
            SELECT ic.relname, i.indisunique,
                   ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnatts) k),
                   pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class c ON i.indrelid = c.oid
            JOIN pg_class ic ON i.indexrelid = ic.oid
            WHERE c.relname = ? AND c.relnamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid
                              AND con.conrelid = i.indrelid)
            ORDER BY ic.relname""";

    private final Connection connection;

    public PostgresIntrospection(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @Override
    public Table table(String name) throws SQLException {
        List<Column> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new Column(rows.getString(1), rows.getString(2), rows.getBoolean(3),
                            rows.getString(4), rows.getBoolean(5)));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(CONSTRAINTS)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String kind = switch (rows.getString(2)) {
                        case "p" -> "primary key";
                        case "u" -> "unique";
                        case "f" -> "foreign key";
                        case "c" -> "check";
                        default -> "other";
                    };
                    String definition = rows.getString(6);
                    if (kind.equals("check") && definition.startsWith("CHECK (")) {
                        definition = definition.substring(7, definition.length() - 1);
                    }
                    constraints.add(new Constraint(rows.getString(1), kind, strings(rows.getArray(3)),
                            rows.getString(4), rows.getString(5), definition));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(INDEXES)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    constraints.add(new Constraint(rows.getString(1), rows.getBoolean(2) ? "unique" : "index",
                            strings(rows.getArray(3)), null, null, rows.getString(4)));
                }
            }
        }
        return new Table(name, columns, constraints);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
