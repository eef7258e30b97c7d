package dev.hotclub.auth.models;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.ManyToMany;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.ManyToManyField;

/**
 * Django's {@code Group} ({@code auth_group}): a name and permissions; a user in the group has them
 * ({@code user.groups.add(editors)}).
 */
@Meta(appLabel = "auth", dbTable = "auth_group", autoField = "AutoField")
public class Group extends Model {
    public static final Manager<Group> objects = Manager.of(Group.class);

    @CharField(maxLength = 150, unique = true)
    public String name;

    @ManyToManyField(blank = true)
    public ManyToMany<Permission> permissions;

    @Override
    public String toString() {
        return name;
    }
}
