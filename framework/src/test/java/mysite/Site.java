package mysite;

import static dev.hotclub.urls.Urls.include;
import static dev.hotclub.urls.Urls.path;

import dev.hotclub.middleware.CommonMiddleware;
import dev.hotclub.middleware.CsrfViewMiddleware;
import dev.hotclub.middleware.SecurityMiddleware;
import dev.hotclub.middleware.SessionMiddleware;
import dev.hotclub.middleware.XFrameOptionsMiddleware;
import dev.hotclub.project.Project;
import dev.hotclub.project.ProjectProvider;
import polls.PollStore;
import polls.PollsApp;

/** mysite/settings.py and mysite/urls.py. */
public final class Site implements ProjectProvider {
    private final PollStore store;

    public Site() {
        this(new PollStore());
    }

    /** The project over {@code store}: a test gives each test a store of its own. */
    public Site(PollStore store) {
        this.store = store;
    }

    @Override
    public Project project() {
        return Project.named("mysite")
                .debug(true)
                .middleware(new SecurityMiddleware(), new SessionMiddleware(), new CommonMiddleware(),
                        new CsrfViewMiddleware(), new XFrameOptionsMiddleware())
                .urls(path("polls/", include(new PollsApp(store))))
                .build();
    }
}
