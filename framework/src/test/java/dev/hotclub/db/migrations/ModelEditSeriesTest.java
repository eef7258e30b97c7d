package dev.hotclub.db.migrations;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static dev.hotclub.db.migrations.Fields.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The series of model edits, as a user makes them: each edit is a new state of the models, makemigrations
 * writes the migration as Java, javac compiles it, and migrate applies it to SQLite and PostgreSQL holding rows.
 * The rows survive every step; the migrated schema equals the schema created in one step from the final models;
 * and migrating back to zero leaves nothing but the migrations table.
 */
class ModelEditSeriesTest {
    @TempDir
    Path temp;

    private MigrationsWorkspace workspace;
    private final List<TestDatabase> databases = List.of(
            TestDatabase.create(Vendor.SQLITE, "series"), TestDatabase.create(Vendor.POSTGRESQL, "series"));

    private ModelState person = ModelState.of("accounts", "Person", List.of(
            bigAutoField("id"), charField("name", 100)));
    private ModelState question = ModelState.of("polls", "Question", List.of(
            bigAutoField("id"), charField("question_text", 200), dateTimeField("pub_date")));
    private ModelState choice = ModelState.of("polls", "Choice", List.of(
            bigAutoField("id"), foreignKey("question", "polls.Question", OnDelete.CASCADE),
            charField("choice_text", 200)));
    private ModelState tag = ModelState.of("polls", "Tag", List.of(bigAutoField("id"), charField("name", 50)));

    @BeforeEach
    void workspace() throws Exception {
        workspace = new MigrationsWorkspace(temp, List.of(
                new MigrationApp("accounts", "mysite.accounts"), new MigrationApp("polls", "mysite.polls")));
    }

    private void models(ModelState... models) {
        workspace.models(ProjectState.of(List.of(models)));
    }

    /** makemigrations with the given answers, expecting these files, then compile and migrate both databases. */
    private String step(String answers, List<String> args, String... expectedMigrations) throws Exception {
        MigrationsWorkspace.Result made = workspace.makemigrations(answers, args.toArray(String[]::new));
        assertThat(made.exitCode()).as(made.out() + made.err()).isZero();
        for (String expected : expectedMigrations) {
            String[] appAndName = expected.split("\\.");
            assertThat(workspace.migrationFile("mysite." + appAndName[0], appAndName[1])).exists();
            assertThat(made.out()).contains("(" + appAndName[1] + ")");
        }
        workspace.compile();
        for (TestDatabase database : databases) {
            MigrationsWorkspace.Result migrated = workspace.migrate(database);
            assertThat(migrated.exitCode()).as(database.vendor() + ": " + migrated.out() + migrated.err()).isZero();
            for (String expected : expectedMigrations) {
                assertThat(migrated.out()).contains("Applying " + expected + "... OK");
            }
        }
        return made.out();
    }

    private void everywhere(String sql) throws Exception {
        for (TestDatabase database : databases) {
            database.execute(sql);
        }
    }

    private void assertRows(String sql, String... expected) throws Exception {
        for (TestDatabase database : databases) {
            assertThat(database.rows(sql)).as(database.vendor() + ": " + sql).containsExactly(expected);
        }
    }

    @Test
    void aSeriesOfModelEditsMigratesBothDatabasesWithTheirRowsAndBackToZero() throws Exception {
        models(person, question, choice);
        String initial = step("", List.of(), "accounts.0001_initial", "polls.0001_initial");
        assertThat(initial).contains("    - Create model Question", "    - Create model Choice");
        everywhere("INSERT INTO accounts_person (id, name) VALUES (1, 'Ada')");
        everywhere("INSERT INTO polls_question (id, question_text, pub_date) VALUES"
                + " (1, 'What?', '2026-01-01 10:00:00+00'), (2, 'Why?', '2026-01-02 10:00:00+00')");
        everywhere("INSERT INTO polls_choice (id, question_id, choice_text) VALUES"
                + " (1, 1, 'Yes'), (2, 1, 'No'), (3, 2, 'Because')");

        // Add a field with a default: existing rows get it.
        choice = choice.withField(integerField("votes").withDefault(0));
        models(person, question, choice);
        assertThat(step("", List.of(), "polls.0002_choice_votes")).contains("    - Add field votes to choice");
        assertRows("SELECT id, votes FROM polls_choice ORDER BY id", "1|0", "2|0", "3|0");

        // A nullable foreign key to another app's model: the migration depends on that app's migration.
        question = question.withField(foreignKey("author", "accounts.Person", OnDelete.SET_NULL).nullable());
        models(person, question, choice);
        step("", List.of(), "polls.0003_question_author");
        assertThat(Files.readString(workspace.migrationFile("mysite.polls", "0003_question_author")))
                .contains("dependsOn(\"polls\", \"0002_choice_votes\");", "dependsOn(\"accounts\", \"0001_initial\");",
                        "new AddField(\"Question\", foreignKey(\"author\", \"accounts.person\", SET_NULL).nullable())");
        everywhere("UPDATE polls_question SET author_id = 1 WHERE id = 1");

        // Rename a field: asked, answered yes; the values stay.
        question = question.replacingField("question_text", f -> f.withName("text"));
        models(person, question, choice);
        String renamed = step("y\n", List.of(), "polls.0004_rename_question_text_question_text");
        assertThat(renamed).contains("Did you rename question.question_text to question.text (a CharField)? [y/N]");
        assertRows("SELECT id, text, author_id FROM polls_question ORDER BY id", "1|What?|1", "2|Why?|null");

        // Change max_length, then make a field unique.
        choice = choice.replacingField("choice_text", f -> f.maxLength(300));
        models(person, question, choice);
        step("", List.of(), "polls.0005_alter_choice_choice_text");
        question = question.replacingField("text", FieldState::unique);
        models(person, question, choice);
        step("", List.of(), "polls.0006_alter_question_text");

        // Add an index.
        question = question.withIndexes(List.of(index("q_pub_idx", "-pub_date")));
        models(person, question, choice);
        step("", List.of(), "polls.0007_question_q_pub_idx");

        // A new model and a many-to-many to it.
        question = question.withField(manyToManyField("tags", "polls.Tag"));
        models(person, question, choice, tag);
        String tags = step("", List.of("--name", "tags"), "polls.0008_tags");
        assertThat(tags).contains("    - Create model Tag", "    - Add field tags to question");
        everywhere("INSERT INTO polls_tag (id, name) VALUES (1, 'science')");
        everywhere("INSERT INTO polls_question_tags (question_id, tag_id) VALUES (1, 1)");

        // Remove a field.
        choice = choice.withoutField("votes");
        models(person, question, choice, tag);
        step("", List.of(), "polls.0009_remove_choice_votes");

        // Rename a model: its table and the join table's column follow.
        ModelState label = tag.withName("Label");
        question = question.replacingField("tags", f -> f.relatedModel("polls.Label"));
        models(person, question, choice, label);
        String renamedModel = step("y\n", List.of(), "polls.0010_rename_tag_label");
        assertThat(renamedModel).contains("Did you rename the polls.Tag model to Label? [y/N]");
        assertRows("SELECT question_id, label_id FROM polls_question_tags", "1|1");
        assertRows("SELECT name FROM polls_label", "science");

        // Delete a model (and the many-to-many pointing at it).
        question = question.withoutField("tags");
        models(person, question, choice);
        String deleted = step("", List.of("--name", "delete_label"), "polls.0011_delete_label");
        assertThat(deleted).contains("    - Remove field tags from question", "    - Delete model Label");

        // A new column filled by a data migration written by hand, then made NOT NULL.
        choice = choice.withField(integerField("rank").nullable());
        models(person, question, choice);
        step("", List.of(), "polls.0012_choice_rank");
        MigrationsWorkspace.Result empty = workspace.makemigrations("", "polls", "--empty", "--name", "fill_rank");
        assertThat(empty.exitCode()).as(empty.err()).isZero();
        Path dataMigration = workspace.migrationFile("mysite.polls", "0013_fill_rank");
        Files.writeString(dataMigration, Files.readString(dataMigration).replace(
                "dependsOn(\"polls\", \"0012_choice_rank\");\n",
                "dependsOn(\"polls\", \"0012_choice_rank\");\n"
                        + "        operations(new RunJava(migration -> {\n"
                        + "            try (var update = migration.connection().prepareStatement(\"UPDATE \"\n"
                        + "                    + migration.table(\"polls\", \"Choice\") + \" SET \"\n"
                        + "                    + migration.column(\"polls\", \"Choice\", \"rank\") + \" = id * 10\")) {\n"
                        + "                update.executeUpdate();\n"
                        + "            }\n"
                        + "        }, RunJava.NOOP));\n"));
        workspace.compile();
        for (TestDatabase database : databases) {
            assertThat(workspace.migrate(database).out()).contains("Applying polls.0013_fill_rank... OK");
        }
        assertRows("SELECT id, rank FROM polls_choice ORDER BY id", "1|10", "2|20", "3|30");
        choice = choice.replacingField("rank", f -> f.nullable(false));
        models(person, question, choice);
        String notNull = step("2\n", List.of(), "polls.0014_alter_choice_rank");
        assertThat(notNull).contains("You are trying to change the nullable field 'rank' on choice to non-nullable");

        // Nothing left to detect; every row is still there.
        assertThat(workspace.makemigrations("", "--check").exitCode()).isZero();
        assertRows("SELECT c.id, c.choice_text, q.text, p.name FROM polls_choice c JOIN polls_question q"
                        + " ON c.question_id = q.id LEFT JOIN accounts_person p ON q.author_id = p.id ORDER BY c.id",
                "1|Yes|What?|Ada", "2|No|What?|Ada", "3|Because|Why?|null");

        // The migrated schema is the schema the final models create in one step.
        ProjectState finalState = ProjectState.of(List.of(person, question, choice));
        for (TestDatabase database : databases) {
            TestDatabase fresh = TestDatabase.create(database.vendor(), "onestep");
            try (Connection connection = fresh.open()) {
                SchemaEditor editor = SchemaEditor.create(fresh.vendor(), connection);
                for (ModelState model : finalState.models()) {
                    editor.createModel(model, finalState);
                }
                editor.flushDeferred();
            }
            Map<String, List<String>> migrated;
            Map<String, List<String>> oneStep;
            try (Connection a = database.open(); Connection b = fresh.open()) {
                migrated = SchemaSnapshot.of(a);
                oneStep = SchemaSnapshot.of(b);
            }
            assertThat(migrated).as(database.vendor().toString()).isEqualTo(oneStep);
        }

        // Back to zero: unapplying accounts takes polls' dependent migrations with it.
        for (TestDatabase database : databases) {
            MigrationsWorkspace.Result zero = workspace.migrate(database, "accounts", "zero");
            assertThat(zero.exitCode()).as(zero.err()).isZero();
            assertThat(zero.out()).contains("Unapplying polls.0014_alter_choice_rank... OK",
                    "Unapplying polls.0003_question_author... OK", "Unapplying accounts.0001_initial... OK");
            assertThat(zero.out()).doesNotContain("polls.0002_choice_votes");
            assertThat(workspace.migrate(database, "polls", "zero").exitCode()).isZero();
            try (Connection connection = database.open()) {
                assertThat(SchemaIntrospector.of(connection).tableNames()).containsExactly(MigrationRecorder.TABLE);
            }
        }
    }
}
