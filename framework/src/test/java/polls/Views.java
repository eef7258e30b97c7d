package polls;

import static dev.hotclub.shortcuts.Shortcuts.getObjectOr404;
import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.shortcuts.Shortcuts.reverse;

import dev.hotclub.http.HttpRequest;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.http.HttpResponseRedirect;
import java.util.Map;
import java.util.Optional;

/** polls/views.py. */
final class Views {
    private final PollStore store;

    Views(PollStore store) {
        this.store = store;
    }

    HttpResponse index(HttpRequest request) {
        return render(request, "polls/index.html", Map.of("latest_question_list", store.latestPublished(5)));
    }

    HttpResponse detail(HttpRequest request) {
        Question question = getObjectOr404(Question.class, store.publishedQuestion(request.intArg("question_id")));
        return render(request, "polls/detail.html", Map.of("question", question));
    }

    HttpResponse results(HttpRequest request) {
        Question question = getObjectOr404(Question.class, store.question(request.intArg("question_id")));
        return render(request, "polls/results.html", Map.of("question", question));
    }

    HttpResponse vote(HttpRequest request) {
        Question question = getObjectOr404(Question.class, store.question(request.intArg("question_id")));
        Optional<Choice> selectedChoice = question.choice(request.POST().get("choice"));
        if (selectedChoice.isEmpty()) {
            // Redisplay the question voting form.
            return render(request, "polls/detail.html", Map.of(
                    "question", question,
                    "error_message", "You didn't select a choice."));
        }
        selectedChoice.get().vote();
        // Always redirect after a successful POST: the Back button cannot post the form twice.
        return new HttpResponseRedirect(reverse("polls:results", question.id()));
    }
}
