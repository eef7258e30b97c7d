package dev.hotclub.db;

import dev.hotclub.conf.ImproperlyConfigured;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A database named as dj-database-url and Heroku name one: {@code postgres://USER:PASSWORD@HOST:PORT/NAME} (also
 * {@code postgresql://}), {@code sqlite:///relative/or/absolute/path} ({@code sqlite:////abs} for an absolute path, as
 * dj-database-url; {@code sqlite:///db.sqlite3} is under the project's folder), {@code sqlite://:memory:}.
 *
 * @param path the SQLite file (absolute), or null for PostgreSQL and for {@code :memory:}
 */
public record DatabaseUrl(Vendor vendor, String jdbcUrl, String user, String password, Path path, String given) {

    public static DatabaseUrl parse(String url, Path baseDir) {
        String text = url.trim();
        if (text.equals("sqlite://:memory:") || text.equals("sqlite:///:memory:")) {
            return new DatabaseUrl(Vendor.SQLITE, "jdbc:sqlite::memory:", null, null, null, text);
        }
        if (text.startsWith("sqlite:///")) {
            String rest = decode(text.substring("sqlite:///".length()));
            if (rest.isEmpty()) {
                throw invalid(text, "a SQLite URL names its file: sqlite:///db.sqlite3");
            }
            Path file = rest.startsWith("/") ? Path.of(rest) : baseDir.resolve(rest);
            file = file.toAbsolutePath().normalize();
            return new DatabaseUrl(Vendor.SQLITE, "jdbc:sqlite:" + file, null, null, file, text);
        }
        if (text.startsWith("postgres://") || text.startsWith("postgresql://") || text.startsWith("pgsql://")) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw invalid(text, "postgres://USER:PASSWORD@HOST:PORT/NAME (" + e.getReason() + ")");
            }
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() <= 1) {
                throw invalid(text, "postgres://USER:PASSWORD@HOST:PORT/NAME with a host and a database name");
            }
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                password = parts.length > 1 ? decode(parts[1]) : null;
            }
            String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
            return new DatabaseUrl(Vendor.POSTGRESQL, jdbc, user, password, null, text);
        }
        throw invalid(text, "postgres://USER:PASSWORD@HOST:PORT/NAME, sqlite:///db.sqlite3 or sqlite://:memory:");
    }

    /** The URL as given, its password replaced by {@code ***}, for messages and logs. */
    public String display() {
        return hidePassword(given);
    }

    static String hidePassword(String url) {
        return url.replaceFirst("^([a-z]+://[^:/@]*):[^@/]*@", "$1:***@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static ImproperlyConfigured invalid(String url, String expected) {
        return new ImproperlyConfigured("The database URL '" + hidePassword(url) + "' is not one Hotclub understands; write "
                + expected + ".");
    }

    @Override
    public String toString() {
        return display();
    }
}
