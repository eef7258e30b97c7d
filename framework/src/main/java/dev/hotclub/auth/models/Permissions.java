package dev.hotclub.auth.models;

import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.models.Q;
import java.util.ArrayList;
import java.util.List;

/**
 * Django's default permissions: for each model, add, change, delete and view, codename {@code "%s_%s"} (action,
 * model name), name {@code "Can %s %s"} (action, verbose name). {@code migrate} makes them (Django's
 * {@code create_permissions} after migrating); {@link #createFor} makes them for a list of models.
 */
public final class Permissions {
    /** Django's {@code Options.default_permissions}. */
    public static final List<String> DEFAULT_ACTIONS = List.of("add", "change", "delete", "view");

    private Permissions() {
    }

    /** The content types and the four permissions of each of {@code models} that are missing; returns those created. */
    public static List<Permission> createFor(List<Class<? extends Model>> models) {
        List<Permission> created = new ArrayList<>();
        for (Class<? extends Model> model : models) {
            ModelMeta meta = ModelMeta.of(model);
            ContentType type = ContentType.forModel(model);
            for (String action : DEFAULT_ACTIONS) {
                var row = Permission.objects.getOrCreate(Q.where("contentType", type, "codename", codename(action, meta)),
                        p -> p.name = name(action, meta));
                if (row.created()) {
                    created.add(row.object());
                }
            }
        }
        return created;
    }

    /** {@code add_question}. */
    public static String codename(String action, ModelMeta meta) {
        return action + "_" + meta.modelName();
    }

    /** {@code Can add question}. */
    public static String name(String action, ModelMeta meta) {
        return "Can " + action + " " + meta.verboseName();
    }

    /** The permission {@code "app_label.codename"}, e.g. {@code Permissions.get("polls.add_choice")}. */
    public static Permission get(String permission) {
        int dot = permission.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("A permission is named \"app_label.codename\", e.g. \"polls.add_choice\"; got \""
                    + permission + "\"");
        }
        return Permission.objects.get(Q.where("contentType__appLabel", permission.substring(0, dot),
                "codename", permission.substring(dot + 1)));
    }
}
