package mysite;

import static dev.hotclub.auth.Decorators.loginRequired;
import static dev.hotclub.project.Env.env;
import static dev.hotclub.shortcuts.Shortcuts.redirect;
import static dev.hotclub.shortcuts.Shortcuts.render;
import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.auth.AuthenticationMiddleware;
import dev.hotclub.db.sessions.DatabaseSessionStore;
import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.project.AuthApp;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import dev.hotclub.sessions.RedisSessionStore;
import dev.hotclub.sessions.SessionStore;
import greetings.GreetingsApp;
import java.util.Map;

/**
 * The starter project with users, as deploy/shared-login-test.sh runs it: its Site.java with the auth app (its
 * models, which migrate makes, and Django's login and logout pages under accounts/), AuthenticationMiddleware, a
 * page behind loginRequired, and sessions that every instance shares: in the database (DATABASE_URL; migrate makes
 * Django's django_session), or in Redis when REDIS_URL is set.
 */
public final class Site implements ProjectProvider {
    @Override
    public Project project() {
        return Project.named("mysite")
                .secretKey(env("SECRET_KEY", "hotclub-insecure-starter-template-development-key"))
                .setting("GREETING", env("GREETING", "Hello"))
                .sessionStore(sessionStore())
                .middleware(
                        new SecurityMiddleware(),
                        new SessionMiddleware(),
                        new CommonMiddleware(),
                        new CsrfViewMiddleware(),
                        new AuthenticationMiddleware(),
                        new XFrameOptionsMiddleware())
                .urls(
                        path("", request -> redirect("greetings:home"), "index"),
                        path("greetings/", include(new GreetingsApp())),
                        path("accounts/", include(new AuthApp())),
                        path("members/", loginRequired(request -> render(request, "members.html", Map.of())), "members"))
                .build();
    }

    /** Django's SESSION_ENGINE, chosen by the environment: both engines keep a login across instances and restarts. */
    private static SessionStore sessionStore() {
        String redis = env("REDIS_URL", "");
        return redis.isEmpty() ? new DatabaseSessionStore() : RedisSessionStore.connect(redis);
    }
}
