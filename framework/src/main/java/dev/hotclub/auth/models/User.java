package dev.hotclub.auth.models;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Meta;

/**
 * Django's {@code User} ({@code auth_user}): the default user model. A project that wants its own extends
 * {@link AbstractUser} and names it in {@link UserModel#AUTH_USER_MODEL}.
 */
@Meta(appLabel = "auth", dbTable = "auth_user", verboseName = "user", autoField = "AutoField")
public class User extends AbstractUser {
    public static final Manager<User> objects = Manager.of(User.class);
}
