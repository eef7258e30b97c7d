package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.commands.MigrateCommand;
import dev.hotclub.db.migrations.commands.MigrationContext;
import dev.hotclub.db.migrations.commands.ShowMigrationsCommand;
import dev.hotclub.db.migrations.commands.SqlMigrateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** migrate, showmigrations and sqlmigrate on both databases: transactions, irreversibility, plans, fakes, locks. */
class MigrateBehaviourTest {
    private static final List<MigrationApp> APPS = List.of(new MigrationApp("library", "mysite.library"));

    private static MigrationContext context(TestDatabase database, Migration... migrations) {
        return new MigrationContext(APPS, () -> new MigrationLoader(APPS, List.of(migrations)), ProjectState::empty,
                null, database == null ? null : database::open,
                database == null ? Vendor.SQLITE : database.vendor());
    }

    private static MigrationsWorkspace.Result migrate(TestDatabase database, List<Migration> migrations,
                                                      String... args) {
        return MigrationsWorkspace.capture((out, err) -> new MigrateCommand(
                context(database, migrations.toArray(Migration[]::new)), out, err).run(List.of(args)));
    }

    private static Map<String, List<String>> schema(TestDatabase database) throws Exception {
        try (Connection connection = database.open()) {
            return SchemaSnapshot.of(connection);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aFailingMigrationLeavesSchemaDataAndRecordsAsTheyWere(Vendor vendor) throws Exception {
        TestDatabase database = TestDatabase.create(vendor, "failing");
        List<Migration> good = List.of(new LibraryMigrations.Initial(), new LibraryMigrations.Pages());
        assertThat(migrate(database, good).exitCode()).isZero();
        database.execute("INSERT INTO library_author (id, name) VALUES (1, 'Le Guin')");
        database.execute("INSERT INTO library_book (id, title, author_id, pages) VALUES (1, 'The Dispossessed', 1, 387)");
        Map<String, List<String>> before = schema(database);

        List<Migration> withBroken = List.of(new LibraryMigrations.Initial(), new LibraryMigrations.Pages(),
                new LibraryMigrations.Broken());
        MigrationsWorkspace.Result result = migrate(database, withBroken);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("  Applying library.0003_broken...");
        assertThat(result.err()).startsWith("CommandError: Applying library.0003_broken failed and was rolled back"
                + " (schema, data and migration records are as before): ").contains("no_such_table");
        assertThat(schema(database)).isEqualTo(before);
        assertThat(database.rows("SELECT id, title, pages FROM library_book")).containsExactly("1|The Dispossessed|387");
        assertThat(database.rows("SELECT name FROM hotclub_migrations ORDER BY name"))
                .containsExactly("0001_initial", "0002_book_pages");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aMigrationThatBreaksAForeignKeyIsRolledBack(Vendor vendor) throws Exception {
        TestDatabase database = TestDatabase.create(vendor, "dangling");
        MigrationsWorkspace.Result result = migrate(database, List.of(new LibraryMigrations.Initial(),
                new LibraryMigrations.Pages(), new LibraryMigrations.Dangling()));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Applying library.0003_dangling failed and was rolled back");
        assertThat(database.rows("SELECT COUNT(*) FROM library_book")).containsExactly("0");
        assertThat(database.rows("SELECT name FROM hotclub_migrations ORDER BY name"))
                .containsExactly("0001_initial", "0002_book_pages");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anIrreversibleOperationStopsABackwardsMigrateBeforeItUnappliesAnything(Vendor vendor) throws Exception {
        TestDatabase database = TestDatabase.create(vendor, "irreversible");
        List<Migration> migrations = List.of(new LibraryMigrations.Initial(), new LibraryMigrations.Pages(),
                new LibraryMigrations.Irreversible(), new LibraryMigrations.AfterIrreversible());
        assertThat(migrate(database, migrations).exitCode()).isZero();

        MigrationsWorkspace.Result result = migrate(database, migrations, "library", "0002");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("CommandError: Operation Raw SQL operation in library.0003_shout is not"
                + " reversible: nothing was unapplied. Give the operation a reverse (RunSQL's reverse SQL, RunJava's"
                + " backwards code, RunSQL.NOOP/RunJava.NOOP when nothing needs undoing), or migrate back no further"
                + " than library.0003_shout.\n");
        assertThat(database.rows("SELECT COUNT(*) FROM hotclub_migrations")).containsExactly("4");
        assertThat(migrate(database, migrations, "library", "0003").out())
                .contains("  Unapplying library.0004_book_year... OK");
    }

    @Test
    void planListsWhatWouldRunInOrderWithoutRunningIt() throws Exception {
        TestDatabase database = TestDatabase.create(Vendor.SQLITE, "plan");
        List<Migration> migrations = List.of(new LibraryMigrations.Initial(), new LibraryMigrations.Pages(),
                new LibraryMigrations.Irreversible());
        assertThat(migrate(database, migrations, "--plan").out()).isEqualTo("""
                Planned operations:
                library.0001_initial
                    Create model Author
                    Create model Book
                library.0002_book_pages
                    Add field pages to book
                library.0003_shout
                    Raw SQL operation
                """);
        assertThat(migrate(database, migrations).exitCode()).isZero();
        assertThat(migrate(database, migrations, "library", "zero", "--plan").out()).isEqualTo("""
                Planned operations:
                library.0003_shout
                    Undo Raw SQL operation -> IRREVERSIBLE
                library.0002_book_pages
                    Undo Add field pages to book
                library.0001_initial
                    Undo Create model Book
                    Undo Create model Author
                """);
        assertThat(migrate(database, migrations, "--plan").out())
                .isEqualTo("Planned operations:\n  No planned migration operations.\n");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void fakeInitialRecordsTablesThatExistAndAppliesTheRest(Vendor vendor) throws Exception {
        TestDatabase database = TestDatabase.create(vendor, "fake");
        List<Migration> initialOnly = List.of(new LibraryMigrations.Initial());
        MigrationLoader loader = new MigrationLoader(APPS, initialOnly);
        try (Connection connection = database.open()) {
            SchemaEditor editor = SchemaEditor.create(vendor, connection);
            ProjectState state = loader.migratedState();
            for (ModelState model : state.models()) {
                editor.createModel(model, state);
            }
            editor.flushDeferred();
        }
        List<Migration> migrations = List.of(new LibraryMigrations.Initial(), new LibraryMigrations.Pages());
        MigrationsWorkspace.Result plain = migrate(database, migrations);
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err()).contains("Applying library.0001_initial failed and was rolled back");

        MigrationsWorkspace.Result faked = migrate(database, migrations, "--fake-initial");
        assertThat(faked.out()).contains("  Applying library.0001_initial... FAKED",
                "  Applying library.0002_book_pages... OK");
        assertThat(migrate(database, migrations, "library", "0001", "--fake").out())
                .contains("  Unapplying library.0002_book_pages... FAKED");
        assertThat(database.rows("SELECT COUNT(pages) FROM library_book")).containsExactly("0");
    }

    @Test
    void showmigrationsMarksAppliedMigrations() throws Exception {
        TestDatabase database = TestDatabase.create(Vendor.SQLITE, "show");
        Migration[] migrations = {new LibraryMigrations.Initial(), new LibraryMigrations.Pages()};
        migrate(database, List.of(migrations), "library", "0001");
        MigrationsWorkspace.Result shown = MigrationsWorkspace.capture((out, err) ->
                new ShowMigrationsCommand(context(database, migrations), out, err).run(List.of()));
        assertThat(shown.out()).isEqualTo("library\n [X] 0001_initial\n [ ] 0002_book_pages\n");
    }

    @Test
    void sqlmigratePrintsEachOperationsSqlForTheVendor() {
        Migration[] migrations = {new LibraryMigrations.Initial(), new LibraryMigrations.Pages()};
        MigrationsWorkspace.Result postgres = MigrationsWorkspace.capture((out, err) -> new SqlMigrateCommand(
                new MigrationContext(APPS, () -> new MigrationLoader(APPS, List.of(migrations)), null, null, null,
                        Vendor.POSTGRESQL), out, err).run(List.of("library", "0002")));
        assertThat(postgres.out()).isEqualTo("""
                BEGIN;
                --
                -- Add field pages to book
                --
                ALTER TABLE "library_book" ADD COLUMN "pages" integer DEFAULT 0 NOT NULL;
                ALTER TABLE "library_book" ALTER COLUMN "pages" DROP DEFAULT;
                COMMIT;
                """);
        MigrationsWorkspace.Result missing = MigrationsWorkspace.capture((out, err) -> new SqlMigrateCommand(
                context(null, migrations), out, err).run(List.of("library", "0009")));
        assertThat(missing.err()).isEqualTo("CommandError: Cannot find a migration matching '0009' from app"
                + " 'library'.\n");
    }

    @Test
    void twoLeavesInOneAppAreAConflictToMerge() throws Exception {
        TestDatabase database = TestDatabase.create(Vendor.SQLITE, "conflict");
        MigrationsWorkspace.Result result = migrate(database, List.of(new LibraryMigrations.Initial(),
                new LibraryMigrations.Pages(), new LibraryMigrations.OtherBranch()));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("CommandError: Conflicting migrations detected; multiple leaf nodes in"
                + " the migration graph: (0002_author_email, 0002_book_pages in library).\nTo fix them run"
                + " './manage makemigrations --merge'\n");
    }

    @Test
    void twoMigrateRunsAtOnceOnPostgresqlApplyEachMigrationOnce() throws Exception {
        TestDatabase database = TestDatabase.create(Vendor.POSTGRESQL, "lock");
        List<Migration> migrations = List.of(new LibraryMigrations.Initial(), new LibraryMigrations.Slow());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<MigrationsWorkspace.Result> run = () -> migrate(database, migrations);
            Future<MigrationsWorkspace.Result> first = pool.submit(run);
            Future<MigrationsWorkspace.Result> second = pool.submit(run);
            List<MigrationsWorkspace.Result> results = List.of(first.get(), second.get());
            assertThat(results).allSatisfy(r -> assertThat(r.exitCode()).as(r.err()).isZero());
            assertThat(results).filteredOn(r -> r.out().contains("Applying library.0002_slow... OK")).hasSize(1);
            assertThat(results).filteredOn(r -> r.out().contains("No migrations to apply.")).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(database.rows("SELECT app, name FROM hotclub_migrations ORDER BY name"))
                .containsExactly("library|0001_initial", "library|0002_slow");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void renamingAModelKeepsTheForeignKeysPointingAtItWorking(Vendor vendor) throws Exception {
        TestDatabase database = TestDatabase.create(vendor, "renamefk");
        List<Migration> migrations = List.of(new LibraryMigrations.Initial(), new LibraryMigrations.Pages(),
                new LibraryMigrations.RenameAuthor());
        assertThat(migrate(database, migrations, "library", "0002").exitCode()).isZero();
        database.execute("INSERT INTO library_author (id, name) VALUES (1, 'Le Guin')");
        database.execute("INSERT INTO library_book (id, title, author_id, pages) VALUES (1, 'Lathe', 1, 184)");
        MigrationsWorkspace.Result result = migrate(database, migrations);
        assertThat(result.exitCode()).as(result.err()).isZero();

        assertThat(database.rows("SELECT b.title, w.name FROM library_book b JOIN library_writer w"
                + " ON b.author_id = w.id")).containsExactly("Lathe|Le Guin");
        try (Connection connection = database.open()) {
            assertThat(SchemaIntrospector.of(connection).table("library_book").constraints())
                    .filteredOn(c -> c.kind().equals("foreign key"))
                    .extracting(SchemaIntrospector.Constraint::foreignTable).containsExactly("library_writer");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> database.execute(
                "INSERT INTO library_book (id, title, author_id, pages) VALUES (2, 'x', 42, 1)"))
                .isInstanceOf(java.sql.SQLException.class);
        assertThat(migrate(database, migrations, "library", "0002").exitCode()).isZero();
        assertThat(database.rows("SELECT b.title, a.name FROM library_book b JOIN library_author a"
                + " ON b.author_id = a.id")).containsExactly("Lathe|Le Guin");
    }
}
