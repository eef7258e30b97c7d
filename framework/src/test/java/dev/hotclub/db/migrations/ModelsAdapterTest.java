package dev.hotclub.db.migrations;

import dev.hotclub.db.Backends;
import dev.hotclub.db.library.Book;
import dev.hotclub.db.library.Everything;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.models.TableSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ORM's models seen by the migrations ({@link ProjectState#fromModels}): the migrations written from them find
 * nothing more to write, and the schema they create is the one the ORM creates (and queries) in one step.
 */
class ModelsAdapterTest {
    private static final List<MigrationApp> APPS = List.of(
            new MigrationApp("polls", "dev.hotclub.db.polls"), new MigrationApp("library", "dev.hotclub.db.library"));

    @Test
    void fieldsTakeDjangosNamesKindsAndOptions() {
        ProjectState state = ProjectState.fromModels(Backends.MODELS);
        ModelState book = state.model("library.Book");
        assertThat(book.fields().stream().map(FieldState::name).toList())
                .containsExactly("id", "title", "author", "editor", "publisher", "pages", "rating", "price", "tags");
        assertThat(book.requireField("author")).isEqualTo(Fields.foreignKey("author", "library.Author",
                OnDelete.CASCADE).relatedName("books"));
        assertThat(book.requireField("editor").isNullable()).isTrue();
        assertThat(book.requireField("editor").onDelete()).isEqualTo(OnDelete.SET_NULL);
        assertThat(book.requireField("pages")).isEqualTo(Fields.integerField("pages").withDefault(0));
        assertThat(book.requireField("price")).isEqualTo(Fields.decimalField("price", 6, 2).nullable().blank());
        assertThat(book.requireField("tags")).isEqualTo(Fields.manyToManyField("tags", "library.Tag")
                .relatedName("books"));
        assertThat(book.ordering()).containsExactly("title");
        assertThat(book.constraints()).containsExactly(
                ConstraintState.unique("book_title_author_uniq", "title", "author"),
                ConstraintState.check("book_pages_not_negative", "\"pages\" >= 0"));

        ModelState everything = state.model("library.Everything");
        assertThat(everything.requireField("created").hasDefault())
                .as("Instant.now() is computed per instance: no default a migration can hold").isFalse();
        assertThat(everything.requireField("slug")).isEqualTo(Fields.slugField("slug").nullable());
        assertThat(state.model("polls.Question").ordering()).containsExactly("-pub_date");
        assertThat(state.model("polls.Question").requireField("pub_date").column()).isEqualTo("pub_date");
    }

    @Test
    void makemigrationsOnUnchangedModelsFindsNothing(@TempDir Path root) throws Exception {
        MigrationsWorkspace workspace = new MigrationsWorkspace(root, APPS);
        workspace.models(ProjectState.fromModels(Backends.MODELS));
        MigrationsWorkspace.Result first = workspace.makemigrations("", "--noinput");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("dev/hotclub/db/polls/migrations/Migration0001Initial.java")
                .contains("dev/hotclub/db/library/migrations/Migration0001Initial.java");
        workspace.compile();

        workspace.models(ProjectState.fromModels(Backends.MODELS));
        MigrationsWorkspace.Result again = workspace.makemigrations("", "--check", "--noinput");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).isEqualTo("No changes detected\n");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void migrationsCreateTheSchemaTheOrmCreates(Vendor vendor, @TempDir Path root) throws Exception {
        MigrationsWorkspace workspace = new MigrationsWorkspace(root, APPS);
        workspace.models(ProjectState.fromModels(Backends.MODELS));
        assertThat(workspace.makemigrations("", "--noinput").exitCode()).isZero();
        workspace.compile();
        TestDatabase migrated = TestDatabase.create(vendor, "adapter_migrated");
        MigrationsWorkspace.Result migrate = workspace.migrate(migrated);
        assertThat(migrate.exitCode()).as(migrate.out() + migrate.err()).isZero();

        TestDatabase oneStep = TestDatabase.create(vendor, "adapter_orm");
        dev.hotclub.db.Vendor ormVendor = vendor == Vendor.SQLITE ? dev.hotclub.db.Vendor.SQLITE
                : dev.hotclub.db.Vendor.POSTGRESQL;
        try (Connection connection = oneStep.open(); Statement statement = connection.createStatement()) {
            for (Class<? extends Model> model : Backends.MODELS) {
                for (String sql : TableSql.createTable(model, ormVendor)) {
                    statement.execute(sql);
                }
            }
        }
        try (Connection a = migrated.open(); Connection b = oneStep.open()) {
            assertThat(lines(SchemaSnapshot.of(a))).containsExactlyElementsOf(lines(SchemaSnapshot.of(b)));
        }
    }

    private static List<String> lines(java.util.Map<String, List<String>> schema) {
        // Django 3.2's bigserial and the ORM's identity column are both a generated bigint primary key.
        return schema.entrySet().stream().flatMap(e -> e.getValue().stream().map(line -> e.getKey() + ": "
                + line.replace(" DEFAULT nextval", ""))).toList();
    }

    @Test
    void appLabelsAgree() {
        assertThat(ProjectState.fromModels(List.of(Book.class, Everything.class)).models())
                .allSatisfy(model -> assertThat(model.app()).isEqualTo("library"));
        assertThat(Files.exists(Path.of("src/test/java/dev/hotclub/db/polls/migrations"))).isFalse();
    }
}
