package dev.hotclub.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.db.library.Publisher;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.testing.PostgresServer;
import dev.hotclub.conf.ImproperlyConfigured;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MultipleDatabasesTest {
    @Test
    void usingSendsAQueryToANamedDatabase() throws Exception {
        String sqlite = "sqlite:///" + Files.createTempDirectory("hotclub-multi").resolve("default.sqlite3");
        String replica = PostgresServer.shared().createDatabase("replica");
        Databases.configureForTests(DatabaseSettings.of(sqlite).with("replica", replica), Path.of("").toAbsolutePath());
        TestDatabase.createTables(Databases.get("default"), Publisher.class);
        TestDatabase.createTables(Databases.get("replica"), Publisher.class);
        Publisher.objects.create(p -> p.name = "on sqlite");
        Publisher.objects.using("replica").create(p -> p.name = "on postgres");
        assertThat(Publisher.objects.valuesListFlat("name").list()).containsExactly("on sqlite");
        Publisher remote = Publisher.objects.using("replica").get("name", "on postgres");
        remote.name = "renamed";
        remote.save();   // an instance saves back where it came from, as Django's _state.db
        assertThat(Publisher.objects.using("replica").valuesListFlat("name").list()).containsExactly("renamed");
        assertThat(Transaction.atomicGet("replica", () -> Publisher.objects.using("replica").count())).isEqualTo(1);
        assertThatThrownBy(() -> Publisher.objects.using("reporting")).isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("The database 'reporting' is not configured; DATABASES has default, replica.");
    }
}
