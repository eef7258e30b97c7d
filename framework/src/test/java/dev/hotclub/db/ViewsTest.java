package dev.hotclub.db;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.hotclub.db.polls.Choice;
import dev.hotclub.db.polls.PollsApp;
import dev.hotclub.db.polls.Question;
import dev.hotclub.http.RequestLogNote;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import dev.hotclub.db.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Views on the database through the test Client, which shares the test's transaction. */
class ViewsTest {
    private static final List<String> REPORT = new CopyOnWriteArrayList<>();
    private static final List<String> NOTES = new CopyOnWriteArrayList<>();

    private static Project project() {
        return Project.named("viewsdb").allowedHosts("testserver").middleware(
                (request, next) -> {
                    try {
                        return next.proceed(request);
                    } finally {
                        NOTES.add(String.valueOf(RequestLogNote.of(request)));
                    }
                }, new QueryReport(3, REPORT::add), new AtomicRequests())
                .urls(path("polls/", include(new PollsApp()))).build();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void getObjectOr404AndAtomicRequestsRollBackAFailedView(Vendor vendor) {
        // The failing view's 500 as a browser gets it, not its exception raised in the test.
        try (TestDatabase.TestCase ignored = Backends.use(vendor);
             Client client = new Client(project()).raiseRequestException(false)) {
            Question q = Question.objects.create(x -> {
                x.questionText = "Why?";
                x.pubDate = Instant.now();
            });
            Choice c = q.choiceSet().create(x -> x.choiceText = "Because");
            assertThat(client.get("/polls/" + q.id + "/").text()).isEqualTo("Why?: 1 choices");
            assertThat(client.get("/polls/" + (q.id + 100) + "/").status()).isEqualTo(404);
            assertThat(client.get("/polls/" + q.id + "/vote/" + c.id + "/").text()).isEqualTo("voted");
            c.refreshFromDb();
            assertThat(c.votes).isEqualTo(1);
            assertThat(client.get("/polls/" + q.id + "/vote/" + c.id + "/?fail=1").status()).isEqualTo(500);
            c.refreshFromDb();
            assertThat(c.votes).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theQueryReportCountsAndNamesTheLineThatRanTheSameQueryAgain(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor); Client client = new Client(project())) {
            for (String text : List.of("a", "b", "c")) {
                Question q = Question.objects.create(x -> {
                    x.questionText = text;
                    x.pubDate = Instant.now();
                });
                q.choiceSet().create(x -> x.choiceText = text + "1");
            }
            REPORT.clear();
            NOTES.clear();
            assertThat(client.get("/polls/choices/").text()).isEqualTo("a/a1 b/b1 c/c1");
            assertThat(NOTES).singleElement(STRING).matches("4 queries, [0-9]+\\.[0-9] ms");
            assertThat(REPORT.get(0)).startsWith("[db] N+1: the same query ran 3 times in GET /polls/choices/, first at "
                    + "dev.hotclub.db.polls.PollsApp.lambda$urls$2(PollsApp.java:");
            assertThat(REPORT.get(0)).contains("FROM \"polls_question\" t0 WHERE t0.\"id\" = ?")
                    .endsWith("-- selectRelated(...) or prefetchRelated(...) would make it one");
            assertThat(REPORT).hasSize(1);
        }
    }
}
