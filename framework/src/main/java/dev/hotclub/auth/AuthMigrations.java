package dev.hotclub.auth;

import dev.hotclub.auth.models.ContentType;
import dev.hotclub.auth.models.Permission;
import dev.hotclub.auth.models.Permissions;
import dev.hotclub.auth.models.User;
import dev.hotclub.auth.models.UserModel;
import dev.hotclub.conf.Settings;
import dev.hotclub.db.migrations.SchemaIntrospector;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * What the migrations need to know of auth in a project: whether AUTH_USER_MODEL swapped {@link User} for the
 * project's own model (then {@code auth_user} is not created and {@code User} is not an installed model, as
 * Django's swappable models), and Django's {@code create_permissions}, run after each {@code migrate}.
 */
public final class AuthMigrations {
    /** The swappable setting of {@link User}, as the auth migration's {@code CreateModel} names it. */
    public static final String SWAPPABLE = "AUTH_USER_MODEL";

    private AuthMigrations() {
    }

    /** {@code {"AUTH_USER_MODEL"}} when the project has its own user model, else nothing. */
    public static Set<String> swappedSettings(Settings settings) {
        return settings.get(UserModel.AUTH_USER_MODEL) == User.class ? Set.of() : Set.of(SWAPPABLE);
    }

    /** {@code models} without {@link User} when the project swapped it for its own. */
    public static List<Class<? extends Model>> installedModels(Settings settings,
                                                               List<Class<? extends Model>> models) {
        if (swappedSettings(settings).isEmpty()) {
            return models;
        }
        return models.stream().filter(model -> model != User.class).toList();
    }

    /** Whether {@code models} install auth (its Permission model): then migrate creates the permissions. */
    public static boolean installsAuth(List<Class<? extends Model>> models) {
        return models.contains(Permission.class) && models.contains(ContentType.class);
    }

    /**
     * Django's {@code create_contenttypes} and {@code create_permissions} (its {@code post_migrate} receivers): the
     * content type of each of {@code models} and its add, change, delete and view permissions, those missing only,
     * once the tables exist (after {@code migrate auth zero} they do not, and nothing is made). Returns how many
     * permissions were created.
     */
    public static int createPermissions(Connection connection, List<Class<? extends Model>> models)
            throws SQLException {
        SchemaIntrospector introspector = SchemaIntrospector.of(connection);
        if (!introspector.hasTable(ModelMeta.of(ContentType.class).dbTable())
                || !introspector.hasTable(ModelMeta.of(Permission.class).dbTable())) {
            return 0;
        }
        return Permissions.createFor(models).size();
    }
}
