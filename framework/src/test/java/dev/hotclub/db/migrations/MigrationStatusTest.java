package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.commands.MigrateCommand;
import dev.hotclub.db.migrations.commands.MigrationContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.hotclub.db.migrations.Fields.textField;
import static org.assertj.core.api.Assertions.assertThat;

/** The lines the dev server shows when the database or the migrations are behind. */
class MigrationStatusTest {
    private static final List<MigrationApp> APPS = List.of(new MigrationApp("library", "mysite.library"));

    @Test
    void unappliedMigrationsAndUnmigratedModelChangesAreNamed() throws Exception {
        TestDatabase database = TestDatabase.create(Vendor.SQLITE, "status");
        List<Migration> migrations = List.of(new LibraryMigrations.Initial(), new LibraryMigrations.Pages(),
                new LibraryMigrations.Irreversible());
        MigrationLoader loader = new MigrationLoader(APPS, migrations);
        ProjectState models = loader.migratedState();
        MigrationContext context = new MigrationContext(APPS, () -> loader, () -> models, null, database::open,
                Vendor.SQLITE);

        assertThat(MigrationStatus.of(context).messages()).containsExactly(
                "You have 3 unapplied migrations: library 0001, 0002, 0003. Run ./manage migrate.");

        MigrationsWorkspace.capture((out, err) -> new MigrateCommand(context, out, err).run(List.of("library", "0002")));
        assertThat(MigrationStatus.of(context).messages()).containsExactly(
                "You have 1 unapplied migration: library 0003. Run ./manage migrate.");

        MigrationsWorkspace.capture((out, err) -> new MigrateCommand(context, out, err).run(List.of()));
        assertThat(MigrationStatus.of(context).upToDate()).isTrue();

        ModelState book = models.model("library.book");
        ProjectState edited = models.with(book.withField(textField("blurb").nullable()));
        MigrationContext afterEdit = new MigrationContext(APPS, () -> loader, () -> edited, null, database::open,
                Vendor.SQLITE);
        assertThat(MigrationStatus.of(afterEdit).messages()).containsExactly(
                "Models in app 'library' have changes not in a migration: run ./manage makemigrations.");
        assertThat(MigrationsWorkspace.capture((out, err) -> new MigrateCommand(afterEdit, out, err).run(List.of()))
                .out()).contains("  No migrations to apply.\n  Your models in app(s): 'library' have changes that are"
                + " not yet reflected in a migration, and so won't be applied.\n  Run './manage makemigrations' to make"
                + " new migrations, and then re-run './manage migrate' to apply them.\n");
    }
}
