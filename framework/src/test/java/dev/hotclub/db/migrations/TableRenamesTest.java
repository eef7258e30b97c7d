package dev.hotclub.db.migrations;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.hotclub.db.migrations.Fields.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Renaming a many-to-many field and changing db_table move the join tables along, with their rows. */
class TableRenamesTest {
    private static final List<MigrationApp> APPS = List.of(new MigrationApp("blog", "blog"));

    private static Migration migration(String name, List<Migration.Key> dependencies, List<Operation> operations) {
        return new Migration("blog", name) {
            {
                dependencies.forEach(d -> dependsOn(d.app(), d.name()));
                operations(operations.toArray(Operation[]::new));
            }
        };
    }

    private static List<Operation> detect(ProjectState from, ProjectState to, String answers) {
        Questioner questioner = Questioner.interactive(new BufferedReader(new StringReader(answers)),
                new PrintStream(java.io.OutputStream.nullOutputStream()));
        return new Autodetector(from, to, questioner).changes(Set.of()).get("blog").operations();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void joinTablesFollowTheirFieldAndTheirModelsTable(Vendor vendor) throws Exception {
        ModelState tag = ModelState.of("blog", "Tag", List.of(bigAutoField("id"), charField("name", 20)));
        ModelState post = ModelState.of("blog", "Post", List.of(bigAutoField("id"), manyToManyField("tags", "blog.Tag")));
        ProjectState first = ProjectState.of(List.of(tag, post));
        ModelState renamedField = post.replacingField("tags", f -> f.withName("labels"));
        ProjectState second = ProjectState.of(List.of(tag, renamedField));
        ProjectState third = ProjectState.of(List.of(tag, renamedField.withDbTable("articles")));

        List<Migration> migrations = new ArrayList<>();
        migrations.add(migration("0001_initial", List.of(), detect(ProjectState.empty(), first, "")));
        List<Operation> rename = detect(first, second, "y\n");
        assertThat(rename).extracting(Operation::describe).containsExactly("Rename field tags on post to labels");
        migrations.add(migration("0002_rename", List.of(new Migration.Key("blog", "0001_initial")), rename));
        List<Operation> table = detect(second, third, "");
        assertThat(table).extracting(Operation::describe).containsExactly("Rename table for post to articles");
        migrations.add(migration("0003_table", List.of(new Migration.Key("blog", "0002_rename")), table));

        TestDatabase database = TestDatabase.create(vendor, "tables");
        MigrationLoader loader = new MigrationLoader(APPS, migrations);
        try (Connection connection = database.open()) {
            MigrationExecutor executor = new MigrationExecutor(connection, loader);
            executor.migrate(List.of(new MigrationExecutor.Target("blog", "0001_initial")),
                    MigrationExecutor.Options.NONE, p -> { });
            database.execute("INSERT INTO blog_tag (id, name) VALUES (1, 'java')");
            database.execute("INSERT INTO blog_post (id) VALUES (1)");
            database.execute("INSERT INTO blog_post_tags (post_id, tag_id) VALUES (1, 1)");
            executor.migrate(executor.latestTargets(), MigrationExecutor.Options.NONE, p -> { });
            assertThat(database.rows("SELECT post_id, tag_id FROM articles_labels")).containsExactly("1|1");
            assertThat(SchemaIntrospector.of(connection).tableNames())
                    .containsExactlyInAnyOrder("articles", "articles_labels", "blog_tag", MigrationRecorder.TABLE);
            executor.migrate(List.of(MigrationExecutor.Target.zero("blog")), MigrationExecutor.Options.NONE, p -> { });
            assertThat(SchemaIntrospector.of(connection).tableNames()).containsExactly(MigrationRecorder.TABLE);
        }
    }
}
