package dev.hotclub.db.polls;

import static dev.hotclub.shortcuts.Shortcuts.getObjectOr404;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.db.models.F;
import dev.hotclub.db.models.Model;
import dev.hotclub.http.HttpResponse;
import dev.hotclub.project.App;
import dev.hotclub.urls.UrlConf;
import java.util.List;

/** The tutorial's polls app with views reading and writing the database. */
public final class PollsApp implements App {
    @Override
    public UrlConf urls() {
        return UrlConf.named("polls",
                path("<int:question_id>/", request -> {
                    Question q = getObjectOr404(Question.objects, "pk", request.intArg("question_id"));
                    return HttpResponse.ok(q.questionText + ": " + q.choiceSet().count() + " choices");
                }, "detail"),
                path("<int:question_id>/vote/<int:choice_id>/", request -> {
                    Question q = getObjectOr404(Question.objects, "pk", request.intArg("question_id"));
                    q.choiceSet().filter("id", request.intArg("choice_id")).update("votes", F.of("votes").plus(1));
                    if (request.GET().get("fail") != null) {
                        throw new IllegalStateException("the view fails after its write");
                    }
                    return HttpResponse.ok("voted");
                }, "vote"),
                path("choices/", request -> {
                    StringBuilder out = new StringBuilder();
                    for (Choice choice : Choice.objects.orderBy("id")) {
                        out.append(choice.question.get().questionText).append('/').append(choice.choiceText).append(' ');
                    }
                    return HttpResponse.ok(out.toString().trim());
                }, "choices"));
    }

    @Override
    public List<Class<? extends Model>> models() {
        return List.of(Question.class, Choice.class);
    }
}
