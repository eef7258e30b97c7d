package dev.hotclub.db.sessions;

import dev.hotclub.db.Database;
import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.Databases;
import dev.hotclub.db.QueryLog;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.internal.ConnectionScope;
import dev.hotclub.sessions.SessionStore;
import dev.hotclub.signing.BadSignature;
import dev.hotclub.signing.Signing;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Django's {@code db} session engine: sessions in the table {@code django_session} ({@code session_key}, 32 random
 * characters; {@code session_data}, the values as Django signs them; {@code expire_date}), so that every instance of
 * a site sees the same sessions, a restart logs nobody out, and a logout or a password change ends a session for
 * good (a signed cookie, once copied, stays valid until it expires). The data is Django's text (signed, compressed
 * JSON with the salt {@code django.contrib.sessions.SessionStore}): a Django site with the same SECRET_KEY and
 * table reads these sessions.
 *
 * <pre>{@code
 * Project.named("mysite").set(SessionMiddleware.SESSION_ENGINE, new DatabaseSessionStore())
 * }</pre>
 *
 * Expired rows stay until {@link #clearExpired()} (Django's {@code clearsessions}) deletes them: run it daily.
 */
public final class DatabaseSessionStore implements SessionStore {
    /** Django's table. */
    public static final String TABLE = "django_session";
    /** The salt Django's {@code db} engine signs with ({@code "django.contrib.sessions." + "SessionStore"}). */
    public static final String SALT = "django.contrib.sessions.SessionStore";

    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final DateTimeFormatter SQLITE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final String using;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Sessions in the default database. */
    public DatabaseSessionStore() {
        this(DatabaseSettings.DEFAULT, Clock.systemUTC());
    }

    /** Sessions in the database {@code using}, the time read from {@code clock} (tests). */
    public DatabaseSessionStore(String using, Clock clock) {
        this.using = using;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> load(String sessionKey, Duration maxAge, String secretKey) {
        if (sessionKey == null || !isValidKey(sessionKey)) {
            return null;
        }
        String data = ConnectionScope.withConnection(using, connection -> {
            String sql = "SELECT \"session_data\" FROM \"" + TABLE + "\" WHERE \"session_key\" = ? AND \"expire_date\" > ?";
            try (PreparedStatement statement = prepare(connection, sql)) {
                statement.setString(1, sessionKey);
                statement.setObject(2, timestamp(vendor(), clock.instant()));
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (data == null) {
            return null;
        }
        try {
            if (Signing.loads(data, secretKey, SALT, null) instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), v));
                return copy;
            }
        } catch (BadSignature e) {
            // Signed with another key (SECRET_KEY changed) or altered in the table: an empty session, as Django's.
        }
        return null;
    }

    @Override
    public String save(String sessionKey, Map<String, Object> data, Duration maxAge, String secretKey) {
        String encoded = Signing.dumps(data, secretKey, SALT, true);
        Object expires = timestamp(vendor(), clock.instant().plus(maxAge));
        return ConnectionScope.withConnection(using, connection -> {
            if (sessionKey != null && isValidKey(sessionKey)) {
                String sql = "UPDATE \"" + TABLE + "\" SET \"session_data\" = ?, \"expire_date\" = ? WHERE \"session_key\" = ?";
                try (PreparedStatement update = prepare(connection, sql)) {
                    update.setString(1, encoded);
                    update.setObject(2, expires);
                    update.setString(3, sessionKey);
                    if (update.executeUpdate() == 1) {
                        return sessionKey;
                    }
                }
            }
            while (true) {
                String key = newKey();
                // Checked first rather than caught: a failed INSERT would abort a PostgreSQL transaction around it.
                try (PreparedStatement exists = prepare(connection, "SELECT 1 FROM \"" + TABLE + "\" WHERE \"session_key\" = ?")) {
                    exists.setString(1, key);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                String sql = "INSERT INTO \"" + TABLE + "\" (\"session_key\", \"session_data\", \"expire_date\") VALUES (?, ?, ?)";
                try (PreparedStatement insert = prepare(connection, sql)) {
                    insert.setString(1, key);
                    insert.setString(2, encoded);
                    insert.setObject(3, expires);
                    insert.executeUpdate();
                }
                return key;
            }
        });
    }

    @Override
    public void delete(String sessionKey) {
        if (sessionKey == null) {
            return;
        }
        ConnectionScope.withConnection(using, connection -> {
            try (PreparedStatement delete = prepare(connection, "DELETE FROM \"" + TABLE + "\" WHERE \"session_key\" = ?")) {
                delete.setString(1, sessionKey);
                return delete.executeUpdate();
            }
        });
    }

    /** Deletes the expired sessions (Django's {@code clearsessions}); returns how many. */
    public int clearExpired() {
        return ConnectionScope.withConnection(using, connection -> {
            try (PreparedStatement delete = prepare(connection, "DELETE FROM \"" + TABLE + "\" WHERE \"expire_date\" < ?")) {
                delete.setObject(1, timestamp(vendor(), clock.instant()));
                return delete.executeUpdate();
            }
        });
    }

    /** Creates {@code django_session} as Django's migration {@code sessions.0001_initial} does, if it is not there. */
    public void createTable() {
        Vendor vendor = vendor();
        String date = vendor == Vendor.POSTGRESQL ? "timestamp with time zone" : "datetime";
        ConnectionScope.withConnection(using, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS \"" + TABLE + "\" (\"session_key\" varchar(40) NOT NULL PRIMARY KEY,"
                        + " \"session_data\" text NOT NULL, \"expire_date\" " + date + " NOT NULL)");
                statement.execute("CREATE INDEX IF NOT EXISTS \"django_session_expire_date_a5c62663\" ON \"" + TABLE
                        + "\" (\"expire_date\")");
                if (vendor == Vendor.POSTGRESQL) {
                    statement.execute("CREATE INDEX IF NOT EXISTS \"django_session_session_key_c0390e0f_like\" ON \"" + TABLE
                            + "\" (\"session_key\" varchar_pattern_ops)");
                }
            }
            return null;
        });
    }

    private Vendor vendor() {
        Database database = Databases.get(using);
        return database.vendor();
    }

    private static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        QueryLog.record(sql, 0);
        return connection.prepareStatement(sql);
    }

    private static Object timestamp(Vendor vendor, Instant instant) {
        return vendor == Vendor.SQLITE ? SQLITE_DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC))
                : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private String newKey() {
        StringBuilder key = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            key.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
        }
        return key.toString();
    }

    // Django's _validate_session_key: at least 8 characters (and what the column holds).
    private static boolean isValidKey(String key) {
        return key.length() >= 8 && key.length() <= 40;
    }

    @Override
    public String toString() {
        return "DatabaseSessionStore[" + using + "]";
    }
}
