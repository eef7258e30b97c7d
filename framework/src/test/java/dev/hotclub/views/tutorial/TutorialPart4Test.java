package dev.hotclub.views.tutorial;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hotclub.db.Backends;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.polls.Choice;
import dev.hotclub.db.polls.Question;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.project.App;
import dev.hotclub.project.Project;
import dev.hotclub.test.Client;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/TUTORIAL.md part 4, both ways (function views, then generic views), on SQLite and PostgreSQL. */
class TutorialPart4Test {
    private static Project project(App polls) {
        return Project.named("mysite").allowedHosts("testserver").middleware(new CsrfViewMiddleware())
                .urls(path("polls/", include(polls))).build();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void functionViews(Vendor vendor) {
        voteAndSeeTheResults(vendor, new PollsPart4.FunctionViewsApp());
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void genericViews(Vendor vendor) {
        voteAndSeeTheResults(vendor, new PollsPart4.GenericViewsApp());
    }

    private static void voteAndSeeTheResults(Vendor vendor, App polls) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor); Client client = new Client(project(polls))) {
            Question q = Question.objects.create(x -> {
                x.questionText = "What's up?";
                x.pubDate = Instant.now().minus(1, ChronoUnit.DAYS);
            });
            Choice notMuch = q.choiceSet().create(c -> c.choiceText = "Not much");
            q.choiceSet().create(c -> c.choiceText = "The sky");
            String base = "/polls/" + q.id + "/";
            client.get(base).assertContains("<h1>What&#x27;s up?</h1>")
                    .assertContains("<input type=\"radio\" name=\"choice\" id=\"choice1\" value=\"" + notMuch.id + "\">")
                    .assertContains("<label for=\"choice2\">The sky</label>");
            client.post(base + "vote/", Map.of()).assertContains("<p><strong>You didn&#x27;t select a choice.</strong></p>");
            client.post(base + "vote/", Map.of("choice", "x")).assertContains("You didn&#x27;t select a choice.");
            client.post(base + "vote/", Map.of("choice", String.valueOf(notMuch.id)))
                    .assertRedirects(base + "results/", 302, 200, false);
            client.post(base + "vote/", Map.of("choice", String.valueOf(notMuch.id)));
            client.get(base + "results/").assertContains("<li>Not much -- 2 votes</li>")
                    .assertContains("<li>The sky -- 0 votes</li>");
            assertThat(client.get("/polls/" + (q.id + 1000) + "/").status()).isEqualTo(404);
            assertThat(client.post("/polls/" + (q.id + 1000) + "/vote/", Map.of()).status()).isEqualTo(404);
            if (polls instanceof PollsPart4.GenericViewsApp) {
                client.get("/polls/").assertContains("<li><a href=\"" + base + "\">What&#x27;s up?</a></li>");
                Question future = Question.objects.create(x -> {
                    x.questionText = "Not yet";
                    x.pubDate = Instant.now().plus(1, ChronoUnit.DAYS);
                });
                client.get("/polls/").assertNotContains("Not yet");
                assertThat(client.get("/polls/" + future.id + "/").status()).isEqualTo(404);
            }
        }
    }
}
