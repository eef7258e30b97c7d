package dev.hotclub.views.tutorial;

import static dev.hotclub.shortcuts.Shortcuts.getObjectOr404;
import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.shortcuts.Shortcuts.reverse;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.db.models.F;
import dev.hotclub.db.models.Model;
import dev.hotclub.db.polls.Choice;
import dev.hotclub.db.polls.Question;
import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.HttpResponseRedirect;
import dev.hotclub.project.App;
import dev.hotclub.urls.UrlConf;
import dev.hotclub.views.DetailView;
import dev.hotclub.views.ListView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The polls tutorial's part 4 as docs/TUTORIAL.md writes it: the vote view, then the generic views. */
public final class PollsPart4 {
    private PollsPart4() {
    }

    /** Part 4's function views (the first half). */
    static final class Views {
        static HttpResponse detail(HttpRequest request) {
            Question question = getObjectOr404(Question.objects, "pk", request.intArg("question_id"));
            return render(request, "polls/detail.html", Map.of("question", question));
        }

        static HttpResponse results(HttpRequest request) {
            Question question = getObjectOr404(Question.objects, "pk", request.intArg("question_id"));
            return render(request, "polls/results.html", Map.of("question", question));
        }

        static HttpResponse vote(HttpRequest request) {
            Question question = getObjectOr404(Question.objects, "pk", request.intArg("question_id"));
            Optional<Choice> selectedChoice = choice(question, request.POST().get("choice"));
            if (selectedChoice.isEmpty()) {
                // Redisplay the question voting form.
                return render(request, "polls/detail.html", Map.of(
                        "question", question,
                        "error_message", "You didn't select a choice."));
            }
            // votes = F("votes") + 1: the database adds the vote, so two votes at once both count.
            Choice.objects.filter("pk", selectedChoice.get().id).update("votes", F.of("votes").plus(1));
            // Always redirect after a successful POST: the Back button cannot post the form twice.
            return new HttpResponseRedirect(reverse("polls:results", question.id));
        }

        /** The question's choice whose id was posted; none when nothing, or not a number, was posted. */
        private static Optional<Choice> choice(Question question, String posted) {
            try {
                return posted == null ? Optional.empty()
                        : question.choiceSet().filter("pk", Long.parseLong(posted)).first();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** The function views' URLconf. */
    public static final class FunctionViewsApp implements App {
        @Override
        public UrlConf urls() {
            return UrlConf.named("polls",
                    path("<int:question_id>/", Views::detail, "detail"),
                    path("<int:question_id>/results/", Views::results, "results"),
                    path("<int:question_id>/vote/", Views::vote, "vote"));
        }

        @Override
        public List<Class<? extends Model>> models() {
            return List.of(Question.class, Choice.class);
        }
    }

    /** The generic views' URLconf: index, detail and results need no view code of their own. */
    public static final class GenericViewsApp implements App {
        @Override
        public UrlConf urls() {
            return UrlConf.named("polls",
                    path("", ListView.ofQuery(request -> Question.objects.filter("pubDate__lte", Instant.now())
                            .orderBy("-pubDate").slice(0, 5))
                            .template("polls/index.html").contextObjectName("latest_question_list"), "index"),
                    path("<int:pk>/", DetailView.byPk("question",
                            pk -> Question.objects.filter("pubDate__lte", Instant.now()).filter("pk", pk).first())
                            .template("polls/detail.html"), "detail"),
                    path("<int:pk>/results/", DetailView.of(Question.objects).template("polls/results.html"), "results"),
                    path("<int:question_id>/vote/", Views::vote, "vote"));
        }

        @Override
        public List<Class<? extends Model>> models() {
            return List.of(Question.class, Choice.class);
        }
    }
}
