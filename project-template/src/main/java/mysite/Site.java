package mysite;

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

/**
 * The project: Django's settings.py and urls.py in one place. The dev server and {@code java -jar} find it
 * through {@code META-INF/services/dev.hotclub.project.ProjectProvider}.
 *
 * <p>DEBUG, ALLOWED_HOSTS and the proxy settings come from the environment (DEBUG is off unless DEBUG=true;
 * {@code ./manage runserver} turns it on). The development key below is refused with DEBUG off: set SECRET_KEY
 * in the production environment.
 *
 * <p>The URLconf is empty: with DEBUG on, every path shows the welcome page until the first pattern is added.
 * {@code ./manage startapp NAME} adds an app and mounts it here ({@code path("NAME/", include(new NameApp()))}).
 */
public final class Site implements ProjectProvider {
    @Override
    public Project project() {
        return Project.named("mysite")
                .secretKey(env("SECRET_KEY", "hotclub-insecure-project-template-development-key"))
                // Django's MIDDLEWARE, outermost first: add, remove or reorder as in settings.py.
                .middleware(
                        new SecurityMiddleware(),
                        new SessionMiddleware(),
                        new CommonMiddleware(),
                        new CsrfViewMiddleware(),
                        new XFrameOptionsMiddleware())
                .urls()
                .build();
    }
}
