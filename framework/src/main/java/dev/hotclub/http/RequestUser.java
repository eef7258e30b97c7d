package dev.hotclub.http;

import java.util.function.Supplier;

/**
 * Who made the request (Django's {@code request.user}): a user of the project's user model, or the anonymous user.
 * {@code AuthenticationMiddleware} (in {@code dev.hotclub.auth}) provides it, looked up on first use; read it with
 * {@code request.user()} and cast to the project's user model for its fields.
 *
 * <pre>{@code
 * if (!request.user().isAuthenticated()) { return redirectToLogin(request); }
 * User me = (User) request.user();
 * }</pre>
 */
public interface RequestUser {
    /** Where the middleware keeps the lookup, run once on first use. */
    RequestAttribute<Lazy> ATTRIBUTE = RequestAttribute.of("user", Lazy.class);

    /** True for a user of the user model, false for the anonymous user. */
    boolean isAuthenticated();

    default boolean isAnonymous() {
        return !isAuthenticated();
    }

    boolean isActive();

    boolean isStaff();

    boolean isSuperuser();

    /** The username, empty for the anonymous user. */
    String getUsername();

    /** Django's {@code has_perm("app_label.codename")}: an active superuser has every permission, an inactive user none. */
    boolean hasPerm(String permission);

    /** Django's {@code has_module_perms(app_label)}: any permission of that app. */
    boolean hasModulePerms(String appLabel);

    /** The user, looked up once, on first use. */
    final class Lazy {
        private final Supplier<RequestUser> lookup;
        private RequestUser user;

        public Lazy(Supplier<RequestUser> lookup) {
            this.lookup = lookup;
        }

        public RequestUser get() {
            if (user == null) {
                user = lookup.get();
            }
            return user;
        }

        /** Replaces the user (login and logout). */
        public void set(RequestUser user) {
            this.user = user;
        }
    }
}
