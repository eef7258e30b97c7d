package dev.hotclub.auth;

import dev.hotclub.auth.models.ContentType;
import dev.hotclub.auth.models.Group;
import dev.hotclub.auth.models.Permission;
import dev.hotclub.auth.models.User;
import dev.hotclub.db.Backends;
import dev.hotclub.db.Databases;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.sessions.DatabaseSessionStore;
import dev.hotclub.db.models.Model;
import java.util.List;

/**
 * Runs an auth test on SQLite or on the real PostgreSQL, with the tables made once per vendor and the test's rows
 * rolled back at the end: the contenttypes and auth apps by their migrations (as {@code migrate} makes them, with the
 * permissions after), the polls models and the test's own user model from their metadata.
 */
public final class AuthDatabases {
    public static final List<Class<? extends Model>> MODELS = List.of(ContentType.class, Permission.class, Group.class,
            User.class, dev.hotclub.db.polls.Question.class, dev.hotclub.db.polls.Choice.class,
            dev.hotclub.auth.models.CustomUser.class);

    private static final Backends.PerVendor AUTH = new Backends.PerVendor("auth", () -> {
        @SuppressWarnings("unchecked")
        Class<? extends Model>[] models = MODELS.toArray(new Class[0]);
        TestDatabase.createTables(Databases.defaultDatabase(), models);
        new DatabaseSessionStore().createTable();
    });

    private AuthDatabases() {
    }

    public static TestDatabase.TestCase use(Vendor vendor) {
        return AUTH.use(vendor);
    }
}
