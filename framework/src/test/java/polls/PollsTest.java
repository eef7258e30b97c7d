package polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotclub.test.Client;
import dev.hotclub.test.HotclubTest;
import dev.hotclub.test.TestResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import mysite.Site;
import org.junit.jupiter.api.Test;

/** polls/tests.py: each test gets a store (Django's test database) and a client of its own, closed after it. */
@HotclubTest
class PollsTest {
    private final PollStore store = new PollStore();
    private final Client client = new Client(new Site(store).project());

    /** A question published {@code days} from now (negative for the past, positive for the future). */
    private Question createQuestion(String questionText, int days) {
        return store.createQuestion(questionText, LocalDateTime.now().plusDays(days));
    }

    // QuestionModelTests

    @Test
    void wasPublishedRecentlyWithFutureQuestion() {
        Question futureQuestion = store.createQuestion("Future", LocalDateTime.now().plusDays(30));
        assertFalse(futureQuestion.wasPublishedRecently());
    }

    @Test
    void wasPublishedRecentlyWithOldQuestion() {
        Question oldQuestion = store.createQuestion("Old", LocalDateTime.now().minusDays(1).minusSeconds(1));
        assertFalse(oldQuestion.wasPublishedRecently());
    }

    @Test
    void wasPublishedRecentlyWithRecentQuestion() {
        Question recentQuestion = store.createQuestion("Recent",
                LocalDateTime.now().minusHours(23).minusMinutes(59).minusSeconds(59));
        assertTrue(recentQuestion.wasPublishedRecently());
    }

    // QuestionIndexViewTests

    @Test
    void noQuestions() {
        TestResponse response = client.get(client.reverse("polls:index"));
        response.assertContains("No polls are available.").assertTemplateUsed("polls/index.html");
        assertEquals(List.of(), response.context().get("latest_question_list"));
    }

    @Test
    void pastQuestion() {
        Question question = createQuestion("Past question.", -30);
        TestResponse response = client.get(client.reverse("polls:index"));
        assertEquals(List.of(question), response.context().get("latest_question_list"));
        response.assertContains("<a href=\"/polls/" + question.id() + "/\">Past question.</a>");
    }

    @Test
    void futureQuestion() {
        createQuestion("Future question.", 30);
        TestResponse response = client.get(client.reverse("polls:index"));
        response.assertContains("No polls are available.");
        assertEquals(List.of(), response.context().get("latest_question_list"));
    }

    @Test
    void futureQuestionAndPastQuestion() {
        Question question = createQuestion("Past question.", -30);
        createQuestion("Future question.", 30);
        TestResponse response = client.get(client.reverse("polls:index"));
        assertEquals(List.of(question), response.context().get("latest_question_list"));
    }

    @Test
    void twoPastQuestions() {
        Question question1 = createQuestion("Past question 1.", -30);
        Question question2 = createQuestion("Past question 2.", -5);
        TestResponse response = client.get(client.reverse("polls:index"));
        assertEquals(List.of(question2, question1), response.context().get("latest_question_list"));
    }

    // QuestionDetailViewTests

    @Test
    void detailOfFutureQuestionIsNotFound() {
        Question futureQuestion = createQuestion("Future question.", 5);
        assertEquals(404, client.get(client.reverse("polls:detail", futureQuestion.id())).status());
    }

    @Test
    void detailOfPastQuestionShowsItsText() {
        Question pastQuestion = createQuestion("Past Question.", -5);
        client.get(client.reverse("polls:detail", pastQuestion.id())).assertContains(pastQuestion.questionText());
    }

    @Test
    void detailOfAMissingQuestionIsNotFound() {
        assertEquals(404, client.get("/polls/99/").status());
    }

    // Voting, and the results page

    @Test
    void detailListsEveryChoiceAsARadioButtonWithItsId() {
        PollStore bigIds = new PollStore(1233);
        Question question = bigIds.createQuestion("What's new?", LocalDateTime.now().minusDays(1));
        Choice notMuch = question.addChoice("Not much");
        question.addChoice("The sky");
        try (Client client = new Client(new Site(bigIds).project())) {
            TestResponse response = client.get("/polls/" + question.id() + "/");
            response.assertContains("<h1>What&#x27;s new?</h1>")
                    .assertContains("<form action=\"/polls/" + question.id() + "/vote/\" method=\"post\">")
                    .assertContains("id=\"choice1\" value=\"1234\"")
                    .assertContains("<label for=\"choice2\">The sky</label>");
            client.post("/polls/" + question.id() + "/vote/", Map.of("choice", notMuch.id()))
                    .assertRedirects("/polls/" + question.id() + "/results/");
        }
        assertEquals(1, notMuch.votes());
    }

    @Test
    void aVoteCountsAndRedirectsToTheResults() {
        Question question = createQuestion("What's up?", -1);
        Choice notMuch = question.addChoice("Not much");
        Choice sky = question.addChoice("The sky");
        String voteUrl = client.reverse("polls:vote", question.id());
        client.post(voteUrl, Map.of("choice", sky.id())).assertRedirects(client.reverse("polls:results", question.id()));
        client.post(voteUrl, Map.of("choice", sky.id()));
        TestResponse results = client.get(client.reverse("polls:results", question.id()));
        results.assertContains("<li>Not much -- 0 votes</li>")
                .assertContains("<li>The sky -- 2 votes</li>")
                .assertContains("<a href=\"/polls/" + question.id() + "/\">Vote again?</a>")
                .assertTemplateUsed("polls/results.html");
        assertEquals(0, notMuch.votes());
        assertEquals(2, sky.votes());
    }

    @Test
    void aVoteWithoutAChoiceShowsTheFormAgainWithAnError() {
        Question question = createQuestion("What's up?", -1);
        question.addChoice("Not much");
        client.post(client.reverse("polls:vote", question.id()), Map.of())
                .assertContains("<p><strong>You didn&#x27;t select a choice.</strong></p>")
                .assertTemplateUsed("polls/detail.html");
    }

    @Test
    void aVoteForAMissingQuestionIsNotFound() {
        assertEquals(404, client.post("/polls/42/vote/", Map.of("choice", 1)).status());
    }

    @Test
    void theIndexLinksItsStylesheet() {
        client.get("/polls/").assertContains("<link rel=\"stylesheet\" href=\"/static/polls/style.css\">");
        TestResponse css = client.get("/static/polls/style.css");
        assertEquals(200, css.status());
        assertTrue(css.text().contains("color: green"), css.text());
    }
}
