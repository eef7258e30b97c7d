package dev.hotclub.db.migrations;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL of the reference migrations, compared statement for statement with what Django 3.2.25's
 * {@code sqlmigrate} printed for the same models (recorded in the django32-*.sql resources).
 */
class SqlMatchesDjangoTest {
    private final MigrationGraph graph = new MigrationGraph(List.of(
            new DjangoPollsMigrations.Initial(), new DjangoPollsMigrations.Second(), new DjangoPollsMigrations.Third()));

    private List<String> sql(Vendor vendor, String name) {
        Migration migration = graph.migration(new Migration.Key("polls", name));
        SchemaEditor editor = SchemaEditor.create(vendor, null);
        MigrationExecutor.apply(migration, editor, graph.stateBefore(migration.key()));
        return editor.collectedSql();
    }

    private static List<String> django(String resource) throws IOException {
        try (InputStream in = SqlMatchesDjangoTest.class.getResourceAsStream(resource)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank()).toList();
        }
    }

    @Test
    void initialMigrationOnPostgresqlIsDjangosSql() throws IOException {
        assertThat(sql(Vendor.POSTGRESQL, "0001_initial")).containsExactlyElementsOf(django("django32-pg-0001.sql"));
    }

    @Test
    void initialMigrationOnSqliteIsDjangosSqlWithItsTableRebuilds() throws IOException {
        assertThat(sql(Vendor.SQLITE, "0001_initial")).containsExactlyElementsOf(django("django32-sqlite-0001.sql"));
    }

    @Test
    void alterationsOnPostgresqlAreDjangosSql() throws IOException {
        assertThat(sql(Vendor.POSTGRESQL, "0002_second")).containsExactlyElementsOf(django("django32-pg-0002.sql"));
    }

    @Test
    void alterationsReadingConstraintNamesFromPostgresqlAreDjangosSql() throws Exception {
        TestDatabase database = TestDatabase.create(Vendor.POSTGRESQL, "djangosql");
        MigrationLoader loader = new MigrationLoader(List.of(new MigrationApp("polls", "polls")),
                List.copyOf(graph.migrations()));
        try (java.sql.Connection connection = database.open()) {
            new MigrationExecutor(connection, loader).migrate(
                    List.of(new MigrationExecutor.Target("polls", "0002_second")),
                    MigrationExecutor.Options.NONE, progress -> { });
            Migration third = graph.migration(new Migration.Key("polls", "0003_third"));
            SchemaEditor editor = SchemaEditor.collecting(Vendor.POSTGRESQL, connection);
            MigrationExecutor.apply(third, editor, graph.stateBefore(third.key()));
            assertThat(editor.collectedSql())
                    .containsExactlyElementsOf(django("django32-pg-0003-without-rename-model.sql"));
        }
    }
}
