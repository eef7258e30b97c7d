package mysite;

import static dev.hotclub.shortcuts.Shortcuts.redirect;
import static dev.hotclub.project.Env.env;
import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import greetings.GreetingsApp;

/**
 * The project: Django's settings.py and urls.py in one place. The dev server and {@code java -jar} find it
 * through {@code META-INF/services/dev.hotclub.project.ProjectProvider}.
 *
 * <p>DEBUG, ALLOWED_HOSTS and the proxy settings come from the environment (DEBUG is off unless DEBUG=true;
 * {@code ./manage runserver} turns it on). The development key below is refused with DEBUG off: set SECRET_KEY
 * in the production environment.
 */
public final class Site implements ProjectProvider {
    @Override
    public Project project() {
        return Project.named("mysite")
                .secretKey(env("SECRET_KEY", "hotclub-insecure-starter-template-development-key"))
                .setting("GREETING", env("GREETING", "Hello"))
                // Django's MIDDLEWARE, outermost first: add, remove or reorder as in settings.py.
                .middleware(
                        new SecurityMiddleware(),
                        new SessionMiddleware(),
                        new CommonMiddleware(),
                        new CsrfViewMiddleware(),
                        new XFrameOptionsMiddleware())
                .urls(
                        path("", request -> redirect("greetings:home"), "index"),
                        path("greetings/", include(new GreetingsApp())))
                .build();
    }
}
