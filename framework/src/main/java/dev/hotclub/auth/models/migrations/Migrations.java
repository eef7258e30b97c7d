package dev.hotclub.auth.models.migrations;

import dev.hotclub.db.migrations.Migration;
import dev.hotclub.db.migrations.MigrationIndex;

import java.util.List;

/**
 * The migrations of the apps 'contenttypes' and 'auth', whose models share the package
 * {@code dev.hotclub.auth.models}: the loader gives each app its own.
 */
public final class Migrations implements MigrationIndex {
    @Override
    public List<Migration> migrations() {
        return List.of(
                new ContentTypesMigration0001Initial(),
                new Migration0001Initial());
    }
}
