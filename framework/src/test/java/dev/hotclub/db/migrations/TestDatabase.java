package dev.hotclub.db.migrations;

import dev.hotclub.testing.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A fresh, empty database of one vendor for a test: a SQLite file or a new PostgreSQL database. */
record TestDatabase(Vendor vendor, String url, String user) {

    static TestDatabase create(Vendor vendor, String prefix) {
        try {
            if (vendor == Vendor.SQLITE) {
                Path file = Files.createTempFile(prefix, ".sqlite3");
                file.toFile().deleteOnExit();
                return new TestDatabase(vendor, "jdbc:sqlite:" + file, null);
            }
            PostgresServer server = PostgresServer.shared();
            String databaseUrl = server.createDatabase(prefix);
            String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
            return new TestDatabase(vendor, server.jdbcUrl(name), server.user());
        } catch (Exception e) {
            throw new IllegalStateException("Could not create a " + vendor + " test database: " + e, e);
        }
    }

    /** A connection as the framework opens them: SQLite with foreign keys enforced. */
    Connection open() throws SQLException {
        if (vendor == Vendor.SQLITE) {
            Connection connection = DriverManager.getConnection(url);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = ON");
            }
            return connection;
        }
        return DriverManager.getConnection(url, user, PostgresServer.shared().password());
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The rows of a query, each as its columns joined with "|". */
    List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = open(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
