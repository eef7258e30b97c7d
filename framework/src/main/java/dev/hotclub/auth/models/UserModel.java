package dev.hotclub.auth.models;

import dev.hotclub.auth.hashers.PasswordHashers;
import dev.hotclub.conf.Setting;
import dev.hotclub.conf.Settings;
import dev.hotclub.db.models.DoesNotExist;
import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.QuerySet;
import java.text.Normalizer;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The project's user model (Django's {@code get_user_model()} and {@code UserManager}): {@link User} unless
 * AUTH_USER_MODEL names a subclass of {@link AbstractUser}, with the project's password hashers.
 *
 * <pre>{@code
 * UserModel<?> users = UserModel.of(request.settings());
 * AbstractUser alice = users.createUser("alice", "alice@example.com", "correct horse");
 * }</pre>
 */
public final class UserModel<U extends AbstractUser> {
    /** Django's {@code AUTH_USER_MODEL}: the user model class; set in code, from the start of a project. */
    public static final Setting<Class<? extends AbstractUser>> AUTH_USER_MODEL = Setting.<Class<? extends AbstractUser>>codeOnly(
            "AUTH_USER_MODEL", User.class, "The user model: User.class (default) or a subclass of AbstractUser.")
            .checkedBy(model -> {
                if (model == null || !AbstractUser.class.isAssignableFrom(model)
                        || java.lang.reflect.Modifier.isAbstract(model.getModifiers())) {
                    throw new IllegalArgumentException("AUTH_USER_MODEL must be a model class extending AbstractUser"
                            + " (dev.hotclub.auth.models), e.g. User.class or CustomUser.class; got " + model);
                }
            });

    private final Class<U> model;
    private final PasswordHashers hashers;

    public UserModel(Class<U> model, PasswordHashers hashers) {
        this.model = model;
        this.hashers = hashers;
    }

    /** The user model of {@code settings}, with its PASSWORD_HASHERS. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static UserModel<? extends AbstractUser> of(Settings settings) {
        return new UserModel(settings.get(AUTH_USER_MODEL), PasswordHashers.from(settings));
    }

    public Class<U> modelClass() {
        return model;
    }

    public ModelMeta meta() {
        return ModelMeta.of(model);
    }

    public PasswordHashers hashers() {
        return hashers;
    }

    /** A QuerySet over every user. */
    public QuerySet<U> objects() {
        return Manager.of(model);
    }

    /** The user with this username, exactly as typed (Django's {@code get_by_natural_key}). */
    public Optional<U> getByNaturalKey(String username) {
        try {
            return Optional.of(objects().get("username", username));
        } catch (DoesNotExist e) {
            return Optional.empty();
        }
    }

    /** The user of this primary key (a number, or its text as sessions and reset links hold it), if any. */
    public Optional<U> getById(Object id) {
        try {
            // The key as its Java type (a bigint is compared with a number only on PostgreSQL; a UUID key reads its text).
            Object key = objects().meta().pkFrom(id);
            if (key == null) {
                return Optional.empty();
            }
            return Optional.of(objects().get("pk", key));
        } catch (DoesNotExist | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Django's {@code create_user}: username normalized (NFKC), email's domain in lower case, password hashed (null: unusable). */
    public U createUser(String username, String email, String password) {
        return createUser(username, email, password, user -> { });
    }

    /** {@link #createUser(String, String, String)} with other fields set by {@code extra} before saving. */
    public U createUser(String username, String email, String password, Consumer<U> extra) {
        if (username == null || username.isEmpty()) {
            throw new IllegalArgumentException("The given username must be set");
        }
        U user = newInstance();
        user.username = normalizeUsername(username);
        user.email = normalizeEmail(email);
        user.setPassword(password, hashers);
        extra.accept(user);
        user.save();
        return user;
    }

    /** Django's {@code create_superuser}: a staff superuser. */
    public U createSuperuser(String username, String email, String password) {
        return createUser(username, email, password, user -> {
            user.isStaff = true;
            user.isSuperuser = true;
        });
    }

    /** Sets and saves {@code user}'s password (Django's {@code set_password} and {@code save}). */
    public void setPassword(AbstractUser user, String rawPassword) {
        user.setPassword(rawPassword, hashers);
        user.saveFields("password");
    }

    /** Django's {@code UserManager.normalize_email}: the domain part in lower case. */
    public static String normalizeEmail(String email) {
        if (email == null) {
            return "";
        }
        int at = email.strip().lastIndexOf('@');
        if (at < 0) {
            return email.strip();
        }
        String stripped = email.strip();
        return stripped.substring(0, at) + "@" + stripped.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Django's {@code AbstractBaseUser.normalize_username}: Unicode NFKC, so look-alike forms are one name. */
    public static String normalizeUsername(String username) {
        return username == null ? null : Normalizer.normalize(username, Normalizer.Form.NFKC);
    }

    private U newInstance() {
        try {
            var constructor = model.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The user model " + model.getName() + " needs a constructor without parameters", e);
        }
    }

    @Override
    public String toString() {
        return "UserModel[" + model.getName() + "]";
    }
}
