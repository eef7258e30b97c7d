package dev.hotclub.auth.models.migrations;

import dev.hotclub.db.migrations.Migration;
import dev.hotclub.db.migrations.operations.*;

import java.util.List;

import static dev.hotclub.db.migrations.Fields.*;

/**
 * The contenttypes app's first migration: {@code django_content_type} as Django 3.2 leaves it after its own
 * migrations (its {@code 0002} removed the {@code name} column), in one step.
 */
public final class ContentTypesMigration0001Initial extends Migration {
    public ContentTypesMigration0001Initial() {
        super("contenttypes", "0001_initial");
        operations(
                new CreateModel("ContentType", List.of(
                        autoField("id"),
                        charField("app_label", 100),
                        charField("model", 100)))
                .dbTable("django_content_type")
                .uniqueTogether(List.of("app_label", "model"))
                .verboseName("content type", null));
    }
}
