package dev.hotclub.db.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database's schema as comparable text: per table, its columns (name, type, nullability, default) and its
 * constraints and indexes by kind and columns. Names the database chose itself (an inline UNIQUE's
 * {@code _key}, a sequence's name) are left out, so a migrated schema and one created in one step compare equal
 * when they have the same structure.
 */
final class SchemaSnapshot {
    private SchemaSnapshot() {
    }

    static Map<String, List<String>> of(Connection connection) throws SQLException {
        SchemaIntrospector introspector = SchemaIntrospector.of(connection);
        Map<String, List<String>> tables = new TreeMap<>();
        for (String name : introspector.tableNames()) {
            if (name.equals(MigrationRecorder.TABLE)) {
                continue;
            }
            SchemaIntrospector.Table table = introspector.table(name);
            List<String> lines = new ArrayList<>();
            for (SchemaIntrospector.Column column : table.columns()) {
                String defaultValue = column.defaultValue() == null ? ""
                        : " DEFAULT " + column.defaultValue().replaceAll("nextval\\('[^']*'::regclass\\)", "nextval");
                lines.add("column " + column.name() + " " + column.type() + (column.nullable() ? " NULL" : " NOT NULL")
                        + (column.primaryKey() ? " PK" : "") + defaultValue);
            }
            for (SchemaIntrospector.Constraint constraint : table.constraints()) {
                String line = constraint.kind() + " " + constraint.columns();
                if (constraint.kind().equals("foreign key")) {
                    line += " -> " + constraint.foreignTable() + "." + constraint.foreignColumn();
                }
                if (constraint.kind().equals("check")) {
                    line += " " + constraint.definition();
                }
                if (constraint.definition() != null && constraint.definition().contains("_pattern_ops")) {
                    line += " LIKE";
                }
                if (constraint.definition() != null && constraint.definition().contains("DESC")) {
                    line += " DESC";
                }
                lines.add(line);
            }
            lines.sort(null);
            tables.put(name, lines);
        }
        return tables;
    }
}
