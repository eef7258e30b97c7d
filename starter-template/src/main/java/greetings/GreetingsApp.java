package greetings;

import static dev.hotclub.urls.Urls.path;

import dev.hotclub.project.App;
import dev.hotclub.urls.UrlConf;

/**
 * The greetings app (Django's greetings/urls.py with app_name = "greetings"). Specific routes come before
 * {@code <str:name>/}: the first pattern that matches wins, so {@code search/} declared after it would
 * never be reached.
 */
public final class GreetingsApp implements App {
    @Override
    public UrlConf urls() {
        return UrlConf.named("greetings",
                path("", Views::home, "home"),
                path("search/", Views::search, "search"),
                path("say-hello/", Views::sayHello, "say_hello"),
                path("go-home/", Views::goHome, "go_home"),
                path("profile/<str:username>/", Views::showProfile, "show_profile"),
                path("<str:name>/", Views::personalizedGreeting, "personalized_greeting"));
    }
}
