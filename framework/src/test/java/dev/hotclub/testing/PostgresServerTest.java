package dev.hotclub.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresServerTest {
    @Test
    void the_test_server_is_a_real_postgresql_15_or_later_with_a_fresh_database_per_call() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String first = server.createDatabase("harness");
        String second = server.createDatabase("harness");
        assertNotEquals(first, second);
        String name = first.substring(first.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(name), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SHOW server_version_num")) {
                rows.next();
                assertTrue(rows.getInt(1) >= 150000, "server_version_num " + rows.getInt(1));
            }
            statement.execute("CREATE TABLE t (id bigserial PRIMARY KEY, name varchar(3) NOT NULL)");
            statement.execute("INSERT INTO t (name) VALUES ('abc')");
            try (ResultSet rows = statement.executeQuery("SELECT current_database(), count(*) FROM t")) {
                rows.next();
                assertEquals(name, rows.getString(1));
                assertEquals(1, rows.getInt(2));
            }
        }
    }
}
