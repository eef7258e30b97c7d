package dev.hotclub.auth.models;

import dev.hotclub.auth.hashers.PasswordHashers;
import dev.hotclub.auth.tokens.PasswordResetUser;
import dev.hotclub.auth.tokens.SessionAuthHash;
import dev.hotclub.auth.validators.UserAttributes;
import dev.hotclub.db.models.ManyToMany;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.fields.BooleanField;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.DateTimeField;
import dev.hotclub.db.models.fields.EmailField;
import dev.hotclub.db.models.fields.ManyToManyField;
import dev.hotclub.http.RequestUser;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Django's {@code AbstractUser}: the fields and behaviour of {@link User}, for a project's own user model to extend
 * (AUTH_USER_MODEL) with fields of its own:
 *
 * <pre>{@code
 * @Meta(appLabel = "accounts")
 * public class CustomUser extends AbstractUser {
 *     public static final Manager<CustomUser> objects = Manager.of(CustomUser.class);
 *     @DateField(nullable = true, blank = true) public LocalDate birthday;
 * }
 * // and in the project: .set(UserModel.AUTH_USER_MODEL, CustomUser.class)
 * }</pre>
 *
 * The columns are Django's {@code auth_user}'s, in its order, so a Django user table reads as it is; the password is
 * Django's hash text ({@link PasswordHashers}).
 */
public abstract class AbstractUser extends Model implements RequestUser, PasswordResetUser, UserAttributes {
    @CharField(maxLength = 128)
    public String password = "";

    @DateTimeField(nullable = true, blank = true, verboseName = "last login")
    public Instant lastLogin;

    @BooleanField(verboseName = "superuser status",
            helpText = "Designates that this user has all permissions without explicitly assigning them.")
    public boolean isSuperuser = false;

    @ManyToManyField(blank = true, helpText = "The groups this user belongs to. A user will get all permissions granted"
            + " to each of their groups.")
    public ManyToMany<Group> groups;

    @ManyToManyField(blank = true, verboseName = "user permissions", helpText = "Specific permissions for this user.")
    public ManyToMany<Permission> userPermissions;

    @CharField(maxLength = 150, unique = true,
            helpText = "Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.")
    public String username;

    @CharField(maxLength = 150, blank = true, verboseName = "first name")
    public String firstName = "";

    @CharField(maxLength = 150, blank = true, verboseName = "last name")
    public String lastName = "";

    @EmailField(blank = true, verboseName = "email address")
    public String email = "";

    @BooleanField(verboseName = "staff status", helpText = "Designates whether the user can log into this admin site.")
    public boolean isStaff = false;

    @BooleanField(verboseName = "active", helpText = "Designates whether this user should be treated as active."
            + " Unselect this instead of deleting accounts.")
    public boolean isActive = true;

    @DateTimeField(verboseName = "date joined")
    public Instant dateJoined = Instant.now();

    // Django's _perm_cache: read once per instance (per request, as request.user is looked up per request).
    private transient Set<String> permissionCache;

    /** Stores {@code rawPassword}'s hash by {@code hashers}' preferred hasher; {@code null} makes the password unusable. */
    public void setPassword(String rawPassword, PasswordHashers hashers) {
        password = hashers.makePassword(rawPassword);
    }

    /** Whether {@code rawPassword} is this user's; an outdated hash is renewed and saved (Django's {@code check_password}). */
    public boolean checkPassword(String rawPassword, PasswordHashers hashers) {
        return hashers.checkPassword(rawPassword, password, renewed -> {
            setPassword(renewed, hashers);
            if (id != null) {
                saveFields("password");
            }
        });
    }

    /** No password will ever match (Django's {@code set_unusable_password}): for accounts that log in otherwise. */
    public void setUnusablePassword() {
        password = PasswordHashers.unusablePassword();
    }

    public boolean hasUsablePassword() {
        return PasswordHashers.isPasswordUsable(password);
    }

    /** Django's {@code get_session_auth_hash}: what login stores, so that a password change ends the sessions. */
    public String getSessionAuthHash(String secretKey) {
        return SessionAuthHash.of(password, secretKey);
    }

    /** First and last name with a space between, trimmed (Django's {@code get_full_name}). */
    public String getFullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }

    public String getShortName() {
        return firstName;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAuthenticated() {
        return true;
    }

    @Override
    public boolean isActive() {
        return isActive;
    }

    @Override
    public boolean isStaff() {
        return isStaff;
    }

    @Override
    public boolean isSuperuser() {
        return isSuperuser;
    }

    @Override
    public boolean hasPerm(String permission) {
        if (!isActive) {
            return false;
        }
        return isSuperuser || getAllPermissions().contains(permission);
    }

    /** Every one of {@code permissions} (Django's {@code has_perms}). */
    public boolean hasPerms(String... permissions) {
        for (String permission : permissions) {
            if (!hasPerm(permission)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean hasModulePerms(String appLabel) {
        if (!isActive) {
            return false;
        }
        return isSuperuser || getAllPermissions().stream().anyMatch(p -> p.startsWith(appLabel + "."));
    }

    /** {@code "app_label.codename"} of the user's own permissions and their groups', read once per instance. */
    public Set<String> getAllPermissions() {
        if (!isActive || id == null) {
            return Set.of();
        }
        if (permissionCache == null) {
            Set<String> all = new HashSet<>(getUserPermissions());
            all.addAll(getGroupPermissions());
            permissionCache = Collections.unmodifiableSet(all);
        }
        return permissionCache;
    }

    /** The user's own permissions, {@code "app_label.codename"}. */
    public Set<String> getUserPermissions() {
        return names(Permission.objects.filter(queryName(Permission.class, "userPermissions"), id).valuesList(
                "contentType__appLabel", "codename").list());
    }

    /** The permissions of the user's groups, {@code "app_label.codename"}. */
    public Set<String> getGroupPermissions() {
        return names(Permission.objects.filter("group__" + queryName(Group.class, "groups"), id).valuesList(
                "contentType__appLabel", "codename").list());
    }

    private static Set<String> names(List<List<Object>> rows) {
        Set<String> names = new HashSet<>();
        for (List<Object> row : rows) {
            names.add(row.get(0) + "." + row.get(1));
        }
        return names;
    }

    // How the target model's queries name this user model (Django's related_query_name: "user" for User).
    private String queryName(Class<? extends Model> target, String field) {
        return ModelMeta.of(target).reverseRelations().stream()
                .filter(r -> r.fromModel() == getClass() && r.field().name().equals(field))
                .map(ModelMeta.Reverse::queryName).findFirst()
                .orElse(meta().modelName());
    }

    /** Forgets the permissions read (after changing the user's groups or permissions in the same request). */
    public void clearPermissionCache() {
        permissionCache = null;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public Instant lastLogin() {
        return lastLogin;
    }

    @Override
    public String email() {
        return email == null ? "" : email;
    }

    @Override
    public Optional<String> attribute(String name) {
        String value = switch (name) {
            case "username" -> username;
            case "first_name" -> firstName;
            case "last_name" -> lastName;
            case "email" -> email;
            default -> null;
        };
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return username;
    }
}
