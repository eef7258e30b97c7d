package mysite;

import static dev.hotclub.http.Shortcuts.redirect;
import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import dev.hotclub.server.HotclubServer;
import greetings.GreetingsApp;

/**
 * The project: Django's settings.py and urls.py in one place. The dev server finds it through
 * {@code META-INF/services/dev.hotclub.project.ProjectProvider}.
 */
public final class Site implements ProjectProvider {
    @Override
    public Project project() {
        return Project.named("mysite")
                .debug(true)
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

    /** Serves the project without the dev server: {@code java -cp ... mysite.Site [PORT]}. */
    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
        HotclubServer.start(new Site().project(), "127.0.0.1", port);
    }
}
