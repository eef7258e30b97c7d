package dev.hotclub.auth;

import dev.hotclub.auth.models.ContentType;
import dev.hotclub.auth.models.Group;
import dev.hotclub.auth.models.Permission;
import dev.hotclub.auth.models.User;
import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.Databases;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.sessions.DatabaseSessionStore;
import dev.hotclub.db.models.Model;
import dev.hotclub.testing.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an auth test on SQLite or on the real PostgreSQL, with the tables made once per vendor and the test's rows
 * rolled back at the end: the contenttypes and auth apps by their migrations (as {@code migrate} makes them, with the
 * permissions after), the polls models and the test's own user model from their metadata.
 */
public final class AuthDatabases {
    public static final List<Class<? extends Model>> MODELS = List.of(ContentType.class, Permission.class, Group.class,
            User.class, dev.hotclub.db.polls.Question.class, dev.hotclub.db.polls.Choice.class,
            dev.hotclub.auth.models.CustomUser.class);

    private static final Map<Vendor, String> URLS = new EnumMap<>(Vendor.class);

    private AuthDatabases() {
    }

    public static synchronized TestDatabase.TestCase use(Vendor vendor) {
        String url = URLS.get(vendor);
        boolean fresh = url == null;
        if (fresh) {
            url = vendor == Vendor.SQLITE ? sqliteUrl() : PostgresServer.shared().createDatabase("auth");
            URLS.put(vendor, url);
        }
        Databases.configureForTests(DatabaseSettings.of(url), Path.of("").toAbsolutePath());
        if (fresh) {
            @SuppressWarnings("unchecked")
            Class<? extends Model>[] models = MODELS.toArray(new Class[0]);
            TestDatabase.createTables(Databases.defaultDatabase(), models);
            new DatabaseSessionStore().createTable();
        }
        return TestDatabase.testCase();
    }

    private static String sqliteUrl() {
        try {
            return "sqlite:///" + Files.createTempDirectory("hotclub-auth").resolve("test.sqlite3");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
