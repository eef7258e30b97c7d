package dev.hotclub.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.conf.ImproperlyConfigured;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
    private static final Path BASE = Path.of("/srv/mysite");

    @Test
    void postgresUrlsAsDjDatabaseUrlReadsThem() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:s%40cret@db.internal:5433/polls", BASE);
        assertThat(url.vendor()).isEqualTo(Vendor.POSTGRESQL);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/polls");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s@cret");
        assertThat(url.display()).isEqualTo("postgres://app:***@db.internal:5433/polls");
        assertThat(DatabaseUrl.parse("postgresql://db/polls", BASE).jdbcUrl()).isEqualTo("jdbc:postgresql://db/polls");
    }

    @Test
    void sqliteUrlsAreRelativeToTheProjectUnlessAbsolute() {
        assertThat(DatabaseUrl.parse("sqlite:///db.sqlite3", BASE).path()).isEqualTo(Path.of("/srv/mysite/db.sqlite3"));
        assertThat(DatabaseUrl.parse("sqlite:////var/data/app.db", BASE).path()).isEqualTo(Path.of("/var/data/app.db"));
        assertThat(DatabaseUrl.parse("sqlite://:memory:", BASE).jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
    }

    @Test
    void anUnknownUrlSaysWhatToWriteWithoutItsPassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@db/x", BASE)).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The database URL 'mysql://root:***@db/x' is not one Hotclub understands; write "
                        + "postgres://USER:PASSWORD@HOST:PORT/NAME, sqlite:///db.sqlite3 or sqlite://:memory:.");
    }

    @Test
    void anUnreachableDatabaseIsOneLineWithItsUrlAndNoPassword() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Database database = new Database("default", DatabaseUrl.parse("postgres://app:hunter2@127.0.0.1:" + port + "/x", BASE), 2);
        assertThatThrownBy(() -> dev.hotclub.db.internal.ConnectionScope.borrow(database)).isInstanceOf(OperationalError.class)
                .hasMessageStartingWith("Cannot reach the database 'default' at postgres://app:***@127.0.0.1:" + port + "/x: ")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void sqliteConnectionsEnforceForeignKeysAndUseWal() throws SQLException {
        Database database = new Database("default", DatabaseUrl.parse("sqlite:///" + System.getProperty("java.io.tmpdir")
                + "/hotclub-pragma-" + ProcessHandle.current().pid() + ".sqlite3", BASE), 2);
        try (var connection = database.dataSource().getConnection(); var st = connection.createStatement()) {
            var rs = st.executeQuery("PRAGMA foreign_keys");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            rs = st.executeQuery("PRAGMA journal_mode");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
            rs = st.executeQuery("PRAGMA busy_timeout");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(5000);
        }
    }
}
