package dev.hotclub.auth.models;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.fields.DateField;
import java.time.LocalDate;

/** A project's own user model (AUTH_USER_MODEL), with a field of its own. */
@Meta(appLabel = "accounts")
public class CustomUser extends AbstractUser {
    public static final Manager<CustomUser> objects = Manager.of(CustomUser.class);

    @DateField(nullable = true, blank = true)
    public LocalDate birthday;
}
