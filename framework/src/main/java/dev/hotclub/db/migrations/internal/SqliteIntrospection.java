package dev.hotclub.db.migrations.internal;

import dev.hotclub.db.migrations.SchemaIntrospector;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQLite's schema through its PRAGMAs; check constraints are read from the table's CREATE statement. */
public final class SqliteIntrospection implements SchemaIntrospector {
    private static final Pattern CHECK = Pattern.compile("(?:CONSTRAINT\\s+\"([^\"]+)\"\\s+)?CHECK\\s*\\(",
            Pattern.CASE_INSENSITIVE);
    private final Connection connection;

    public SqliteIntrospection(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    @Override
    public Table table(String name) throws SQLException {
        String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
        List<Column> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA table_info(" + quoted + ")")) {
                while (rows.next()) {
                    boolean pk = rows.getInt("pk") > 0;
                    columns.add(new Column(rows.getString("name"), rows.getString("type"),
                            rows.getInt("notnull") == 0 && !pk, rows.getString("dflt_value"), pk));
                    if (pk) {
                        primaryKey.add(rows.getString("name"));
                    }
                }
            }
            if (!primaryKey.isEmpty()) {
                constraints.add(new Constraint("__primary__", "primary key", primaryKey, null, null, null));
            }
            List<String[]> indexes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("PRAGMA index_list(" + quoted + ")")) {
                while (rows.next()) {
                    indexes.add(new String[]{rows.getString("name"), rows.getString("unique"),
                            rows.getString("origin")});
                }
            }
            for (String[] index : indexes) {
                if (index[2].equals("pk")) {
                    continue;
                }
                List<String> indexColumns = new ArrayList<>();
                boolean descending = false;
                try (ResultSet rows = statement.executeQuery("PRAGMA index_xinfo(\"" + index[0] + "\")")) {
                    while (rows.next()) {
                        if (rows.getInt("key") == 1) {
                            indexColumns.add(rows.getString("name"));
                            descending |= rows.getInt("desc") == 1;
                        }
                    }
                }
                constraints.add(new Constraint(index[0], index[1].equals("1") ? "unique" : "index", indexColumns,
                        null, null, descending ? "DESC" : ""));
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_list(" + quoted + ")")) {
                while (rows.next()) {
                    constraints.add(new Constraint("fk_" + rows.getInt("id"), "foreign key",
                            List.of(rows.getString("from")), rows.getString("table"), rows.getString("to"), null));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + name.replace("'", "''")
                            + "'")) {
                if (rows.next()) {
                    constraints.addAll(checks(rows.getString(1)));
                }
            }
        }
        return new Table(name, columns, constraints);
    }

    /** Every {@code CHECK (...)} of a CREATE TABLE statement, with its name when it has one. */
    static List<Constraint> checks(String createTable) {
        List<Constraint> checks = new ArrayList<>();
        Matcher matcher = CHECK.matcher(createTable);
        int from = 0;
        while (matcher.find(from)) {
            int start = matcher.end();
            int depth = 1;
            int i = start;
            while (i < createTable.length() && depth > 0) {
                char c = createTable.charAt(i++);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            }
            String condition = createTable.substring(start, i - 1).strip();
            checks.add(new Constraint(matcher.group(1), "check", List.of(), null, null, condition));
            from = i;
        }
        return checks;
    }
}
