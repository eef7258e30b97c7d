package polls;

import static dev.hotclub.urls.Urls.path;

import dev.hotclub.project.App;
import dev.hotclub.urls.UrlConf;

/** The polls app: polls/urls.py, with app_name = "polls". Its templates are in polls/templates/polls/. */
public final class PollsApp implements App {
    private final Views views;

    public PollsApp(PollStore store) {
        this.views = new Views(store);
    }

    @Override
    public UrlConf urls() {
        return UrlConf.named("polls",
                path("", views::index, "index"),
                path("<int:question_id>/", views::detail, "detail"),
                path("<int:question_id>/results/", views::results, "results"),
                path("<int:question_id>/vote/", views::vote, "vote"));
    }
}
