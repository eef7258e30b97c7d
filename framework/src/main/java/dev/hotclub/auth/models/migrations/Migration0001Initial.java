package dev.hotclub.auth.models.migrations;

import dev.hotclub.db.migrations.Migration;
import dev.hotclub.db.migrations.operations.*;

import java.util.List;

import static dev.hotclub.db.migrations.Fields.*;
import static dev.hotclub.db.migrations.OnDelete.*;

/**
 * The auth app's first migration: {@code auth_permission}, {@code auth_group}, {@code auth_user} and their join
 * tables, column for column as Django 3.2's twelve auth migrations leave them (integer ids, a 150-character
 * username, a 254-character email), in one step. The user model is swappable: a project with its own
 * AUTH_USER_MODEL gets no {@code auth_user} (nor its join tables); its own app's migration makes its user table.
 */
public final class Migration0001Initial extends Migration {
    public Migration0001Initial() {
        super("auth", "0001_initial");
        dependsOn("contenttypes", "0001_initial");
        operations(
                new CreateModel("Permission", List.of(
                        autoField("id"),
                        charField("name", 255),
                        foreignKey("content_type", "contenttypes.contenttype", CASCADE),
                        charField("codename", 100)))
                .ordering("content_type__app_label", "content_type__model", "codename")
                .uniqueTogether(List.of("content_type", "codename")),
                new CreateModel("Group", List.of(
                        autoField("id"),
                        charField("name", 150).unique(),
                        manyToManyField("permissions", "auth.permission").blank())),
                new CreateModel("User", List.of(
                        autoField("id"),
                        charField("password", 128).withDefault(""),
                        dateTimeField("last_login").nullable().blank(),
                        booleanField("is_superuser").withDefault(false),
                        manyToManyField("groups", "auth.group").blank(),
                        manyToManyField("user_permissions", "auth.permission").blank(),
                        charField("username", 150).unique(),
                        charField("first_name", 150).blank().withDefault(""),
                        charField("last_name", 150).blank().withDefault(""),
                        emailField("email").blank().withDefault(""),
                        booleanField("is_staff").withDefault(false),
                        booleanField("is_active").withDefault(true),
                        dateTimeField("date_joined")))
                .verboseName("user", null)
                .swappable("AUTH_USER_MODEL"));
    }
}
