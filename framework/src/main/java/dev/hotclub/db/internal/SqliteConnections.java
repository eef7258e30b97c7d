package dev.hotclub.db.internal;

import dev.hotclub.db.DatabaseUrl;
import org.sqlite.SQLiteConnection;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite connections set up as Django sets them: foreign keys enforced (SQLite's default is off), WAL so readers do
 * not block the writer, a busy timeout instead of an immediate "database is locked", and a REGEXP function for the
 * {@code regex}/{@code iregex} lookups (SQLite has the operator but no implementation).
 */
final class SqliteConnections extends SQLiteDataSource {
    SqliteConnections(DatabaseUrl url) {
        super(config(url));
        setUrl(url.jdbcUrl());
    }

    private static SQLiteConfig config(DatabaseUrl url) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        if (url.path() != null) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        return config;
    }

    @Override
    public SQLiteConnection getConnection(String username, String password) throws SQLException {
        SQLiteConnection connection = super.getConnection(username, password);
        Function.create(connection, "REGEXP", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String pattern = value_text(0);
                String value = value_text(1);
                if (pattern == null || value == null) {
                    result();
                    return;
                }
                result(Pattern.compile(pattern).matcher(value).find() ? 1 : 0);
            }
        });
        return connection;
    }
}
