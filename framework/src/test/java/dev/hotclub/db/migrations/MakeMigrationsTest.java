package dev.hotclub.db.migrations;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.hotclub.db.migrations.Fields.*;
import static org.assertj.core.api.Assertions.assertThat;

/** makemigrations' questions, options and messages, with the files it writes compiled as a user's build would. */
class MakeMigrationsTest {
    @TempDir
    Path temp;

    private MigrationsWorkspace workspace;
    private final ModelState book = ModelState.of("library", "Book", List.of(
            bigAutoField("id"), charField("title", 100)));

    @BeforeEach
    void workspace() throws Exception {
        workspace = new MigrationsWorkspace(temp, List.of(new MigrationApp("library", "mysite.library")));
        workspace.models(ProjectState.of(List.of(book)));
        assertThat(workspace.makemigrations("").exitCode()).isZero();
        workspace.compile();
    }

    private long files() throws Exception {
        try (Stream<Path> walk = Files.walk(workspace.sourceRoot)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theFirstMigrationIsInitialAndListedInTheAppsIndex() throws Exception {
        Path index = workspace.sourceRoot.resolve("mysite/library/migrations/Migrations.java");
        assertThat(Files.readString(index)).contains("package mysite.library.migrations;",
                "public final class Migrations implements MigrationIndex {", "new Migration0001Initial()");
        assertThat(Files.readString(workspace.migrationFile("mysite.library", "0001_initial"))).contains(
                "public final class Migration0001Initial extends Migration {",
                "super(\"library\", \"0001_initial\");",
                "new CreateModel(\"Book\", List.of(\n                        bigAutoField(\"id\"),\n"
                        + "                        charField(\"title\", 100)))");
        MigrationLoader loader = new MigrationLoader(List.of(new MigrationApp("library", "mysite.library")),
                workspace.classLoader());
        assertThat(loader.migratedState().model("library.book")).isEqualTo(book);
    }

    @Test
    void noChangesSaysSo() {
        assertThat(workspace.makemigrations("").out()).isEqualTo("No changes detected\n");
        assertThat(workspace.makemigrations("", "library").out()).isEqualTo("No changes detected in app 'library'\n");
    }

    @Test
    void aNewNotNullFieldWithoutDefaultAsksForAOneOffDefault() throws Exception {
        workspace.models(ProjectState.of(List.of(book.withField(integerField("pages")))));
        MigrationsWorkspace.Result result = workspace.makemigrations("1\nabc\n0\n");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("""
                You are trying to add a non-nullable field 'pages' to book without a default; we can't do that \
                (the database needs something to populate existing rows).
                Please select a fix:
                 1) Provide a one-off default now (will be set on all existing rows with a null value for this column)
                 2) Quit, and let me add a default in the model
                Select an option: Please enter the default value now, as a Java literal: 0, 1.5, true, "text"
                Type 'exit' to exit this prompt
                >>> Invalid input: abc is not a Java literal (write text in double quotes: "abc")
                >>> Migrations for 'library':""");
        assertThat(Files.readString(workspace.migrationFile("mysite.library", "0002_book_pages")))
                .contains("new AddField(\"Book\", integerField(\"pages\").withDefault(0), false)");
        workspace.compile();
        MigrationLoader loader = new MigrationLoader(List.of(new MigrationApp("library", "mysite.library")),
                workspace.classLoader());
        assertThat(loader.migratedState().model("library.book").requireField("pages").hasDefault()).isFalse();
    }

    @Test
    void withNoInputANewNotNullFieldWithoutDefaultStopsWithExitCode3() throws Exception {
        workspace.models(ProjectState.of(List.of(book.withField(integerField("pages")))));
        long before = files();
        MigrationsWorkspace.Result result = workspace.makemigrations("", "--noinput");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).startsWith("It is impossible to add a non-nullable field 'pages' to book without"
                + " specifying a default.");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void aDeclinedRenameIsARemovalAndAnAddition() throws Exception {
        workspace.models(ProjectState.of(List.of(book.replacingField("title", f -> f.withName("name")))));
        MigrationsWorkspace.Result result = workspace.makemigrations("n\n1\n\"untitled\"\n", "--dry-run");
        assertThat(result.out()).contains("Did you rename book.title to book.name (a CharField)? [y/N] ",
                "    - Remove field title from book", "    - Add field name to book");
    }

    @Test
    void checkExitsWith1WhenModelsHaveChangesAndWritesNothing() throws Exception {
        workspace.models(ProjectState.of(List.of(book.withField(textField("blurb").nullable()))));
        long before = files();
        MigrationsWorkspace.Result result = workspace.makemigrations("", "--check");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("Migrations for 'library':", "(0002_book_blurb)",
                "    - Add field blurb to book");
        assertThat(files()).isEqualTo(before);
        assertThat(workspace.makemigrations("", "--dry-run").exitCode()).isZero();
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void usageMistakesAreNamed() {
        MigrationsWorkspace.Result unknown = workspace.makemigrations("", "librari");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("App 'librari' could not be found. The installed apps are [library].\n");
        assertThat(workspace.makemigrations("", "--empty").err())
                .isEqualTo("CommandError: You must supply at least one app label when using --empty.\n");
        assertThat(workspace.makemigrations("", "--bogus").err()).startsWith("makemigrations: unknown option --bogus.");
    }

    @Test
    void mergeJoinsTwoLeavesWithAMigrationThatDependsOnBoth() throws Exception {
        workspace.models(ProjectState.of(List.of(book.withField(textField("blurb").nullable()))));
        assertThat(workspace.makemigrations("").exitCode()).isZero();
        // A teammate's branch: another 0002 beside ours, listed in the index as a merge of the two branches would.
        Path ours = workspace.migrationFile("mysite.library", "0002_book_blurb");
        Files.writeString(workspace.migrationFile("mysite.library", "0002_book_year"), Files.readString(ours)
                .replace("0002_book_blurb", "0002_book_year").replace("Migration0002BookBlurb", "Migration0002BookYear")
                .replace("textField(\"blurb\")", "integerField(\"year\")"));
        Path index = workspace.sourceRoot.resolve("mysite/library/migrations/Migrations.java");
        Files.writeString(index, Files.readString(index).replace("new Migration0002BookBlurb()",
                "new Migration0002BookBlurb(),\n                new Migration0002BookYear()"));
        workspace.compile();

        MigrationsWorkspace.Result refused = workspace.makemigrations("");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("CommandError: Conflicting migrations detected; multiple leaf nodes in"
                + " the migration graph: (0002_book_blurb, 0002_book_year in library).\nTo fix them run"
                + " './manage makemigrations --merge'\n");

        MigrationsWorkspace.Result merged = workspace.makemigrations("y\n", "--merge", "--name", "merge");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.out()).contains("Merging library", "  Branch 0002_book_blurb",
                "    - Add field blurb to book", "  Branch 0002_book_year", "    - Add field year to book",
                "Do you want to merge these migration branches? [y/N]");
        assertThat(Files.readString(workspace.migrationFile("mysite.library", "0003_merge")))
                .contains("dependsOn(\"library\", \"0002_book_blurb\");", "dependsOn(\"library\", \"0002_book_year\");");
        workspace.compile();
        MigrationLoader loader = new MigrationLoader(List.of(new MigrationApp("library", "mysite.library")),
                workspace.classLoader());
        assertThat(loader.graph().conflicts()).isEmpty();
        assertThat(loader.migratedState().model("library.book").fields()).extracting(FieldState::name)
                .containsExactly("id", "title", "blurb", "year");
    }

    @Test
    void aMigrationClassRenamedByHandKeepsItsNameInTheIndex() throws Exception {
        Path initial = workspace.migrationFile("mysite.library", "0001_initial");
        Path renamed = initial.resolveSibling("CreateBooks.java");
        Files.writeString(renamed, Files.readString(initial).replace("Migration0001Initial", "CreateBooks"));
        Files.delete(initial);
        Path index = workspace.sourceRoot.resolve("mysite/library/migrations/Migrations.java");
        Files.writeString(index, Files.readString(index).replace("Migration0001Initial", "CreateBooks"));
        workspace.compile();
        workspace.models(ProjectState.of(List.of(book.withField(textField("blurb").nullable()))));
        assertThat(workspace.makemigrations("").exitCode()).isZero();
        assertThat(Files.readString(index)).contains("new CreateBooks(),\n                new Migration0002BookBlurb()");
        workspace.compile();
    }
}
