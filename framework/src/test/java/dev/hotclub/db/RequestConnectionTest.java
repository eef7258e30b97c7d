package dev.hotclub.db;

import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.hotclub.db.internal.ConnectionScope;
import dev.hotclub.db.polls.Question;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A request runs its statements on one pooled connection, kept from its second statement (its first borrows and
 * gives back its own) until it ends (as Django's connection per thread); its atomic blocks use that connection and
 * leave it in autocommit.
 * On the real PostgreSQL, outside a test's transaction (which would hold the connection itself).
 */
class RequestConnectionTest {
    private static int backendPid() {
        return ConnectionScope.withConnection(DatabaseSettings.DEFAULT, connection -> {
            try (var statement = connection.createStatement(); var rs = statement.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static int active() {
        return ((HikariDataSource) Databases.defaultDatabase().dataSource()).getHikariPoolMXBean().getActiveConnections();
    }

    @Test
    void aRequestsStatementsAndAtomicBlocksShareOneConnectionThatGoesBackToThePool() {
        // Points the default database at PostgreSQL, with the tables; no transaction is kept open.
        Backends.use(Vendor.POSTGRESQL).close();
        backendPid();
        List<Integer> pids = new CopyOnWriteArrayList<>();
        List<Integer> activeInView = new CopyOnWriteArrayList<>();
        Project project = Project.named("requestconnections").allowedHosts("testserver").urls(
                path("pids/", request -> {
                    for (int i = 0; i < 3; i++) {
                        pids.add(backendPid());
                    }
                    Transaction.atomic(() -> pids.add(backendPid()));
                    try {
                        Transaction.atomic(() -> {
                            Question.objects.create(q -> {
                                q.questionText = "rolled back";
                                q.pubDate = Instant.now();
                            });
                            throw new IllegalStateException("roll back");
                        });
                    } catch (IllegalStateException expected) {
                        // the block rolled back
                    }
                    // Autocommit again: this row is there for everyone once the statement ran.
                    Question.objects.create(q -> {
                        q.questionText = "kept";
                        q.pubDate = Instant.now();
                    });
                    pids.add(backendPid());
                    activeInView.add(active());
                    return new HttpResponse("ok");
                }, "pids"),
                path("one/", request -> {
                    pids.add(backendPid());
                    // One statement: nothing held while the page is made.
                    activeInView.add(active());
                    return new HttpResponse("ok");
                }, "one"),
                path("fail/", request -> {
                    pids.add(backendPid());
                    throw new IllegalStateException("the view failed");
                }, "fail")).build();
        try (Client client = new Client(project).raiseRequestException(false)) {
            assertThat(client.get("/pids/").status()).isEqualTo(200);
            assertThat(pids).hasSize(5);
            // The first statement borrowed and gave back; from the second on, one connection.
            assertThat(new HashSet<>(pids.subList(1, pids.size()))).hasSize(1);
            assertThat(activeInView).containsExactly(1);
            assertThat(active()).isZero();
            assertThat(Question.objects.filter("questionText", "kept").count()).isEqualTo(1);
            assertThat(Question.objects.filter("questionText", "rolled back").count()).isZero();

            activeInView.clear();
            assertThat(client.get("/one/").status()).isEqualTo(200);
            assertThat(activeInView).containsExactly(0);

            assertThat(client.get("/fail/").status()).isEqualTo(500);
            assertThat(active()).isZero();
        } finally {
            Question.objects.filter("questionText__in", List.of("kept", "rolled back")).delete();
        }
    }
}
