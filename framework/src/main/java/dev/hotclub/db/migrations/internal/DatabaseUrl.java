package dev.hotclub.db.migrations.internal;

import dev.hotclub.db.migrations.Vendor;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A {@code DATABASE_URL} ({@code postgres://USER:PASSWORD@HOST:PORT/NAME}, {@code sqlite:///path}) as JDBC. Only
 * the migration commands of the production launcher use it until the ORM's database configuration replaces it.
 */
public record DatabaseUrl(Vendor vendor, String jdbcUrl, String user, String password, String display) {

    public static DatabaseUrl parse(String url) {
        if (url.startsWith("sqlite:")) {
            String path = url.substring("sqlite:".length()).replaceFirst("^//", "");
            if (path.isEmpty() || path.equals("/")) {
                throw new IllegalArgumentException("DATABASE_URL " + url + " names no file: write sqlite:///path/db.sqlite3"
                        + " (three slashes for a relative path, four for an absolute one).");
            }
            String file = path.substring(1); // "/db.sqlite3" is relative, "//var/db.sqlite3" absolute
            return new DatabaseUrl(Vendor.SQLITE, "jdbc:sqlite:" + file, null, null, url);
        }
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            URI uri = URI.create(url);
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
            }
            String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getRawPath();
            String shown = password == null ? url : url.replace(":" + uri.getRawUserInfo().split(":", 2)[1] + "@",
                    ":********@");
            return new DatabaseUrl(Vendor.POSTGRESQL, jdbc, user, password, shown);
        }
        throw new IllegalArgumentException("DATABASE_URL must start with postgres:// or sqlite:///, not '"
                + url.replaceAll(":[^:@/]*@", ":********@") + "'.");
    }

    /** SQLite file {@code db.sqlite3} in {@code folder}: Django's default database. */
    public static DatabaseUrl sqliteIn(Path folder) {
        Path file = folder.resolve("db.sqlite3").toAbsolutePath();
        return new DatabaseUrl(Vendor.SQLITE, "jdbc:sqlite:" + file, null, null, "sqlite:///" + file);
    }

    public Connection open() throws SQLException {
        try {
            if (vendor == Vendor.SQLITE) {
                Connection connection = DriverManager.getConnection(jdbcUrl);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA foreign_keys = ON");
                    statement.execute("PRAGMA busy_timeout = 5000");
                }
                return connection;
            }
            return DriverManager.getConnection(jdbcUrl, user, password);
        } catch (SQLException e) {
            throw new SQLException("Could not connect to " + display + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }
}
