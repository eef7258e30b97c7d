package dev.hotclub.auth.models;

import dev.hotclub.db.models.Manager;
import dev.hotclub.db.models.Meta;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.OnDelete;
import dev.hotclub.db.models.Ref;
import dev.hotclub.db.models.fields.CharField;
import dev.hotclub.db.models.fields.ForeignKey;

/**
 * Django's {@code Permission} ({@code auth_permission}): a named right on one model, {@code polls.add_choice}
 * (app label, then codename). Each model gets four, made by {@link Permissions#createFor}: add, change, delete and
 * view, codename {@code "<action>_<model name>"}, name {@code "Can <action> <verbose name>"}.
 */
@Meta(appLabel = "auth", dbTable = "auth_permission", uniqueTogether = "contentType, codename", autoField = "AutoField",
        ordering = {"contentType__appLabel", "contentType__model", "codename"})
public class Permission extends Model {
    public static final Manager<Permission> objects = Manager.of(Permission.class);

    @CharField(maxLength = 255)
    public String name;

    @ForeignKey(onDelete = OnDelete.CASCADE, verboseName = "content type")
    public Ref<ContentType> contentType;

    @CharField(maxLength = 100)
    public String codename;

    /** Django's {@code __str__}: {@code polls | question | Can add question}. */
    @Override
    public String toString() {
        ContentType type = contentType.get();
        return type.appLabel + " | " + type.model + " | " + name;
    }
}
