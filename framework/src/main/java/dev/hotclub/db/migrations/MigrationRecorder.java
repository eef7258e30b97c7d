package dev.hotclub.db.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The table of applied migrations, with Django's columns ({@code id, app, name, applied}). It is created by the
 * schema editor from a model state, like any other table.
 */
public final class MigrationRecorder {
    public static final String TABLE = "hotclub_migrations";
    static final ModelState MODEL = ModelState.of("hotclub", "Migration", List.of(
            Fields.bigAutoField("id"),
            Fields.charField("app", 255),
            Fields.charField("name", 255),
            Fields.dateTimeField("applied"))).withDbTable(TABLE);

    private final Connection connection;
    private final Vendor vendor;

    public MigrationRecorder(Connection connection) {
        this.connection = connection;
        this.vendor = Vendor.of(connection);
    }

    public boolean hasTable() throws SQLException {
        return SchemaIntrospector.of(connection).hasTable(TABLE);
    }

    /** Creates the table if it does not exist yet. */
    public void ensureTable() throws SQLException {
        if (hasTable()) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        SchemaEditor editor = SchemaEditor.create(vendor, connection);
        editor.createModel(MODEL, ProjectState.empty().with(MODEL));
        editor.flushDeferred();
        if (!autoCommit) {
            connection.commit();
        }
    }

    public Set<Migration.Key> applied() throws SQLException {
        Set<Migration.Key> applied = new TreeSet<>();
        if (!hasTable()) {
            return applied;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT app, name FROM " + vendor.quoteName(TABLE));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                applied.add(new Migration.Key(rows.getString(1), rows.getString(2)));
            }
        }
        return applied;
    }

    public void recordApplied(Migration.Key key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO " + vendor.quoteName(TABLE) + " (app, name, applied) VALUES (?, ?, ?)")) {
            statement.setString(1, key.app());
            statement.setString(2, key.name());
            if (vendor == Vendor.SQLITE) {
                statement.setString(3, Instant.now().toString().replace('T', ' ').replace("Z", ""));
            } else {
                statement.setTimestamp(3, Timestamp.from(Instant.now()));
            }
            statement.executeUpdate();
        }
    }

    public void recordUnapplied(Migration.Key key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM " + vendor.quoteName(TABLE) + " WHERE app = ? AND name = ?")) {
            statement.setString(1, key.app());
            statement.setString(2, key.name());
            statement.executeUpdate();
        }
    }
}
