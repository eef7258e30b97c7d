package dev.hotclub.db.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.db.keys.City;
import dev.hotclub.db.keys.Country;
import dev.hotclub.db.keys.Stamp;
import dev.hotclub.db.keys.Ticket;
import dev.hotclub.db.keys.Traveller;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Models whose primary key is not the automatic id (a CharField, an AutoField and a BigAutoField named otherwise, a
 * UUIDField named id), as the autodetector writes them: the SQL of the initial migration is what Django 3.2.25's
 * {@code sqlmigrate} printed for the same models (recorded in django32-*-keys.sql).
 */
class PrimaryKeysMigrationTest {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theInitialMigrationOfModelsWithTheirOwnKeysIsDjangosSql(Vendor vendor) throws IOException {
        ProjectState models = ProjectState.fromModels(List.of(Country.class, City.class, Traveller.class, Ticket.class, Stamp.class));
        List<Operation> operations = new Autodetector(ProjectState.empty(), models, Questioner.nonInteractive())
                .changes(Set.of()).get("keys").operations();
        Migration initial = new Migration("keys", "0001_initial") {
            {
                operations(operations.toArray(new Operation[0]));
            }
        };
        SchemaEditor editor = SchemaEditor.create(vendor, null);
        MigrationExecutor.apply(initial, editor, ProjectState.empty());
        String resource = vendor == Vendor.POSTGRESQL ? "django32-pg-keys.sql" : "django32-sqlite-keys.sql";
        assertThat(editor.collectedSql()).containsExactlyInAnyOrderElementsOf(django(resource));
        assertThat(models.model("keys.Country").primaryKey()).isEqualTo(Fields.charField("code", 2).primaryKey());
        assertThat(models.model("keys.Traveller").primaryKey()).isEqualTo(Fields.autoField("number"));
    }

    private static List<String> django(String resource) throws IOException {
        try (InputStream in = PrimaryKeysMigrationTest.class.getResourceAsStream(resource)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank()).toList();
        }
    }
}
