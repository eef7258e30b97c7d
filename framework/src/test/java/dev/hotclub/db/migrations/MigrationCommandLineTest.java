package dev.hotclub.db.migrations;

import dev.hotclub.db.migrations.commands.MigrationCommandLine;
import dev.hotclub.db.migrations.fixture.shop.ShopApp;
import dev.hotclub.db.Database;
import dev.hotclub.db.DatabaseUrl;
import dev.hotclub.project.ProjectMigrations;
import dev.hotclub.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@code java -jar mysite.jar migrate} runs: the project's apps' migrations, found in its class loader. */
class MigrationCommandLineTest {
    @TempDir
    Path temp;

    private final Project project = Project.named("mysite").urls(path("shop/", include(new ShopApp()))).build();

    private MigrationsWorkspace.Result run(String databaseUrl, String command, String... args) {
        return MigrationsWorkspace.capture((out, err) ->
                MigrationCommandLine.run(ProjectMigrations.context(project, null,
                        new Database("default", DatabaseUrl.parse(databaseUrl, temp), 1)), command, List.of(args),
                        out, err));
    }

    @Test
    void migrateFindsTheAppsMigrationsThroughItsIndexClassAndAppliesThem() throws Exception {
        String url = "sqlite:///" + temp.resolve("db.sqlite3");
        assertThat(run(url, "showmigrations").out())
                .isEqualTo("shop\n [ ] 0001_initial\n [ ] 0002_product_price\n");
        assertThat(run(url, "migrate").out()).isEqualTo("""
                Operations to perform:
                  Apply all migrations: shop
                Running migrations:
                  Applying shop.0001_initial... OK
                  Applying shop.0002_product_price... OK
                """);
        assertThat(run(url, "migrate").out()).endsWith("Running migrations:\n  No migrations to apply.\n");
        assertThat(run(url, "showmigrations", "shop").out())
                .isEqualTo("shop\n [X] 0001_initial\n [X] 0002_product_price\n");
        assertThat(run(url, "sqlmigrate", "shop", "0002").out()).contains(
                "ALTER TABLE \"new__shop_product\" RENAME TO \"shop_product\";");
    }

    @Test
    void migrateOnPostgresqlFromADatabaseUrl() {
        var server = dev.hotclub.testing.PostgresServer.shared();
        String url = server.createDatabase("cmdline");
        assertThat(run(url, "migrate", "shop", "0001").out()).contains("  Applying shop.0001_initial... OK");
        assertThat(run(url, "migrate", "shop", "zero").out()).contains("  Unapply all migrations: shop",
                "  Unapplying shop.0001_initial... OK");
    }

    @Test
    void anUnreachableDatabaseIsOneClearLineWithThePasswordHidden() {
        MigrationsWorkspace.Result unreachable = run("postgres://u:hunter2@127.0.0.1:1/x", "showmigrations");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err()).startsWith("CommandError: the database failed: Could not connect to"
                + " postgres://u:***@127.0.0.1:1/x: ").doesNotContain("hunter2");
    }

    @Test
    void migrateComparesTheModelsNowWithTheMigrations() {
        String url = "sqlite:///" + temp.resolve("db.sqlite3");
        assertThat(run(url, "migrate").out()).doesNotContain("have changes");
        Project edited = Project.named("mysite").urls(path("shop/", include(new ShopApp(List.of(
                dev.hotclub.db.migrations.fixture.shop.Product.class,
                dev.hotclub.db.migrations.fixture.Unmigrated.class))))).build();
        MigrationsWorkspace.Result result = MigrationsWorkspace.capture((out, err) -> MigrationCommandLine.run(
                ProjectMigrations.context(edited, null, new Database("default", DatabaseUrl.parse(url, temp), 1)),
                "migrate", List.of(), out, err));
        assertThat(result.out()).endsWith("""
                  No migrations to apply.
                  Your models in app(s): 'shop' have changes that are not yet reflected in a migration, and so won't be applied.
                  Run './manage makemigrations' to make new migrations, and then re-run './manage migrate' to apply them.
                """);
    }
}
