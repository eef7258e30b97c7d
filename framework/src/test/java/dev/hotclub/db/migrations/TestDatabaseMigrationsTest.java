package dev.hotclub.db.migrations;

import dev.hotclub.db.Database;
import dev.hotclub.db.DatabaseSettings;
import dev.hotclub.db.migrations.fixture.shop.Product;
import dev.hotclub.testing.PostgresServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** As Django's test runner: the test database of an app with migrations is built by running them. */
class TestDatabaseMigrationsTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anAppWithMigrationsGetsThemAppliedRatherThanTablesFromTheModels(Vendor vendor, @TempDir Path temp)
            throws Exception {
        String url = vendor == Vendor.SQLITE ? "sqlite:///" + temp.resolve("db.sqlite3")
                : PostgresServer.shared().createDatabase("testdb_migrated");
        Database database = dev.hotclub.db.TestDatabase.create(DatabaseSettings.of(url), Product.class);
        try (Connection connection = database.connect()) {
            assertThat(new MigrationRecorder(connection).applied()).containsExactly(
                    new Migration.Key("shop", "0001_initial"), new Migration.Key("shop", "0002_product_price"));
            assertThat(SchemaIntrospector.of(connection).table("shop_product").column("price")).isPresent();
        }
        try (var ignored = dev.hotclub.db.TestDatabase.testCase()) {
            Product product = Product.objects.create(p -> p.name = "tea");
            assertThat(Product.objects.get("pk", product.id).price).isEqualByComparingTo(BigDecimal.ZERO);
        }
    }
}
